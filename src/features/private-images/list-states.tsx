import ImageSearchIcon from '@mui/icons-material/ImageSearch';
import InventoryIcon from '@mui/icons-material/Inventory2Outlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** Placeholder rows in the table's own shape while the first page loads. */
export function SkeletonRows({ columnCount, rows }: { columnCount: number; rows: number }) {
  return Array.from({ length: rows }, (_, row) => (
    <TableRow key={row} aria-hidden>
      {Array.from({ length: columnCount }, (_, cell) => (
        <TableCell key={cell} padding={cell === 0 || cell === columnCount - 1 ? 'checkbox' : 'normal'}>
          <Skeleton
            variant={cell === 0 ? 'rounded' : 'text'}
            width={cell === 0 ? 18 : undefined}
            height={cell === 0 ? 18 : undefined}
          />
        </TableCell>
      ))}
    </TableRow>
  ));
}

function FullWidthRow({ columnCount, children }: { columnCount: number; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={columnCount} sx={{ py: 6, borderBottom: 0 }}>
        {children}
      </TableCell>
    </TableRow>
  );
}

interface EmptyStateProps {
  columnCount: number;
  regionName: string;
  filtered: boolean;
  onClearFilters: () => void;
  /** Past the first page (its images were deleted meanwhile). */
  onFirstPage: (() => void) | undefined;
}

export function EmptyState({ columnCount, regionName, filtered, onClearFilters, onFirstPage }: EmptyStateProps) {
  const Icon = filtered ? ImageSearchIcon : InventoryIcon;
  return (
    <FullWidthRow columnCount={columnCount}>
      <Stack spacing={1} sx={{ alignItems: 'center', textAlign: 'center' }}>
        <Icon sx={{ fontSize: 40, color: 'text.disabled' }} aria-hidden />
        {onFirstPage ? (
          <>
            <Typography variant="subtitle1">This page has no images any more</Typography>
            <Typography variant="body2" color="text.secondary">
              Images were deleted since the page was opened.
            </Typography>
            <Button variant="outlined" size="small" onClick={onFirstPage}>
              Go to the first page
            </Button>
          </>
        ) : filtered ? (
          <>
            <Typography variant="subtitle1">No private images match the filters</Typography>
            <Typography variant="body2" color="text.secondary">
              Check the search text, or clear the filters to see every private image in {regionName}.
            </Typography>
            <Button variant="outlined" size="small" onClick={onClearFilters}>
              Clear filters
            </Button>
          </>
        ) : (
          <>
            <Typography variant="subtitle1">No private images in {regionName}</Typography>
            <Typography variant="body2" color="text.secondary">
              Private images you create from a server, a backup or an image file in {regionName} are listed here. Other
              regions keep their own images: pick one with the region selector.
            </Typography>
          </>
        )}
      </Stack>
    </FullWidthRow>
  );
}

interface ErrorStateProps {
  columnCount: number;
  message: string;
  onRetry: () => void;
  onFirstPage: (() => void) | undefined;
}

export function ErrorState({ columnCount, message, onRetry, onFirstPage }: ErrorStateProps) {
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
        <AlertTitle>The private images could not be loaded</AlertTitle>
        {message}
      </Alert>
    </FullWidthRow>
  );
}
