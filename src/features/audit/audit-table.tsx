import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AuditEntry, TraceResult } from '../../api/audit';
import { useSession } from '../../api/session-store';
import { regionName } from '../../domain';
import { formatDateTime } from '../../components/format';
import { FullWidthRow } from '../../components/list/state-rows';
import { operationLabel, resultLabel } from './audit-view';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.8125rem' };
const COLUMNS = ['Time', 'Account', 'User', 'Operation', 'Image', 'Region', 'Result', 'Rule', 'Message'] as const;

const RESULT_COLORS: Record<TraceResult, 'success' | 'warning' | 'error'> = {
  success: 'success',
  refused: 'warning',
  failed: 'error',
};

interface AuditTableProps {
  rows: readonly AuditEntry[] | undefined;
  accountName: (accountId: string) => string;
  /** Undefined while not yet known: names show as text until then. */
  exists: ((entry: AuditEntry) => boolean) | undefined;
  /** Shown in place of rows (empty or error state). */
  placeholder?: ReactNode;
}

export function AuditTable({ rows, accountName, exists, placeholder }: AuditTableProps) {
  return (
    <Table size="small" aria-label="Audit log" sx={{ minWidth: 960 }}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((c) => (
            <TableCell key={c}>{c}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {placeholder ? (
          <FullWidthRow columnCount={COLUMNS.length}>{placeholder}</FullWidthRow>
        ) : rows === undefined ? (
          <LoadingRows />
        ) : (
          rows.map((entry) => (
            <TableRow key={entry.id} hover sx={{ verticalAlign: 'top' }}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.time}>{formatDateTime(entry.time)}</time>
              </TableCell>
              <TableCell>{accountName(entry.accountId)}</TableCell>
              <TableCell>{entry.userName}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{operationLabel(entry.operation)}</TableCell>
              <TableCell sx={{ minWidth: 200 }}>
                <ImageCell entry={entry} exists={exists} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{entry.regionId ? regionName(entry.regionId) : '—'}</TableCell>
              <TableCell>
                <Chip label={resultLabel(entry.result)} color={RESULT_COLORS[entry.result]} variant="outlined" />
              </TableCell>
              <TableCell sx={MONO}>
                {entry.rule ? (
                  <Link component={RouterLink} to={`/constraints#${entry.rule}`}>
                    {entry.rule}
                  </Link>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell sx={{ minWidth: 200, maxWidth: 420 }}>
                {entry.message ?? (
                  <Typography variant="body2" color="text.secondary" component="span">
                    {entry.method} {entry.status}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}

function ImageCell({ entry, exists }: { entry: AuditEntry; exists: AuditTableProps['exists'] }) {
  const setRegion = useSession((s) => s.setRegion);
  if (!entry.imageId) return <>—</>;
  const name = entry.imageName ?? entry.imageId;
  const region = entry.regionId;
  if (exists?.(entry) && region)
    return (
      // The detail page shows the session's region: follow the image into its own.
      <Link component={RouterLink} to={`/images/private/${entry.imageId}`} onClick={() => setRegion(region)}>
        {name}
      </Link>
    );
  // Gone (or never the viewer's): the ID tells apart images that shared a name.
  return (
    <>
      <span>{name}</span>
      <Box component="div" sx={{ ...MONO, fontSize: '0.75rem', color: 'text.secondary', wordBreak: 'break-all' }}>
        {entry.imageId}
      </Box>
    </>
  );
}

function LoadingRows() {
  return Array.from({ length: 5 }, (_, i) => (
    <TableRow key={i}>
      {COLUMNS.map((c) => (
        <TableCell key={c}>
          <Skeleton variant="text" />
        </TableCell>
      ))}
    </TableRow>
  ));
}
