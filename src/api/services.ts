import { queryOptions } from '@tanstack/react-query';
import type { RegionId } from '../domain';
import { fromWireKey, keyListSchema } from '../domain/wire/kms';
import { bucketListSchema, fromWireBucket } from '../domain/wire/obs';
import { kmsPaths, obsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

export const serviceKeys = {
  keys: (token: string, region: RegionId, projectId: string) => ['kms', 'keys', token, region, projectId] as const,
  buckets: (token: string, region: RegionId, accountId: string) =>
    ['obs', 'buckets', token, region, accountId] as const,
};

export function kmsKeysQuery(token: string, region: RegionId, projectId: string) {
  return queryOptions({
    queryKey: serviceKeys.keys(token, region, projectId),
    queryFn: async ({ signal }) =>
      keyListSchema
        .parse(await imsFetch(kmsPaths.keys.to({ region, projectId }), { signal, token }))
        .key_details.map(fromWireKey),
  });
}

/** The viewer's buckets in every region (the export dialog shows other regions' disabled). */
export function bucketsQuery(token: string, region: RegionId, accountId: string) {
  return queryOptions({
    queryKey: serviceKeys.buckets(token, region, accountId),
    queryFn: async ({ signal }) =>
      bucketListSchema
        .parse(await imsFetch(obsPaths.buckets.to({ region }), { signal, token }))
        .buckets.map((b) => fromWireBucket(b, accountId)),
  });
}
