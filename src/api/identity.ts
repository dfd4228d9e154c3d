import { queryOptions } from '@tanstack/react-query';
import {
  DEMO_PASSWORD,
  fromWireProject,
  identityListSchema,
  identityOfToken,
  passwordTokenRequest,
  projectListSchema,
  wireTokenSchema,
  type WireIdentity,
} from '../domain/wire/iam';
import { enterpriseProjectListSchema } from '../domain/wire/iam';
import { iamPaths } from '../domain/wire/paths';
import { imsFetch, imsRequest } from './client';

export const identityKeys = {
  identities: ['iam', 'identities'] as const,
  token: (token: string) => ['iam', 'token', token] as const,
  projects: ['iam', 'projects'] as const,
  enterpriseProjects: (token: string) => ['iam', 'enterprise-projects', token] as const,
};

/** The demo users (mock extension, without tokens), for the account switcher. */
export function identitiesQuery() {
  return queryOptions({
    queryKey: identityKeys.identities,
    queryFn: async ({ signal }) =>
      identityListSchema.parse(await imsFetch(iamPaths.identities.to(), { signal })).identities,
    staleTime: Infinity,
  });
}

/** Who a token stands for: Keystone's validation of the holder's own token. */
export function tokenIdentityQuery(token: string) {
  return queryOptions({
    queryKey: identityKeys.token(token),
    queryFn: async ({ signal }) =>
      identityOfToken(
        wireTokenSchema.parse(
          await imsFetch(iamPaths.tokens.to(), { signal, token, headers: { 'X-Subject-Token': token } }),
        ),
      ),
    staleTime: Infinity,
    retry: false,
  });
}

/** Signs in as a demo identity with the demo password; the token comes in `X-Subject-Token`. */
export async function signIn(identity: Pick<WireIdentity, 'user_name' | 'domain_name'>): Promise<string> {
  const { headers } = await imsRequest(iamPaths.tokens.to(), {
    method: 'POST',
    token: null,
    body: JSON.stringify(passwordTokenRequest(identity.user_name, identity.domain_name, DEMO_PASSWORD)),
  });
  const token = headers.get('X-Subject-Token');
  if (!token) throw new Error('The token service answered without X-Subject-Token.');
  return token;
}

/** The project directory of every tenant, with account names. */
export function projectsQuery() {
  return queryOptions({
    queryKey: identityKeys.projects,
    queryFn: async ({ signal }) => {
      const wire = projectListSchema.parse(await imsFetch(iamPaths.projects.to(), { signal })).projects;
      return {
        projects: wire.map(fromWireProject),
        accountNames: new Map(wire.map((p) => [p.domain_id, p.domain_name])),
      };
    },
    staleTime: Infinity,
  });
}

export function enterpriseProjectsQuery(token: string) {
  return queryOptions({
    queryKey: identityKeys.enterpriseProjects(token),
    queryFn: async ({ signal }) =>
      enterpriseProjectListSchema.parse(await imsFetch(iamPaths.enterpriseProjects.to(), { signal, token }))
        .enterprise_projects,
    staleTime: Infinity,
  });
}
