import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Image, Member, RegionId } from '../domain';
import { jobAcceptedSchema } from '../domain/wire/job';
import { fromImsMember, memberListSchema, membersBody } from '../domain/wire/share';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys } from './images';
import { jobKeys } from './jobs';

/* The owner's side of sharing: an image's members, and adding or removing recipient projects. */

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
          await imsFetch(imsPaths.imageMembers.to({ region, projectId, imageId }, params), {
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

/** Members, images and the task centre all change with a share: refresh the three. */
export function refreshAfterShare(client: QueryClient) {
  void client.invalidateQueries({ queryKey: imageKeys.all });
  void client.invalidateQueries({ queryKey: memberKeys.all });
  void client.invalidateQueries({ queryKey: jobKeys.all });
}

interface ShareRequest {
  images: readonly Image[];
  projectIds: readonly string[];
}

/** Owner side: add (POST) or remove (DELETE) recipient projects of images, one job for the batch. */
function useMembersRequest(method: 'POST' | 'DELETE') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ images, projectIds }: ShareRequest) => {
      const region = images[0]?.regionId ?? 'cn-north-4';
      const body = membersBody(
        images.map((i) => i.id),
        { projectIds },
      );
      const wire = await imsFetch(imsPaths.members.to({ region }), { method, body: JSON.stringify(body) });
      return jobAcceptedSchema.parse(wire).job_id;
    },
    onSettled: () => refreshAfterShare(client),
  });
}

/** Owner side: add recipient projects to one or more images (one job for the batch). */
export function useShareImages() {
  return useMembersRequest('POST');
}

/** Owner side: remove recipient projects from an image. */
export function useStopSharing() {
  return useMembersRequest('DELETE');
}
