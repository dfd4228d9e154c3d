import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';

import { imsFetch } from './client';

/** The wire fields the placeholder list shows; the rest of the IMS image object passes through. */
const listedImageSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  __imagetype: z.string(),
});
export type ListedImage = z.infer<typeof listedImageSchema>;

const imageListSchema = z.looseObject({ images: z.array(listedImageSchema) });

export const imageKeys = {
  all: ['images'] as const,
  lists: () => [...imageKeys.all, 'list'] as const,
  list: (region: string, filter: { imagetype: string; limit: number }) =>
    [...imageKeys.lists(), region, filter] as const,
};

export function privateImagesQuery(region: string, limit = 20) {
  return queryOptions({
    queryKey: imageKeys.list(region, { imagetype: 'private', limit }),
    queryFn: async ({ signal }) => {
      const params = new URLSearchParams({ __imagetype: 'private', limit: String(limit) });
      const body = await imsFetch(`/ims/${region}/v2/cloudimages?${params.toString()}`, { signal });
      return imageListSchema.parse(body).images;
    },
  });
}
