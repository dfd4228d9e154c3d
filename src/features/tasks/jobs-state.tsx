import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface JobsStateProps {
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
  empty: boolean;
  emptyText: ReactNode;
  children: ReactNode;
}

/** The loading, error and empty states every job listing shares; the listing itself otherwise. */
export function JobsState({ isPending, error, onRetry, empty, emptyText, children }: JobsStateProps) {
  if (error)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        Could not load tasks: {error.message}
      </Alert>
    );
  if (isPending) return <LinearProgress aria-label="Loading tasks" />;
  if (empty)
    return (
      <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
        {emptyText}
      </Typography>
    );
  return children;
}
