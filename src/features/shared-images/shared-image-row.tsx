import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import { Link as RouterLink } from 'react-router';
import type { ImageRow } from '../../api/images';
import { formatDateTime } from '../../components/format';
import { ImageActionMenu } from '../../components/image-action-menu';
import type { ImageActionId } from '../../components/image-actions';
import { IMAGE_TYPE_LABELS, type Image, type MemberStatus } from '../../domain';
import { AnswerButtons, type Answer, type RowActions } from './shared-actions';
import { PINNED_END } from '../../components/list/sortable-list-table';

export const MEMBER_STATUS: Record<MemberStatus, { label: string; color: 'success' | 'warning' | 'error' }> = {
  pending: { label: 'Pending', color: 'warning' },
  accepted: { label: 'Accepted', color: 'success' },
  rejected: { label: 'Rejected', color: 'error' },
};

function dateText(iso: string | undefined): string {
  return iso ? formatDateTime(iso) : '—';
}

function sizeText(gb: number): string {
  return `${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}

export type { Answer, RowActions } from './shared-actions';

interface SharedImageRowProps {
  row: ImageRow;
  owner: { account: string; project: string };
  actions: RowActions | undefined;
  /** `from`: the share's status before the answer (what an Undo goes back to). */
  onAnswer: (answer: Answer, image: Image, from: MemberStatus) => void;
  onAction: (action: ImageActionId, image: Image) => void;
}

export function SharedImageRow({ row, owner, actions, onAnswer, onAction }: SharedImageRowProps) {
  const { image, wire } = row;
  const status = wire.__member_status ?? 'pending';
  return (
    <TableRow hover>
      <TableCell sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
        <Link component={RouterLink} to={`/images/shared/${image.id}`}>
          {image.name}
        </Link>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {owner.account}
        <ProjectId id={owner.project} />
      </TableCell>
      <TableCell>
        <Chip size="small" variant="outlined" label={MEMBER_STATUS[status].label} color={MEMBER_STATUS[status].color} />
      </TableCell>
      <TableCell>{image.osVersion}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{IMAGE_TYPE_LABELS[image.type]}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {sizeText(image.sizeGb)}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateText(wire.__shared_at)}</TableCell>
      {/* Pinned so Accept, Reject and the menu stay in view at any width. */}
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', ...PINNED_END }}>
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', alignItems: 'center' }}>
          {actions && <AnswerButtons image={image} status={status} answers={actions.answers} onAnswer={onAnswer} />}
          <ImageActionMenu image={image} decisions={actions?.decisions} onAction={(id) => onAction(id, image)} />
        </Stack>
      </TableCell>
    </TableRow>
  );
}

/**
 * The owner's project id on one line: 32 characters would wrap into a tall row, so the start shows
 * and the whole is the tooltip (hover or keyboard focus), kept in the text for search and readers.
 */
export function ProjectId({ id }: { id: string }) {
  return (
    <Tooltip title={id} describeChild>
      <Typography
        variant="caption"
        color="text.secondary"
        component="div"
        noWrap
        tabIndex={0}
        sx={{ fontFamily: 'monospace', maxWidth: '14ch' }}
      >
        {id}
      </Typography>
    </Tooltip>
  );
}
