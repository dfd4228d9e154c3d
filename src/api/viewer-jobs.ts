import { useQuery } from '@tanstack/react-query';
import { isActiveJobStatus } from '../domain';
import { jobsQuery } from './jobs';
import { useSession } from './session-store';
import { useViewer } from './viewer';

/**
 * The signed-in account's jobs across regions, through the same query (and cache entry) the rule
 * context reads, so the task centre and the rules never disagree about what runs.
 */
export function useViewerJobs() {
  const token = useSession((s) => s.token);
  const region = useSession((s) => s.regionId);
  const session = useViewer();
  const projectId = session?.projectIn(region)?.id ?? '';
  const query = useQuery({ ...jobsQuery(token, region, projectId), enabled: projectId !== '' });
  // Unknown until the jobs arrive: a count of 0 would claim nothing runs.
  const running = query.data?.filter((j) => isActiveJobStatus(j.status)).length;
  return { query, running };
}
