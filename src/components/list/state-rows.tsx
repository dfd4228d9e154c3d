import InboxIcon from '@mui/icons-material/MoveToInboxOutlined';
import type SvgIcon from '@mui/material/SvgIcon';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A table's empty and error states stand in one row across every column. */
export function FullWidthRow({ columnCount, children }: { columnCount: number; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={columnCount} sx={{ py: 6, borderBottom: 0 }}>
        {/* A wide table scrolls sideways on a phone: the message stays in the visible part of it. */}
        <Box sx={{ position: 'sticky', left: 16, maxWidth: 'calc(100vw - 64px)' }}>{children}</Box>
      </TableCell>
    </TableRow>
  );
}

interface EmptyRowProps {
  columnCount: number;
  icon?: typeof SvgIcon;
  title: string;
  text: string;
  action?: { label: string; onClick: () => void } | undefined;
  /** A call to action of the caller's own (a deniable button), after `action`. */
  children?: ReactNode;
}

export function EmptyRow({ columnCount, icon: Icon = InboxIcon, title, text, action, children }: EmptyRowProps) {
  return (
    <FullWidthRow columnCount={columnCount}>
      <Stack spacing={1} sx={{ alignItems: 'center', textAlign: 'center' }}>
        <Icon sx={{ fontSize: 40, color: 'text.disabled' }} aria-hidden />
        <Typography variant="subtitle1">{title}</Typography>
        <Typography variant="body2" color="text.secondary">
          {text}
        </Typography>
        {action && (
          <Button variant="outlined" size="small" onClick={action.onClick}>
            {action.label}
          </Button>
        )}
        {children}
      </Stack>
    </FullWidthRow>
  );
}

interface ErrorRowProps {
  columnCount: number;
  title: string;
  message: string;
  onRetry: () => void;
  /** Offered past the first page, whose marker may be gone. */
  onFirstPage?: (() => void) | undefined;
}

export function ErrorRow({ columnCount, title, message, onRetry, onFirstPage }: ErrorRowProps) {
  return (
    <FullWidthRow columnCount={columnCount}>
      <Alert
        severity="error"
        action={
          <Stack direction="row" spacing={1}>
            {onFirstPage && (
              <Button color="inherit" size="small" onClick={onFirstPage}>
                First page
              </Button>
            )}
            <Button color="inherit" size="small" onClick={onRetry}>
              Retry
            </Button>
          </Stack>
        }
      >
        <AlertTitle>{title}</AlertTitle>
        {message}
      </Alert>
    </FullWidthRow>
  );
}
