import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { BucketObject, Image, RegionId } from '../domain';
import type { ExportImageBody } from '../domain/wire/export';
import { jobAcceptedSchema } from '../domain/wire/job';
import { fromWireObject, objectListSchema } from '../domain/wire/obs';
import { imsPaths, obsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys } from './images';
import { jobKeys } from './jobs';

export const bucketObjectKeys = {
  all: ['obs', 'objects'] as const,
  list: (token: string, region: RegionId, bucket: string) => [...bucketObjectKeys.all, token, region, bucket] as const,
};

/**
 * The files in one of the viewer's buckets. Always refetched on mount: an export job adds its
 * file when it ends, which no mutation of this client sees.
 */
export function bucketObjectsQuery(token: string, region: RegionId, bucket: string) {
  return queryOptions({
    queryKey: bucketObjectKeys.list(token, region, bucket),
    queryFn: async ({ signal }): Promise<BucketObject[]> =>
      objectListSchema
        .parse(await imsFetch(obsPaths.objects.to({ region, bucket }), { signal, token }))
        .contents.map(fromWireObject),
    staleTime: 0,
  });
}

export interface ExportRequest {
  image: Image;
  body: ExportImageBody;
}

/** Start exporting an image to an OBS bucket; answers the job id. */
export function useExportImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ image, body }: ExportRequest) => {
      const wire = await imsFetch(imsPaths.exportImage.to({ region: image.regionId, imageId: image.id }), {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return jobAcceptedSchema.parse(wire).job_id;
    },
    // The image reads "Exporting" while the new job runs (task centre); the file lands in the bucket.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: imageKeys.all });
      void client.invalidateQueries({ queryKey: jobKeys.all });
      void client.invalidateQueries({ queryKey: bucketObjectKeys.all });
    },
  });
}
