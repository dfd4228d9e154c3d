import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Image, RegionId, Server } from '../domain';
import { backupListSchema, fromWireBackup } from '../domain/wire/cbr';
import { fromWireServer, serverListSchema } from '../domain/wire/ecs';
import { fromImsImage } from '../domain/wire/image';
import { imageListSearchParams, imsImagePageSchema } from '../domain/wire/image-list';
import { bmsPaths, cbrPaths, ecsPaths, imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys } from './images';
import { jobKeys } from './jobs';

/*
 * The Create Image page's reads (the sources its pickers show) and its one write. Every create
 * endpoint answers a job; a batch of data disk images answers one job per image.
 */

export const createKeys = {
  servers: (token: string, region: RegionId, projectId: string, kind: Server['kind']) =>
    ['servers', kind, token, region, projectId] as const,
  backups: (token: string, region: RegionId, projectId: string) =>
    ['cbr', 'backups', token, region, projectId] as const,
};

/** The project's ECSs or BMSs, with what the create rules read (state, frozen, disks, boot source). */
export function serversQuery(token: string, region: RegionId, projectId: string, kind: Server['kind']) {
  const path = kind === 'ecs' ? ecsPaths.servers : bmsPaths.servers;
  return queryOptions({
    queryKey: createKeys.servers(token, region, projectId, kind),
    queryFn: async ({ signal }) =>
      serverListSchema
        .parse(await imsFetch(path.to({ region, projectId }), { signal, token }))
        .servers.map((s) => fromWireServer(s, kind)),
  });
}

/** The project's CSBS and CBR backups of servers. */
export function backupsQuery(token: string, region: RegionId, projectId: string) {
  return queryOptions({
    queryKey: createKeys.backups(token, region, projectId),
    queryFn: async ({ signal }) =>
      backupListSchema
        .parse(await imsFetch(cbrPaths.backups.to({ region, projectId }), { signal, token }))
        .backups.map(fromWireBackup),
  });
}

/**
 * The full-ECS images still being created, for create.backup-single-use. The mock creates images
 * as `saving` (IMS's `queued` passes too quickly to matter), so that status is enough.
 */
export function fullEcsInCreationQuery(region: RegionId) {
  const query = { __imagetype: 'private', __whole_image: 'true', status: 'saving', limit: 1000 } as const;
  return queryOptions({
    queryKey: [...imageKeys.lists(), region, query] as const,
    queryFn: async ({ signal }): Promise<Image[]> =>
      imsImagePageSchema
        .parse(await imsFetch(imsPaths.images.to({ region }, imageListSearchParams(query)), { signal }))
        .images.map((wire) => fromImsImage(wire, region)),
    refetchInterval: (q) => ((q.state.data?.length ?? 0) > 0 ? 2000 : false),
  });
}

/** Which create endpoint a request goes to (ims-api.md §5–8). */
export type CreateEndpoint = 'createImage' | 'createDataImage' | 'quickImport' | 'createWholeImage';

export interface CreateImageRequest {
  region: RegionId;
  endpoint: CreateEndpoint;
  body: Record<string, unknown>;
}

/** `job_ids` is the mock's extension for a batch: one job per data disk image. */
const createAcceptedSchema = z.object({ job_id: z.string(), job_ids: z.array(z.string()).optional() });

/** Sends a create request; answers the ids of the jobs it started (one per image). */
export function useCreateImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ region, endpoint, body }: CreateImageRequest): Promise<string[]> => {
      const answer = createAcceptedSchema.parse(
        await imsFetch(imsPaths[endpoint].to({ region }), { method: 'POST', body: JSON.stringify(body) }),
      );
      return answer.job_ids ?? [answer.job_id];
    },
    // The list shows the new images as Creating, the task centre their jobs, the quota line the count.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: imageKeys.all });
      void client.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}
