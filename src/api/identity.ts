import { queryOptions } from '@tanstack/react-query';
import { fromWireProject, identityListSchema, projectListSchema } from '../domain/wire/iam';
import { enterpriseProjectListSchema } from '../domain/wire/iam';
import { iamPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

export const identityKeys = {
  identities: ['iam', 'identities'] as const,
  projects: ['iam', 'projects'] as const,
  enterpriseProjects: (token: string) => ['iam', 'enterprise-projects', token] as const,
};

/** The demo users (mock extension), for the account switcher. */
export function identitiesQuery() {
  return queryOptions({
    queryKey: identityKeys.identities,
    queryFn: async ({ signal }) =>
      identityListSchema.parse(await imsFetch(iamPaths.identities.to(), { signal })).identities,
    staleTime: Infinity,
  });
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
