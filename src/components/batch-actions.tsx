import Button, { type ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';
import { DeniableButton, type Gate } from './denied-reason';

interface BatchActionsProps {
  /** The run is under way: nothing can be cancelled, and a spinner stands before the label. */
  running: boolean;
  /** The run ended: only Close is left. */
  finished: boolean;
  onClose: () => void;
  onRun: () => void;
  disabled: boolean;
  /** A hold on the run with its reason (a typed confirmation): the button stays focusable and says why. */
  gate?: Gate;
  color?: ButtonProps['color'];
  children: ReactNode;
}

/** A batch dialog's actions: Cancel and the run's button, then Close once every image has its outcome. */
export function BatchActions({
  running,
  finished,
  onClose,
  onRun,
  disabled,
  gate = { allowed: true },
  color,
  children,
}: BatchActionsProps) {
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
          <DeniableButton
            decision={gate}
            variant="contained"
            color={color}
            disabled={disabled || running}
            onClick={onRun}
            startIcon={running ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
          >
            {children}
          </DeniableButton>
        </>
      )}
    </DialogActions>
  );
}
