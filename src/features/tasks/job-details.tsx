import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../components/format';
import type { RegionId } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';
import { JobImageLink } from './job-image-link';
import { formatElapsed, jobElapsedMs, jobRegions, jobResult } from './job-view';

export function JobRegions({ job }: { job: ImsJob }) {
  const { source, target } = jobRegions(job);
  return (
    <Typography variant="body2" component="span">
      {source === target ? source : `${source} → ${target}`}
    </Typography>
  );
}

export function JobElapsed({ job, now }: { job: ImsJob; now: number }) {
  return (
    <Typography variant="body2" component="span" title={`Started ${formatDateTime(job.begin_time)}`}>
      {formatElapsed(jobElapsedMs(job, now))}
    </Typography>
  );
}

/** The image the job made (linked when it is in the viewed region), or a dash. */
export function JobResult({
  job,
  region,
  onNavigate,
}: {
  job: ImsJob;
  region: RegionId;
  onNavigate?: (() => void) | undefined;
}) {
  const result = jobResult(job, region);
  if (!result || job.status === 'FAIL')
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        —
      </Typography>
    );
  return <JobImageLink image={result} onNavigate={onNavigate} />;
}

/** Why the job failed, with the IMS error code, in the job's own words. */
export function JobFailure({ job }: { job: ImsJob }) {
  if (job.status !== 'FAIL' || !job.fail_reason) return null;
  return (
    <Typography variant="body2" component="div" color="error" sx={{ maxWidth: 360 }}>
      {job.error_code && <strong>{job.error_code}: </strong>}
      {job.fail_reason}
    </Typography>
  );
}
