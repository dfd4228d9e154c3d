import AssignmentIcon from '@mui/icons-material/Assignment';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useViewerJobs } from '../api/viewer-jobs';
import { TaskCentreDrawer } from './task-centre-drawer';

/** The top bar's task centre: a running-jobs badge that opens the jobs drawer. */
export function TaskCentre() {
  const { running } = useViewerJobs();
  const [open, setOpen] = useState(false);
  const label = running === undefined ? 'Task centre' : `Task centre, ${running} running`;

  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {/* Running work is news, not an error: red stays for failures. */}
          <Badge badgeContent={running ?? 0} color="info" max={99}>
            <AssignmentIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <TaskCentreDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}
