import Button, { type ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';

interface BatchActionsProps {
  /** The run is under way: nothing can be cancelled, and a spinner stands before the label. */
  running: boolean;
  /** The run ended: only Close is left. */
  finished: boolean;
  onClose: () => void;
  onRun: () => void;
  disabled: boolean;
  color?: ButtonProps['color'];
  children: ReactNode;
}

/** A batch dialog's actions: Cancel and the run's button, then Close once every image has its outcome. */
export function BatchActions({ running, finished, onClose, onRun, disabled, color, children }: BatchActionsProps) {
  return (
    <DialogActions>
      {finished ? (
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      ) : (
        <>
          <Button onClick={onClose} disabled={running}>
            Cancel
          </Button>
          <Button
            variant="contained"
            color={color}
            disabled={disabled || running}
            onClick={onRun}
            startIcon={running ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
          >
            {children}
          </Button>
        </>
      )}
    </DialogActions>
  );
}
