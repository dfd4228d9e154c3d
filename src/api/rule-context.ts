import { useQuery } from '@tanstack/react-query';
import { emptyContext, type Member, type RegionId, type RuleContext } from '../domain';
import { projectsQuery } from './identity';
import { quotaQuery, type ImageRow } from './images';
import { jobsQuery, jobSummary } from './jobs';
import { bucketsQuery, kmsKeysQuery } from './services';
import { useSession } from './session-store';
import { useViewer } from './viewer';

/** The viewer's own member records, read off the rows of images shared with them. */
export function membersOfRows(rows: readonly ImageRow[], projectId: string): Member[] {
  return rows.flatMap(({ image, wire }) =>
    wire.__member_status
      ? [
          {
            imageId: image.id,
            projectId,
            status: wire.__member_status,
            createdAt: wire.__shared_at ?? image.createdAt,
            updatedAt: wire.__shared_at ?? image.updatedAt,
          },
        ]
      : [],
  );
}

/**
 * The facts the rules read, from the same endpoints the backend's own context is built from, so
 * a menu item is disabled exactly when the backend would refuse it.
 */
export function useRuleContext(region: RegionId, rows: readonly ImageRow[] = []) {
  const token = useSession((s) => s.token);
  const session = useViewer();
  const projectId = session?.projectIn(region)?.id ?? '';
  const enabled = projectId !== '';
  const jobs = useQuery({ ...jobsQuery(token, region, projectId), enabled });
  const quota = useQuery(quotaQuery(region));
  const keys = useQuery({ ...kmsKeysQuery(token, region, projectId), enabled });
  const buckets = useQuery({ ...bucketsQuery(token, region, session?.viewer.accountId ?? ''), enabled });
  const directory = useQuery(projectsQuery());
  // Facts once read stay usable: a refresh that failed (a 5xx under load) must not take an open
  // form away, and with it what the user typed; the backend still judges the write.
  const ready = enabled && jobs.data !== undefined && quota.data !== undefined;
  const ctx: RuleContext = emptyContext({
    jobs: (jobs.data ?? []).map(jobSummary),
    quota: quota.data ? { [region]: quota.data } : {},
    keys: keys.data ?? [],
    buckets: buckets.data ?? [],
    members: membersOfRows(rows, projectId),
    projects: directory.data?.projects ?? [],
  });
  return { ctx, viewer: session?.viewer, session, ready };
}
