import { useQuery } from '@tanstack/react-query';
import { backupsQuery, fullEcsInCreationQuery, serversQuery } from '../../api/create';
import { enterpriseProjectsQuery } from '../../api/identity';
import { useRuleContext } from '../../api/rule-context';
import { useSession } from '../../api/session-store';
import { vaultsQuery } from '../../api/vaults';
import type { RegionId, RuleContext } from '../../domain';

/**
 * The rule context of the Create Image page: the region's facts (quota, running tasks, keys,
 * buckets) and what the pickers show, which the create rules read too — servers, backups, vaults,
 * and the full-ECS images being created (a backup makes one image at a time).
 */
export function useCreateFacts(region: RegionId) {
  const token = useSession((s) => s.token);
  const rules = useRuleContext(region);
  const projectId = rules.session?.projectIn(region)?.id ?? '';
  const enabled = projectId !== '';
  const ecs = useQuery({ ...serversQuery(token, region, projectId, 'ecs'), enabled });
  const bms = useQuery({ ...serversQuery(token, region, projectId, 'bms'), enabled });
  const backups = useQuery({ ...backupsQuery(token, region, projectId), enabled });
  const vaults = useQuery({ ...vaultsQuery(token, region, projectId), enabled });
  const creating = useQuery(fullEcsInCreationQuery(region));
  const enterpriseProjects = useQuery(enterpriseProjectsQuery(token));

  const base = rules.ctx;
  const ctx: RuleContext = {
    ...base,
    servers: [...(ecs.data ?? []), ...(bms.data ?? [])],
    backups: backups.data ?? [],
    vaults: vaults.data ?? [],
    images: (creating.data ?? []).map((i) => ({ id: i.id, name: i.name, status: i.status, source: i.source })),
  };
  return {
    ctx,
    viewer: rules.viewer,
    ready: rules.ready,
    ecs,
    bms,
    backups,
    enterpriseProjects: enterpriseProjects.data ?? [],
  };
}
