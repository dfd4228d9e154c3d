import { queryOptions } from '@tanstack/react-query';
import { agencyListSchema, fromWireAgency } from '../domain/wire/iam';
import { iamPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

export const agencyKeys = {
  list: (token: string) => ['iam', 'agencies', token] as const,
};

/** The viewer's IAM agencies: a cross-region replication runs under one of them. */
export function agenciesQuery(token: string) {
  return queryOptions({
    queryKey: agencyKeys.list(token),
    queryFn: async ({ signal }) =>
      agencyListSchema.parse(await imsFetch(iamPaths.agencies.to(), { signal, token })).agencies.map(fromWireAgency),
    staleTime: Infinity,
  });
}
