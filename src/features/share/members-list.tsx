import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { describeApiError } from '../../api/client';
import { useShareImages, useStopSharing } from '../../api/share';
import { DeniableButton } from '../../components/denied-reason';
import { dismissNotification, notify } from '../../components/notifications';
import { canStopSharing, type Image, type Member, type MemberStatus, type Viewer } from '../../domain';
import type { Directory } from './recipient-checks';

const STATUS: Record<MemberStatus, { label: string; color: 'success' | 'default' | 'error' }> = {
  accepted: { label: 'Accepted', color: 'success' },
  pending: { label: 'Pending', color: 'default' },
  rejected: { label: 'Rejected', color: 'error' },
};

interface MembersListProps {
  image: Image;
  viewer: Viewer;
  members: readonly Member[];
  directory: Directory;
  /** A stop-sharing failure, for the dialog to show above the form. */
  /** How the last Stop sharing ended: no error once it succeeded. */
  onResult: (error?: unknown) => void;
}

const projects = (n: number) => `${n} ${n === 1 ? 'project' : 'projects'}`;

/** What Undo after Stop sharing tells: the projects are back, but as new members. */
export function reshareMessage(imageName: string, count: number): string {
  return `Shared ${imageName} again with ${projects(count)}; ${count === 1 ? 'it is' : 'they are'} pending until ${count === 1 ? 'it accepts' : 'they accept'} again`;
}

/** The last Stop sharing, while its Undo is on offer: the projects removed and the toast offering it too. */
interface Stopped {
  projectIds: readonly string[];
  toastId: number;
}

/**
 * The projects the image is shared with, their answers, and "Stop sharing" for the selected ones.
 * Stop sharing offers Undo twice: in its toast, and beside the list, where the keyboard reaches it
 * without leaving the dialog (the dialog keeps focus inside it, away from the toast).
 */
export function MembersList({ image, viewer, members, directory, onResult }: MembersListProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const stop = useStopSharing();
  const reshare = useShareImages();
  const chosen = members.filter((m) => selected.has(m.projectId));
  const account = (projectId: string) => {
    const project = directory.projects.find((p) => p.id === projectId);
    return project ? (directory.accountNames.get(project.accountId) ?? project.accountId) : 'Unknown account';
  };
  const toggle = (projectId: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(projectId);
      else next.delete(projectId);
      return next;
    });

  /**
   * Adds the removed projects back. IMS keeps no record of a removed member, so they come back as
   * new members, pending until they accept again (ims-api.md §13.1): their earlier answer is lost.
   */
  const undo = async (projectIds: readonly string[]) => {
    setStopped(null);
    try {
      await reshare.mutateAsync({ images: [image], projectIds });
      notify(reshareMessage(image.name, projectIds.length), 'success');
    } catch (error) {
      notify(`${image.name} was not shared again: ${describeApiError(error)}`, 'error');
    }
  };

  const stopSharing = async () => {
    const projectIds = chosen.map((m) => m.projectId);
    try {
      await stop.mutateAsync({ images: [image], projectIds });
      const toastId = notify(`Stopped sharing ${image.name} with ${projects(projectIds.length)}`, 'success', {
        label: 'Undo',
        run: () => void undo(projectIds),
      });
      setStopped({ projectIds, toastId });
      setSelected(new Set());
      onResult();
    } catch (error) {
      onResult(error);
    }
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle2" component="h3" id={`members-${image.id}`}>
          Current members ({members.length})
        </Typography>
        <DeniableButton
          decision={canStopSharing(image, viewer)}
          size="small"
          variant="outlined"
          color="error"
          disabled={chosen.length === 0 || stop.isPending}
          onClick={() => void stopSharing()}
          startIcon={stop.isPending ? <CircularProgress size={14} color="inherit" aria-hidden="true" /> : undefined}
        >
          Stop sharing
        </DeniableButton>
      </Stack>
      {stopped && (
        <Alert
          severity="info"
          action={
            <Button
              color="inherit"
              size="small"
              disabled={reshare.isPending}
              onClick={() => {
                dismissNotification(stopped.toastId);
                void undo(stopped.projectIds);
              }}
            >
              Undo
            </Button>
          }
        >
          {projects(stopped.projectIds.length)} no longer {stopped.projectIds.length === 1 ? 'has' : 'have'} the image.
          Undo adds {stopped.projectIds.length === 1 ? 'it' : 'them'} back as pending members.
        </Alert>
      )}
      {members.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Not shared with any project yet.
        </Typography>
      ) : (
        <TableContainer sx={{ maxHeight: 220 }}>
          <Table size="small" stickyHeader aria-label="Members">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    size="small"
                    checked={chosen.length === members.length}
                    indeterminate={chosen.length > 0 && chosen.length < members.length}
                    onChange={(_, on) => setSelected(new Set(on ? members.map((m) => m.projectId) : []))}
                    slotProps={{ input: { 'aria-label': 'Select all members' } }}
                  />
                </TableCell>
                <TableCell>Account</TableCell>
                <TableCell>Project ID</TableCell>
                <TableCell>Status</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {members.map((m) => (
                <TableRow key={m.projectId} selected={selected.has(m.projectId)}>
                  <TableCell padding="checkbox">
                    <Checkbox
                      size="small"
                      checked={selected.has(m.projectId)}
                      onChange={(_, on) => toggle(m.projectId, on)}
                      slotProps={{ input: { 'aria-label': `Select member ${m.projectId}` } }}
                    />
                  </TableCell>
                  <TableCell>{account(m.projectId)}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{m.projectId}</TableCell>
                  <TableCell>
                    <Chip size="small" label={STATUS[m.status].label} color={STATUS[m.status].color} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
