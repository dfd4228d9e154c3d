import CloseIcon from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useSession } from '../api/session-store';
import { useViewerJobs } from '../api/viewer-jobs';
import { JobList } from '../features/tasks/job-list';
import { JobsState } from '../features/tasks/jobs-state';

const TITLE_ID = 'task-centre-title';

/** The viewer's jobs beside any page: what runs, how far it got, and where its result is. */
export function TaskCentreDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const region = useSession((s) => s.regionId);
  const { query, running } = useViewerJobs();
  const jobs = query.data ?? [];

  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      // Above the fixed top bar (which sits over the permanent navigation drawer).
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': TITLE_ID,
          sx: { width: { xs: '100%', sm: 440 } },
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography id={TITLE_ID} variant="h6" component="h2">
            Task centre
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {running ?? 0} running · {jobs.length} in all
          </Typography>
        </Box>
        <Link component={RouterLink} to="/tasks" onClick={onClose} variant="body2" sx={{ mr: 1 }}>
          Open Tasks page
        </Link>
        <IconButton aria-label="Close task centre" onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Box sx={{ overflowY: 'auto', flexGrow: 1, px: 1 }}>
        <JobsState
          isPending={query.isPending}
          error={query.error}
          onRetry={() => void query.refetch()}
          empty={jobs.length === 0}
          emptyText="No tasks yet. Creating, replicating, exporting or sharing an image starts one."
        >
          <JobList jobs={jobs} region={region} onNavigate={onClose} />
        </JobsState>
      </Box>
    </Drawer>
  );
}
