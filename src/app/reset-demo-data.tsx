import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useResetDemoData } from '../api/mock-control';
import { notify } from '../components/notifications';

/** Reseeds the demo data, after a second, explicit confirmation; `onDone` follows a reset. */
export function ResetDemoData({ onDone }: { onDone: () => void }) {
  const reset = useResetDemoData();
  const [confirming, setConfirming] = useState(false);

  if (!confirming)
    return (
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="body2" color="text.secondary">
          Put every account's images, shares and jobs back as the demo began.
        </Typography>
        <Button
          variant="outlined"
          color="error"
          type="button"
          onClick={() => setConfirming(true)}
          sx={{ flexShrink: 0 }}
        >
          Reset demo data
        </Button>
      </Stack>
    );

  return (
    <Alert
      severity="warning"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" type="button" onClick={() => setConfirming(false)} disabled={reset.isPending}>
            Cancel
          </Button>
          <Button
            color="error"
            variant="contained"
            type="button"
            loading={reset.isPending}
            onClick={() =>
              reset.mutate(undefined, {
                onSuccess: () => {
                  setConfirming(false);
                  onDone();
                  notify('Demo data reset: every image, share and job is back as the demo began.', 'success');
                },
              })
            }
          >
            Confirm reset
          </Button>
        </Stack>
      }
    >
      Reset all demo data? Everything changed since the demo began is lost.
      {reset.error && <Typography variant="body2">Could not reset: {reset.error.message}</Typography>}
    </Alert>
  );
}
