import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { enterpriseProjectsQuery } from '../../api/identity';
import type { ImageRow } from '../../api/images';
import { jobsQuery } from '../../api/jobs';
import { useRuleContext } from '../../api/rule-context';
import { useSession } from '../../api/session-store';
import type { RegionId } from '../../domain';
import { progressByImage } from '../../components/creation-progress';
import type { RowLookups } from './row-facts';

/**
 * The rule context and the names and progress a row shows. The jobs query shares its cache entry
 * with the rule context's, so the list adds no request of its own.
 */
export function useRowLookups(region: RegionId, rows: readonly ImageRow[]) {
  const token = useSession((s) => s.token);
  const rules = useRuleContext(region, rows);
  const projectId = rules.session?.projectIn(region)?.id ?? '';
  const jobs = useQuery({ ...jobsQuery(token, region, projectId), enabled: projectId !== '' });
  const eps = useQuery(enterpriseProjectsQuery(token));
  const lookups = useMemo<RowLookups>(
    () => ({
      ctx: rules.ctx,
      progress: progressByImage(jobs.data ?? []),
      enterpriseProjects: new Map((eps.data ?? []).map((ep) => [ep.id, ep.name])),
    }),
    [rules.ctx, jobs.data, eps.data],
  );
  return { lookups, viewer: rules.viewer, enterpriseProjects: eps.data ?? [], ready: rules.ready };
}
