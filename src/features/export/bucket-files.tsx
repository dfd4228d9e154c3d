import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { formatDateTime, formatGb } from '../../components/format';
import type { BucketObject } from '../../domain';
import { FORMAT_LABELS } from './export-form';

function formatLabel(format: string): string {
  return format in FORMAT_LABELS ? FORMAT_LABELS[format as keyof typeof FORMAT_LABELS] : format.toUpperCase();
}

/** The files already in the chosen bucket, so a taken name shows and an exported file can be found. */
export function BucketFiles({ bucket, files }: { bucket: string; files: UseQueryResult<BucketObject[]> }) {
  const headingId = useId();
  const sorted = [...(files.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Stack spacing={1}>
      <Typography id={headingId} variant="subtitle2" component="h3">
        Files in {bucket}
      </Typography>
      {files.isPending ? (
        <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
          <CircularProgress size={16} aria-hidden="true" />
          <Typography variant="body2">Loading files…</Typography>
        </Stack>
      ) : files.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void files.refetch()}>
              Retry
            </Button>
          }
        >
          The files in {bucket} could not be listed: {files.error.message}
        </Alert>
      ) : sorted.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No files in {bucket} yet.
        </Typography>
      ) : (
        // Focusable so a keyboard can scroll a long list (axe: scrollable-region-focusable).
        <TableContainer sx={{ maxHeight: 200 }} tabIndex={0} role="region" aria-labelledby={headingId}>
          <Table size="small" stickyHeader aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell align="right">Size</TableCell>
                <TableCell>Format</TableCell>
                <TableCell>Last modified</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((file) => (
                <TableRow key={file.key}>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{file.key}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatGb(file.sizeGb)}
                  </TableCell>
                  <TableCell>{formatLabel(file.format)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(file.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
