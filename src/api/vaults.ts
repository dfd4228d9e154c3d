import { queryOptions } from '@tanstack/react-query';
import type { RegionId } from '../domain';
import { fromWireVault, vaultListSchema } from '../domain/wire/cbr';
import { cbrPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

export const vaultKeys = {
  list: (token: string, region: RegionId, projectId: string) => ['cbr', 'vaults', token, region, projectId] as const,
};

/** CBR vaults of one project: a full-ECS image replicated across regions lands in one of them. */
export function vaultsQuery(token: string, region: RegionId, projectId: string) {
  return queryOptions({
    queryKey: vaultKeys.list(token, region, projectId),
    queryFn: async ({ signal }) =>
      vaultListSchema
        .parse(await imsFetch(cbrPaths.vaults.to({ region, projectId }), { signal, token }))
        .vaults.map(fromWireVault),
  });
}
