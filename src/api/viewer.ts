import { useQuery } from '@tanstack/react-query';
import type { Project, RegionId, Role, Viewer } from '../domain';
import { projectsQuery, tokenIdentityQuery } from './identity';
import { useSession } from './session-store';

export interface SessionViewer {
  viewer: Viewer;
  userName: string;
  accountName: string;
  role: Role;
  /** The viewer's project in each region. */
  projectIn: (region: RegionId) => Project | undefined;
}

/** Who the session's token is, and its projects; undefined while loading or for an unknown token. */
export function useViewer(): SessionViewer | undefined {
  const token = useSession((s) => s.token);
  const identity = useQuery(tokenIdentityQuery(token)).data;
  const directory = useQuery(projectsQuery());
  if (!identity || !directory.data) return undefined;
  const projects = directory.data.projects.filter((p) => p.accountId === identity.domain_id);
  return {
    viewer: {
      userId: identity.user_id,
      accountId: identity.domain_id,
      role: identity.role,
      projectIds: projects.map((p) => p.id),
    },
    userName: identity.user_name,
    accountName: identity.domain_name,
    role: identity.role,
    projectIn: (region) => projects.find((p) => p.regionId === region),
  };
}
