import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { deniedText } from '../../components/denied-reason';
import { ImageActionMenu } from '../../components/image-action-menu';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import type { Image } from '../../domain';
import { gbText, osText, sameFacts, tagText, typeText, type Column, type ColumnId, type RowFacts } from './columns';
import { formatDateTime } from '../../components/format';
import { TruncatedId } from '../../components/truncated-id';
import { StatusCell } from './status-cell';
import { PINNED_END } from '../../components/list/sortable-list-table';

interface ImageRowProps {
  facts: RowFacts;
  columns: readonly Column[];
  selected: boolean;
  /** Stable callbacks (the row is memoised): they name the image themselves. */
  onSelect: (ids: string[], selected: boolean) => void;
  /** Undefined while the viewer and the rule context load. */
  decisions: readonly ImageActionDecision[] | undefined;
  onAction: (action: ImageActionId, image: Image) => void;
}

function sameDecisions(a: ImageRowProps['decisions'], b: ImageRowProps['decisions']): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.id === y.id && deniedText(x.decision) === deniedText(y.decision);
  });
}

/**
 * Rows re-render only when what they show changed: the jobs and the list refresh every second or
 * two while an image is being created, and a page of MUI rows is costly to render.
 */
function sameRow(a: ImageRowProps, b: ImageRowProps): boolean {
  return (
    sameFacts(a.facts, b.facts) &&
    a.columns === b.columns &&
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    a.onAction === b.onAction &&
    sameDecisions(a.decisions, b.decisions)
  );
}

function Cell({ column, facts }: { column: ColumnId; facts: RowFacts }) {
  const { image } = facts;
  switch (column) {
    case 'name':
      return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', whiteSpace: 'nowrap' }}>
          <Link component={RouterLink} to={`/images/private/${image.id}`} underline="hover" sx={{ fontWeight: 500 }}>
            {image.name}
          </Link>
          {facts.shared && <Chip label="Shared" size="small" variant="outlined" color="primary" />}
        </Stack>
      );
    case 'id':
      return <TruncatedId id={image.id} name={image.name} />;
    case 'status':
      return <StatusCell facts={facts} />;
    case 'os':
      return (
        // Long OS names wrap in place, so the whole name shows without hovering.
        <Typography
          variant="body2"
          component="span"
          sx={{ display: 'block', minWidth: 140, maxWidth: 220, whiteSpace: 'normal' }}
        >
          {osText(image)}
        </Typography>
      );
    case 'type':
      return typeText(image);
    case 'disk':
      return gbText(image.minDiskGb);
    case 'size':
      return gbText(image.sizeGb);
    case 'encryption':
      return (
        <Typography
          variant="body2"
          component="span"
          color={image.kmsKeyId ? 'text.primary' : 'text.secondary'}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {facts.encryption}
        </Typography>
      );
    case 'enterpriseProject':
      return facts.enterpriseProject;
    case 'created':
      return (
        <Typography variant="body2" component="time" dateTime={image.createdAt} sx={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(image.createdAt)}
        </Typography>
      );
    case 'tags':
      return <TagsCell tags={image.tags} />;
  }
}

const TAGS_SHOWN = 3;

/** The first few tags as chips, then "+N" with every tag in its title. */
function TagsCell({ tags }: { tags: Image['tags'] }) {
  if (tags.length === 0)
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        —
      </Typography>
    );
  const rest = tags.length - TAGS_SHOWN;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} title={tags.map(tagText).join(', ')}>
      {tags.slice(0, TAGS_SHOWN).map((t) => (
        <Chip key={t.key} label={tagText(t)} size="small" variant="outlined" />
      ))}
      {rest > 0 && (
        <Typography variant="caption" color="text.secondary">
          +{rest}
        </Typography>
      )}
    </Stack>
  );
}

export const ImageRow = memo(function ImageRow({
  facts,
  columns,
  selected,
  onSelect,
  decisions,
  onAction,
}: ImageRowProps) {
  const { image } = facts;
  return (
    <TableRow hover selected={selected}>
      <TableCell padding="checkbox">
        <Checkbox
          size="small"
          checked={selected}
          onChange={(event) => onSelect([image.id], event.target.checked)}
          slotProps={{ input: { 'aria-label': `Select ${image.name}` } }}
        />
      </TableCell>
      {columns.map((c) => (
        <TableCell key={c.id} align={'numeric' in c && c.numeric ? 'right' : 'left'} sx={{ whiteSpace: 'nowrap' }}>
          <Cell column={c.id} facts={facts} />
        </TableCell>
      ))}
      {/* Pinned so a row's actions are in view at any width (the other columns scroll under it). */}
      <TableCell padding="checkbox" align="right" sx={PINNED_END}>
        <ImageActionMenu image={image} decisions={decisions} onAction={(action) => onAction(action, image)} />
      </TableCell>
    </TableRow>
  );
}, sameRow);
