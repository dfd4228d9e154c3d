import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A dialog's wait for what its form needs ("Checking the image…"), announced as a status. */
export function DialogLoading({ label }: { label: string }) {
  return (
    <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
      <CircularProgress size={18} aria-hidden="true" />
      <Typography variant="body2">{label}</Typography>
    </Stack>
  );
}

/** A dialog's body before its form can open (loading, or why it cannot): only Cancel is offered. */
export function DialogPlaceholder({ onCancel, children }: { onCancel: () => void; children: ReactNode }) {
  return (
    <>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
      </DialogActions>
    </>
  );
}
