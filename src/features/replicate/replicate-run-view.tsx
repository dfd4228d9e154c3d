import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Typography from '@mui/material/Typography';
import { FINAL_STATES, type RunCopy } from '../../api/replication-queue';
import { cancelQueuedCopies } from '../../api/replicate';
import { notify } from '../../components/notifications';
import { runSummary, startedText } from './replicate-decisions';
import { ReplicateRunStatus } from './replicate-run-status';

interface RunViewProps {
  runId: string;
  copies: readonly RunCopy[];
  onClose: () => void;
  /** Closes the dialog and tells the page: a copy was made or is being made. */
  onDone: () => void;
}

/** After the submit of several copies: where each stands, queued ones cancellable, until closed. */
export function ReplicateRunView({ runId, copies, onClose, onDone }: RunViewProps) {
  const settled = copies.every((c) => FINAL_STATES.has(c.state));
  const queued = copies.some((c) => c.state === 'queued');
  const made = copies.some((c) => c.state === 'succeeded' || c.state === 'running');
  return (
    <>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }} aria-live="polite">
          {settled
            ? runSummary(copies).text
            : 'Replicating. You can close this dialog: the queued copies still start, and the task centre follows each job.'}
        </Typography>
        <ReplicateRunStatus copies={copies} />
      </DialogContent>
      <DialogActions>
        {queued && <Button onClick={() => cancelQueuedCopies(runId)}>Cancel queued</Button>}
        <Button
          variant="contained"
          onClick={() => {
            // Closed before the end: the page keeps saying so (the rows' "Copying to …"), and so does a toast.
            if (made && !settled) notify(startedText(copies.filter((c) => !FINAL_STATES.has(c.state))), 'success');
            if (made) onDone();
            else onClose();
          }}
        >
          Close
        </Button>
      </DialogActions>
    </>
  );
}
