import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Image } from '../domain';
import type { CopyInRegionBody, CrossRegionCopyBody } from '../domain/wire/replicate';
import { imsFetch } from './client';
import { imageKeys } from './images';
import { jobKeys } from './jobs';

const jobAcceptedSchema = z.object({ job_id: z.string() });

export type ReplicateRequest =
  | { image: Image; mode: 'in-region'; body: CopyInRegionBody }
  | { image: Image; mode: 'cross-region'; body: CrossRegionCopyBody };

/** Start a replication (in-region copy or cross-region copy); answers the job id. */
export function useReplicateImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ image, mode, body }: ReplicateRequest) => {
      const action = mode === 'in-region' ? 'copy' : 'cross_region_copy';
      const wire = await imsFetch(`/ims/${image.regionId}/v1/cloudimages/${image.id}/${action}`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return jobAcceptedSchema.parse(wire).job_id;
    },
    // The copy is a new image (lists, quota) made by a new job (task centre).
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: imageKeys.all });
      void client.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}
