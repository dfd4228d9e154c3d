import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { PageHeader } from './page-header';

/** A detail page whose image could not be read (a transient failure, not "not found"). */
export function DetailLoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <>
      <PageHeader title="Image details" />
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        Could not load the image: {message}
      </Alert>
    </>
  );
}

/** A detail page while its image loads: the header at once, the sections as skeletons. */
export function DetailLoading({ sections = 1 }: { sections?: number }) {
  return (
    <>
      <PageHeader title="Image details" />
      <Box role="status" aria-label="Loading image" sx={{ display: 'grid', gap: 2 }}>
        <Skeleton variant="rounded" height={36} width={420} sx={{ maxWidth: '100%' }} />
        <Skeleton variant="rounded" height={260} />
        {sections > 1 && <Skeleton variant="rounded" height={140} />}
      </Box>
    </>
  );
}
