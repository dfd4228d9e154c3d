import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { CopyIdButton } from '../../components/copy-id-button';
import { PINNED_END } from '../../components/list/sortable-list-table';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import type { PublicImage } from '../../domain';
import { FeatureList } from './feature-list';
import { publicImagePath, PublicImageMenu } from './public-image-menu';
import { ARCHITECTURE_LABELS, bitText, BOOT_MODE_LABELS, gbText } from './public-image-text';

interface PublicImageRowProps {
  image: PublicImage;
  decisions: readonly ImageActionDecision[];
  onAction: (action: ImageActionId, image: PublicImage) => void;
}

export function PublicImageRow({ image, decisions, onAction }: PublicImageRowProps) {
  return (
    <TableRow hover>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Link component={RouterLink} to={publicImagePath(image)} underline="hover" sx={{ fontWeight: 500 }}>
          {image.name}
        </Link>
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.25} sx={{ alignItems: 'center' }}>
          {/* The whole ID stays in the text (search, copy by hand, screen readers); the cell shows its start. */}
          <Typography
            variant="body2"
            component="span"
            noWrap
            title={image.id}
            sx={{ fontFamily: 'monospace', fontSize: 12, maxWidth: 96 }}
          >
            {image.id}
          </Typography>
          <CopyIdButton id={image.id} name={image.name} />
        </Stack>
      </TableCell>
      <TableCell sx={{ minWidth: 160 }}>{image.osVersion}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{ARCHITECTURE_LABELS[image.architecture]}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{bitText(image)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{BOOT_MODE_LABELS[image.bootMode]}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {gbText(image.minDiskGb)}
      </TableCell>
      <TableCell sx={{ minWidth: 200, maxWidth: 260 }}>
        <FeatureList image={image} />
      </TableCell>
      <TableCell align="right" sx={PINNED_END}>
        <PublicImageMenu image={image} decisions={decisions} onAction={(id) => onAction(id, image)} />
      </TableCell>
    </TableRow>
  );
}
