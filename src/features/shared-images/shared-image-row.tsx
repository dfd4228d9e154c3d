import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImageRow } from '../../api/images';
import { DeniableButton } from '../../components/denied-reason';
import { formatDateTime } from '../../components/format';
import { ImageActionMenu } from '../../components/image-action-menu';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import { IMAGE_TYPE_LABELS, type Decision, type Image, type MemberStatus } from '../../domain';
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

export type Answer = 'accept' | 'reject';

/** What the row offers: the answers the rules allow for its status, then the image actions. */
export interface RowActions {
  answers: { answer: Answer; label: string; decision: Decision }[];
  decisions: readonly ImageActionDecision[] | undefined;
}

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
      <TableCell sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{image.name}</TableCell>
      <TableCell>
        {owner.account}
        {/* A project id is 32 characters: it wraps so the row's actions stay in view. */}
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ fontFamily: 'monospace', wordBreak: 'break-all', maxWidth: '17ch' }}
        >
          {owner.project}
        </Typography>
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
          {actions?.answers.map(({ answer, label, decision }) => (
            <DeniableButton
              key={answer}
              decision={decision}
              size="small"
              variant={answer === 'accept' ? 'contained' : 'outlined'}
              color={answer === 'accept' ? 'primary' : 'inherit'}
              aria-label={`${label} ${image.name}`}
              onClick={() => onAnswer(answer, image, status)}
            >
              {label}
            </DeniableButton>
          ))}
          <ImageActionMenu image={image} decisions={actions?.decisions} onAction={(id) => onAction(id, image)} />
        </Stack>
      </TableCell>
    </TableRow>
  );
}
