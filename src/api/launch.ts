import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Flavor, LaunchInput, RegionId } from '../domain';
import { flavorListSchema, fromWireFlavor, toServersBody, toVolumesBody, type VolumeType } from '../domain/wire/launch';
import { ecsPaths, evsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { jobKeys } from './jobs';

/*
 * Create ECS and Create disk (ARCHITECTURE.md §1: one file per operation): the flavor list the
 * dialog offers, and the two creates. Both answer a job; the servers appear in the ECS list as
 * Creating (the Create Image page's picker reads that list).
 */

export const launchKeys = {
  flavors: (region: RegionId, projectId: string) => ['ecs', 'flavors', region, projectId] as const,
};

export function flavorsQuery(region: RegionId, projectId: string) {
  return queryOptions({
    queryKey: launchKeys.flavors(region, projectId),
    queryFn: async ({ signal }): Promise<Flavor[]> =>
      flavorListSchema
        .parse(await imsFetch(ecsPaths.flavors.to({ region, projectId }), { signal }))
        .flavors.map(fromWireFlavor),
    staleTime: Infinity,
  });
}

export interface LaunchRequest {
  imageId: string;
  projectId: string;
  input: LaunchInput;
  volumeType: VolumeType;
}

const launchAcceptedSchema = z.object({ job_id: z.string() });

/** Starts the servers (or, for a data disk image, the disks) the input asks; answers the job id. */
export function useLaunch() {
  const client = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: async ({ imageId, projectId, input, volumeType }: LaunchRequest): Promise<string> => {
      const region = input.regionId;
      const [path, body] =
        input.target === 'evs'
          ? [evsPaths.createVolumes.to({ region, projectId }), toVolumesBody(imageId, input, volumeType)]
          : [ecsPaths.createServers.to({ region, projectId }), toServersBody(imageId, input, volumeType)];
      const wire = await imsFetch(path, { method: 'POST', body: JSON.stringify(body) });
      return launchAcceptedSchema.parse(wire).job_id;
    },
    // The task centre shows the job; the ECS list (Create Image's picker) the new servers.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: jobKeys.all });
      void client.invalidateQueries({ queryKey: ['servers'] });
    },
  });
}
