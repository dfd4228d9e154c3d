import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/session-store';
import { useViewerJobs } from '../../api/viewer-jobs';
import type { JobStatus } from '../../domain';
import { PageHeader } from '../../components/page-header';
import { JobTable } from './job-table';
import { countByStatus, isJobStatus, JOB_STATUS_LABELS } from './job-view';
import { JobsState } from './jobs-state';
import { StatusFilter } from './status-filter';

const EMPTY_TEXT = 'No tasks yet. Creating, replicating, exporting or sharing an image starts one.';

/** Every job of the signed-in account, in any region, newest first; the status filter lives in the URL. */
export function TasksPage() {
  const region = useSession((s) => s.regionId);
  const { query } = useViewerJobs();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isJobStatus(raw) ? raw : null;
  const jobs = query.data ?? [];
  const shown = status ? jobs.filter((j) => j.status === status) : jobs;

  const setStatus = (next: JobStatus | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('status', next);
        else updated.delete('status');
        return updated;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title="Tasks"
        subtitle={
          <Typography variant="body2" color="text.secondary">
            Jobs of your account in every region, newest first. Running jobs update on their own.
          </Typography>
        }
      />
      <Stack spacing={2}>
        <StatusFilter value={status} counts={countByStatus(jobs)} total={jobs.length} onChange={setStatus} />
        <JobsState
          isPending={query.isPending}
          error={query.error}
          onRetry={() => void query.refetch()}
          empty={shown.length === 0}
          emptyText={
            status && jobs.length > 0 ? (
              <>
                No {JOB_STATUS_LABELS[status].toLowerCase()} tasks.{' '}
                <Button size="small" onClick={() => setStatus(null)}>
                  Show all tasks
                </Button>
              </>
            ) : (
              EMPTY_TEXT
            )
          }
        >
          <JobTable jobs={shown} region={region} />
        </JobsState>
      </Stack>
    </>
  );
}
