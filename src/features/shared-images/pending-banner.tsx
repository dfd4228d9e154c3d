import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

interface PendingBannerProps {
  count: number;
  /** Shown away from the Pending tab: goes there to accept or reject one by one. */
  onReview: (() => void) | undefined;
  onAcceptAll: () => void;
}

/** "N shared images are waiting for you", with the way to answer them. */
export function PendingBanner({ count, onReview, onAcceptAll }: PendingBannerProps) {
  if (count === 0) return null;
  return (
    <Alert
      severity="info"
      role="region"
      aria-label="Pending shares"
      sx={{ mb: 2, alignItems: 'center' }}
      action={
        <Stack direction="row" spacing={1}>
          {onReview && (
            <Button color="inherit" size="small" onClick={onReview}>
              Review
            </Button>
          )}
          <Button color="inherit" size="small" variant="outlined" onClick={onAcceptAll}>
            Accept all
          </Button>
        </Stack>
      }
    >
      {count === 1 ? '1 shared image is waiting for you' : `${count} shared images are waiting for you`}
    </Alert>
  );
}
