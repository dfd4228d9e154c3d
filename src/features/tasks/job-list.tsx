import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isActiveJobStatus, JOB_KIND_LABELS, type RegionId } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';
import { JobElapsed, JobFailure, JobRegions, JobRemaining, JobResult } from './job-details';
import { JobImageLink } from './job-image-link';
import { JobProgress } from './job-progress';
import { JobStatusChip } from './job-status-chip';
import { jobResult, jobSource } from './job-view';
import { useNow } from './use-now';

interface JobListProps {
  jobs: readonly ImsJob[];
  region: RegionId;
  /** Called when a link leaves the list (the task centre closes). */
  onNavigate?: () => void;
}

/** Jobs as a compact list, one card-like row each: the task centre drawer's body. */
export function JobList({ jobs, region, onNavigate }: JobListProps) {
  const now = useNow(jobs.some((j) => isActiveJobStatus(j.status)));
  return (
    <List dense disablePadding aria-label="Jobs">
      {jobs.map((job) => (
        <ListItem key={job.job_id} divider sx={{ display: 'block', py: 1.25 }}>
          <Stack spacing={0.5}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="subtitle2" component="span">
                {JOB_KIND_LABELS[job.entities.__kind]}
              </Typography>
              <JobStatusChip status={job.status} />
            </Stack>
            <Typography variant="body2" component="div">
              <JobImageLink image={jobSource(job, region)} onNavigate={onNavigate} />
            </Typography>
            <Typography variant="body2" color="text.secondary" component="div">
              <JobRegions job={job} /> · <JobElapsed job={job} now={now} />
            </Typography>
            <JobProgress job={job} />
            <JobRemaining job={job} now={now} />
            <JobFailure job={job} />
            {job.status !== 'FAIL' && jobResult(job, region) && (
              <Typography variant="body2" component="div" color="text.secondary">
                Result: <JobResult job={job} region={region} onNavigate={onNavigate} />
              </Typography>
            )}
          </Stack>
        </ListItem>
      ))}
    </List>
  );
}
