import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router';
import { TruncatedId } from '../../components/truncated-id';
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
        <TruncatedId id={image.id} name={image.name} />
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
