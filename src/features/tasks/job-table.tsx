import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { isActiveJobStatus, JOB_KIND_LABELS, type RegionId } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';
import { JobElapsed, JobFailure, JobRemaining, JobResult } from './job-details';
import { JobImageLink } from './job-image-link';
import { JobProgress } from './job-progress';
import { JobStatusChip } from './job-status-chip';
import { jobRegions, jobSource } from './job-view';
import { useNow } from './use-now';

const COLUMNS = ['Type', 'Image', 'Source region', 'Target region', 'Progress', 'Elapsed', 'Status', 'Result'];

/** Every job with all its facts, one row each: the Tasks page. */
export function JobTable({ jobs, region }: { jobs: readonly ImsJob[]; region: RegionId }) {
  const now = useNow(jobs.some((j) => isActiveJobStatus(j.status)));
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Tasks">
        <TableHead>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableCell key={c}>{c}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {jobs.map((job) => {
            const regions = jobRegions(job);
            return (
              <TableRow key={job.job_id} hover>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{JOB_KIND_LABELS[job.entities.__kind]}</TableCell>
                <TableCell sx={{ minWidth: 180, maxWidth: 280 }}>
                  <JobImageLink image={jobSource(job, region)} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{regions.source}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{regions.target}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <JobProgress job={job} />
                  <JobRemaining job={job} now={now} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <JobElapsed job={job} now={now} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <JobStatusChip status={job.status} />
                </TableCell>
                {/* A failed job makes nothing, so its reason takes the result's place: the wide last
                    column, never the Status one. */}
                <TableCell sx={{ minWidth: 240, maxWidth: 400 }}>
                  {job.status === 'FAIL' && job.fail_reason ? (
                    <JobFailure job={job} />
                  ) : (
                    <JobResult job={job} region={region} />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
