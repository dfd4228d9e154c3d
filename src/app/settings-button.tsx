import SettingsIcon from '@mui/icons-material/Settings';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { SettingsDialog } from './settings-dialog';

export function SettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title="Settings">
        <IconButton color="inherit" aria-label="Settings" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          <SettingsIcon />
        </IconButton>
      </Tooltip>
      <SettingsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
