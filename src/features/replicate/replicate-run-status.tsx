import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { CopyState, RunCopy } from '../../api/replication-queue';
import { regionName } from '../../domain';

const STATE_LABELS: Record<CopyState, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  refused: 'Refused',
  cancelled: 'Cancelled',
};

const STATE_COLORS: Record<CopyState, 'default' | 'info' | 'success' | 'error' | 'warning'> = {
  queued: 'default',
  running: 'info',
  succeeded: 'success',
  failed: 'error',
  refused: 'warning',
  cancelled: 'default',
};

function stateText(copy: RunCopy): string {
  return copy.state === 'running' && copy.progress !== undefined
    ? `${STATE_LABELS.running} ${copy.progress}%`
    : STATE_LABELS[copy.state];
}

/** Where each copy of a run stands, destination by destination. */
export function ReplicateRunStatus({ copies }: { copies: readonly RunCopy[] }) {
  const multipleImages = new Set(copies.map((c) => c.image.id)).size > 1;
  return (
    <Table size="small" aria-label="Replication progress">
      <TableHead>
        <TableRow>
          {multipleImages && <TableCell>Image</TableCell>}
          <TableCell>Destination</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Details</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {copies.map((copy) => (
          <TableRow key={copy.id}>
            {multipleImages && <TableCell>{copy.image.name}</TableCell>}
            <TableCell>{regionName(copy.regionId)}</TableCell>
            <TableCell>
              <Chip size="small" variant="outlined" color={STATE_COLORS[copy.state]} label={stateText(copy)} />
            </TableCell>
            <TableCell>
              {copy.message && (
                <Typography variant="body2" color={copy.state === 'queued' ? 'text.secondary' : 'text.primary'}>
                  {copy.state === 'queued' ? `Waiting: ${copy.message}` : copy.message}
                </Typography>
              )}
              {copy.resultImageId && (
                <Link
                  component={RouterLink}
                  to={`/images/private?region=${copy.regionId}&q=${copy.resultImageId}`}
                  variant="body2"
                >
                  {`View the copy in ${regionName(copy.regionId)}`}
                </Link>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
