import { queryOptions } from '@tanstack/react-query';
import type { RegionId } from '../domain';
import { fromImsImage } from '../domain/wire/image';
import {
  IMAGE_LIST_MAX_LIMIT,
  type ImageListQueryInput,
  imageListSearchParams,
  imsImagePageSchema,
} from '../domain/wire/image-list';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys, type ImageRow } from './images';

/**
 * Every image of a list query, following `next_marker` page by page, for views that reason over
 * the whole set (the Constraints page, the audit log's "does it still exist"). Keyed under
 * `imageKeys.lists()` so every image mutation refreshes it too.
 */
export function allImagesQuery(region: RegionId, query: Omit<ImageListQueryInput, 'limit' | 'marker'>) {
  return queryOptions({
    queryKey: [...imageKeys.lists(), region, 'all-pages', query] as const,
    queryFn: async ({ signal }): Promise<ImageRow[]> => {
      const rows: ImageRow[] = [];
      let marker: string | undefined;
      do {
        const params = imageListSearchParams({ ...query, limit: IMAGE_LIST_MAX_LIMIT, marker });
        const page = imsImagePageSchema.parse(await imsFetch(imsPaths.images.to({ region }, params), { signal }));
        rows.push(...page.images.map((wire) => ({ image: fromImsImage(wire, region), wire })));
        marker = page.images.length > 0 ? page.next_marker : undefined;
      } while (marker !== undefined);
      return rows;
    },
  });
}
