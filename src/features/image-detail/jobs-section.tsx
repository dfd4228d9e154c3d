import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { jobsQuery } from '../../api/jobs';
import { useSession } from '../../api/session-store';
import { useViewer } from '../../api/viewer';
import { formatDateTime } from '../../components/format';
import { JOB_KIND_LABELS, type Image, type JobStatus } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';
import { DetailSection } from '../../components/detail-section';

const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  INIT: 'Queued',
  RUNNING: 'Running',
  SUCCESS: 'Succeeded',
  FAIL: 'Failed',
};

/** Tasks that read this image (replicate, export, share) or produced it (create, copy). */
export function jobsOfImage(jobs: readonly ImsJob[], imageId: string): ImsJob[] {
  return jobs.filter((j) => j.entities.__source_image_id === imageId || j.entities.image_id === imageId);
}

function role(job: ImsJob, imageId: string): string {
  return job.entities.image_id === imageId && job.entities.__source_image_id !== imageId
    ? 'Created this image'
    : 'Source';
}

export function JobsSection({ image }: { image: Image }) {
  const token = useSession((s) => s.token);
  const projectId = useViewer()?.projectIn(image.regionId)?.id ?? '';
  const jobs = useQuery({ ...jobsQuery(token, image.regionId, projectId), enabled: projectId !== '' });
  const mine = jobs.data ? jobsOfImage(jobs.data, image.id) : [];

  let body;
  if (jobs.isError) {
    body = <Alert severity="error">Could not load the tasks: {jobs.error.message}</Alert>;
  } else if (!jobs.data) {
    body = (
      <div role="status" aria-label="Loading tasks">
        <Skeleton height={28} />
      </div>
    );
  } else if (mine.length === 0) {
    body = <Typography variant="body2">No tasks for this image.</Typography>;
  } else {
    body = (
      <Table size="small" aria-label="Tasks of this image">
        <TableHead>
          <TableRow>
            <TableCell>Task</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Status</TableCell>
            <TableCell sx={{ width: 180 }}>Progress</TableCell>
            <TableCell>Started</TableCell>
            <TableCell>Finished</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {mine.map((job) => {
            const label = JOB_KIND_LABELS[job.entities.__kind];
            const percent = job.entities.process_percent;
            return (
              <TableRow key={job.job_id}>
                <TableCell>{label}</TableCell>
                <TableCell>{role(job, image.id)}</TableCell>
                <TableCell>
                  {JOB_STATUS_LABELS[job.status]}
                  {job.fail_reason && (
                    <Typography variant="caption" color="error" component="div">
                      {job.fail_reason}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                    <LinearProgress
                      variant="determinate"
                      value={percent}
                      aria-label={`${label} progress`}
                      sx={{ flex: 1 }}
                      color={job.status === 'FAIL' ? 'error' : 'primary'}
                    />
                    <Typography variant="caption">{percent}%</Typography>
                  </Box>
                </TableCell>
                <TableCell>{formatDateTime(job.begin_time)}</TableCell>
                <TableCell>{job.end_time ? formatDateTime(job.end_time) : '—'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    );
  }

  return <DetailSection title="Tasks">{body}</DetailSection>;
}
