import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../components/format';
import type { RegionId } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';
import { JobImageLink } from './job-image-link';
import { formatElapsed, jobElapsedMs, jobRegions, jobRemainingText, jobResult } from './job-view';

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

/** How long a running job still needs, estimated from its progress; nothing while unknown. */
export function JobRemaining({ job, now }: { job: ImsJob; now: number }) {
  const text = jobRemainingText(job, now);
  if (!text) return null;
  return (
    <Typography variant="caption" component="div" color="text.secondary">
      {text}
    </Typography>
  );
}

/**
 * Why the job failed, with the IMS error code, in the job's own words. IMS reasons run to a
 * paragraph, so two lines show and the whole is the tooltip (hover or keyboard focus) and stays in
 * the text for screen readers and search.
 */
export function JobFailure({ job }: { job: ImsJob }) {
  if (job.status !== 'FAIL' || !job.fail_reason) return null;
  const full = job.error_code ? `${job.error_code}: ${job.fail_reason}` : job.fail_reason;
  return (
    <Tooltip title={full} describeChild>
      <Typography
        variant="body2"
        component="div"
        color="error"
        tabIndex={0}
        sx={{
          display: '-webkit-box',
          WebkitBoxOrient: 'vertical',
          WebkitLineClamp: 2,
          overflow: 'hidden',
          overflowWrap: 'anywhere',
        }}
      >
        {job.error_code && <strong>{job.error_code}: </strong>}
        {job.fail_reason}
      </Typography>
    </Tooltip>
  );
}
