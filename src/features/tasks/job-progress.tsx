import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ImsJob } from '../../domain/wire/job';
import { jobTitle } from './job-view';

const COLOR = { INIT: 'primary', RUNNING: 'primary', SUCCESS: 'success', FAIL: 'error' } as const;

/** The job's progress as a labelled bar with its percentage. */
export function JobProgress({ job }: { job: ImsJob }) {
  const percent = job.entities.process_percent;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 140 }}>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={COLOR[job.status]}
        aria-label={`Progress of ${jobTitle(job)}`}
        sx={{ flexGrow: 1, height: 6, borderRadius: 3 }}
      />
      <Typography variant="caption" color="text.secondary" sx={{ minWidth: 40, textAlign: 'right' }}>
        {Math.floor(percent)}%
      </Typography>
    </Box>
  );
}
