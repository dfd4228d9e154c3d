import type { Theme } from '@mui/material/styles';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { CopyIdButton } from '../../components/copy-id-button';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import type { PublicImage } from '../../domain';
import { FeatureList } from './feature-list';
import { publicImagePath, PublicImageMenu } from './public-image-menu';
import { ARCHITECTURE_LABELS, bitText, BOOT_MODE_LABELS, gbText } from './public-image-text';

/** The actions stay in view at the row's end however far the table scrolls sideways. */
export const STICKY_ACTIONS = {
  position: 'sticky',
  right: 0,
  bgcolor: 'background.paper',
  // A hairline tells the pinned column from the cells scrolling under it.
  boxShadow: (theme: Theme) => `inset 1px 0 0 ${theme.palette.divider}`,
} as const;

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
      <TableCell align="right" sx={STICKY_ACTIONS}>
        <PublicImageMenu image={image} decisions={decisions} onAction={(id) => onAction(id, image)} />
      </TableCell>
    </TableRow>
  );
}
