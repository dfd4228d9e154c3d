import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ALLOWED, type Decision } from '../../domain';
import { DeniedReason } from '../denied-reason';
import { SubmitActions } from './submit-actions';
import type { RuleForm } from './use-rule-form';

interface RuleFormBodyProps<V extends FieldValues> {
  ruleForm: RuleForm<V>;
  /** What the form acts on, one line above the fields ("Image <name>"). */
  subject: ReactNode;
  /** Beside the subject, at the line's end: a live count such as "Tags: 3 / 10". */
  aside?: ReactNode;
  /** The rules' verdict before any input: when it denies, the form says why and cannot submit. */
  source: Decision;
  /** Information under the alerts, such as limits a region lifts. */
  notices?: ReactNode;
  submitLabel: string;
  /** The submit waits for something the rules do not judge (nothing changed yet). */
  submitDisabled?: boolean;
  /**
   * Whether a refused field also denies the submit (with its reason). A form whose refusals sit
   * under their fields may leave the submit free, so a press focuses the first refused field.
   */
  fieldRefusalsDenySubmit?: boolean;
  children: ReactNode;
}

/**
 * The body of every rule-driven dialog: the subject, the source's refusal or a refusal of the whole
 * form, the server's refusal, the fields, then Cancel and the deniable submit (busy while sending).
 */
export function RuleFormBody<V extends FieldValues>(props: RuleFormBodyProps<V> & { onCancel: () => void }) {
  const { ruleForm, subject, aside, source, notices, submitLabel, submitDisabled = false, children, onCancel } = props;
  const fieldsDeny = props.fieldRefusalsDenySubmit ?? true;
  const formId = useId();
  const rootDenial = ruleForm.live.get('root');
  return (
    <>
      <DialogContent>
        <Stack
          component="form"
          id={formId}
          spacing={2}
          noValidate
          onSubmit={(event) => void ruleForm.onSubmit(event)}
          sx={{ pt: 1 }}
        >
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
            <Typography variant="body2" color="text.secondary">
              {subject}
            </Typography>
            {aside}
          </Stack>
          {!source.allowed && (
            <Alert severity="warning">
              <DeniedReason denial={source} />
            </Alert>
          )}
          {source.allowed && rootDenial && (
            <Alert severity="warning">
              <DeniedReason denial={rootDenial} />
            </Alert>
          )}
          {notices}
          {ruleForm.serverError && (
            <Alert severity="error" role="alert">
              {ruleForm.serverError}
            </Alert>
          )}
          {children}
        </Stack>
      </DialogContent>
      <SubmitActions
        onCancel={onCancel}
        formId={formId}
        decision={source.allowed ? (fieldsDeny ? ruleForm.decision : (rootDenial ?? ALLOWED)) : source}
        disabled={ruleForm.busy || submitDisabled}
        busy={ruleForm.busy}
        onDeniedPress={ruleForm.attemptSubmit}
      >
        {submitLabel}
      </SubmitActions>
    </>
  );
}

/** The usual subject of an image form: "Image <name>". */
export function ImageSubject({ name }: { name: string }) {
  return (
    <>
      Image <strong>{name}</strong>
    </>
  );
}
