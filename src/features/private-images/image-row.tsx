import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Link as RouterLink } from 'react-router';
import { ImageActionMenu } from '../../components/image-action-menu';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import { dateTimeText, gbText, osText, typeText, type Column, type ColumnId, type RowFacts } from './columns';
import { CopyIdButton } from './copy-id-button';
import { StatusCell } from './status-cell';

interface ImageRowProps {
  facts: RowFacts;
  columns: readonly Column[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** Undefined while the viewer and the rule context load. */
  decisions: readonly ImageActionDecision[] | undefined;
  onAction: (action: ImageActionId) => void;
}

function Cell({ column, facts }: { column: ColumnId; facts: RowFacts }) {
  const { image } = facts;
  switch (column) {
    case 'name':
      return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Link component={RouterLink} to={`/images/private/${image.id}`} underline="hover" sx={{ fontWeight: 500 }}>
            {image.name}
          </Link>
          {facts.shared && <Chip label="Shared" size="small" variant="outlined" color="primary" />}
        </Stack>
      );
    case 'id':
      return (
        <Stack direction="row" spacing={0.25} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
            {image.id}
          </Typography>
          <CopyIdButton id={image.id} name={image.name} />
        </Stack>
      );
    case 'status':
      return <StatusCell facts={facts} />;
    case 'os':
      return osText(image);
    case 'type':
      return typeText(image);
    case 'disk':
      return gbText(image.minDiskGb);
    case 'size':
      return gbText(image.sizeGb);
    case 'encryption':
      return (
        <Typography variant="body2" component="span" color={image.kmsKeyId ? 'text.primary' : 'text.secondary'}>
          {facts.encryption}
        </Typography>
      );
    case 'enterpriseProject':
      return facts.enterpriseProject;
    case 'created':
      return (
        <Typography variant="body2" component="time" dateTime={image.createdAt} sx={{ whiteSpace: 'nowrap' }}>
          {dateTimeText(image.createdAt)}
        </Typography>
      );
  }
}

export function ImageRow({ facts, columns, selected, onSelect, decisions, onAction }: ImageRowProps) {
  const { image } = facts;
  return (
    <TableRow hover selected={selected}>
      <TableCell padding="checkbox">
        <Checkbox
          size="small"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          slotProps={{ input: { 'aria-label': `Select ${image.name}` } }}
        />
      </TableCell>
      {columns.map((c) => (
        <TableCell key={c.id} align={'numeric' in c && c.numeric ? 'right' : 'left'}>
          <Cell column={c.id} facts={facts} />
        </TableCell>
      ))}
      <TableCell padding="checkbox" align="right">
        {decisions ? (
          <ImageActionMenu image={image} decisions={decisions} onAction={onAction} />
        ) : (
          <IconButton aria-label={`Actions for ${image.name}`} size="small" disabled>
            <MoreVertIcon fontSize="small" />
          </IconButton>
        )}
      </TableCell>
    </TableRow>
  );
}
