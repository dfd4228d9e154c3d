import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';
import type { Decision } from '../../domain';
import { DeniableButton } from '../denied-reason';

interface SubmitActionsProps {
  onCancel: () => void;
  /** The id of the form the submit button sends. */
  formId: string;
  /** The rules' verdict on the action: a denied submit stays focusable and says why. */
  decision: Decision;
  disabled: boolean;
  /** The request is under way: a spinner stands before the label. */
  busy?: boolean;
  /** The submit was pressed while denied (the form then shows its requirements as errors). */
  onDeniedPress?: () => void;
  children: ReactNode;
}

/** A one-image form dialog's actions: Cancel, then the submit the rules may deny. */
export function SubmitActions({
  onCancel,
  formId,
  decision,
  disabled,
  busy = false,
  onDeniedPress,
  children,
}: SubmitActionsProps) {
  return (
    <DialogActions>
      <Button onClick={onCancel}>Cancel</Button>
      <DeniableButton
        decision={decision}
        type="submit"
        form={formId}
        variant="contained"
        disabled={disabled}
        // The capture phase still hears a press the denied button itself swallows.
        onClickCapture={decision.allowed ? undefined : onDeniedPress}
        startIcon={busy ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
      >
        {children}
      </DeniableButton>
    </DialogActions>
  );
}
