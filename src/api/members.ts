import { queryOptions } from '@tanstack/react-query';
import type { Member, RegionId } from '../domain';
import { fromImsMember, memberListSchema } from '../domain/wire/share';
import { imsFetch } from './client';

export const memberKeys = {
  all: ['members'] as const,
  list: (token: string, region: RegionId, projectId: string, imageId: string) =>
    [...memberKeys.all, token, region, projectId, imageId] as const,
};

/**
 * The projects an image is shared with and their answers (ims-api.md §13.4). The owner sees every
 * member; a recipient only its own entry. Pages follow `next_marker` so the list is complete.
 */
export function membersQuery(token: string, region: RegionId, projectId: string, imageId: string) {
  return queryOptions({
    queryKey: memberKeys.list(token, region, projectId, imageId),
    queryFn: async ({ signal }): Promise<Member[]> => {
      const members: Member[] = [];
      let marker: string | undefined;
      do {
        const params = new URLSearchParams(marker ? { marker } : {});
        const page = memberListSchema.parse(
          await imsFetch(`/ims/${region}/v1/${projectId}/cloudimages/${imageId}/members?${params.toString()}`, {
            signal,
            token,
          }),
        );
        members.push(...page.members.map(fromImsMember));
        marker = page.page_info.next_marker;
      } while (marker);
      return members;
    },
  });
}
