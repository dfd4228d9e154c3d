import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { BlockedImage, CheckedOperation, RuleId } from '../../domain';
import type { RuleNow } from './constraint-rows';

/** The verbs of the console's menus, for "what this rule stops on that image". */
const OPERATION_VERBS: Record<CheckedOperation, string> = {
  replicate: 'Replicate',
  export: 'Export',
  share: 'Share',
  tags: 'Manage tags',
  delete: 'Delete',
  modify: 'Modify',
  launch: 'Create ECS',
  accept: 'Accept or reject',
  publish: 'Publish',
};

/** Enough to see the pattern; the rest on request. */
const FIRST_SHOWN = 5;

interface RuleNowCellProps {
  rule: RuleId;
  now: RuleNow;
  regionName: string;
  /** The images could not be read, so nothing is known of them. */
  failed: boolean;
}

export function RuleNowCell({ rule, now, regionName, failed }: RuleNowCellProps) {
  switch (now.kind) {
    case 'unknown':
      return <Quiet>{failed ? 'Not checked: the images could not be loaded' : 'Checking images…'}</Quiet>;
    case 'blocks-images':
      return <BlockedImages rule={rule} images={now.images} />;
    case 'blocks-no-image':
      return <Quiet>Blocks no image in {regionName} now</Quiet>;
    case 'blocks-creation':
      return (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600, color: 'warning.dark' }}>
            Blocks creating images in {regionName} now
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {now.reason}
          </Typography>
        </>
      );
    case 'creation':
      return <Quiet>Checked when creating an image</Quiet>;
    case 'input':
      return <Quiet>Checked when you enter values</Quiet>;
    case 'advisory':
      return <Quiet>A warning only; it never refuses</Quiet>;
  }
}

function Quiet({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary">
      {children}
    </Typography>
  );
}

function BlockedImages({ rule, images }: { rule: RuleId; images: BlockedImage[] }) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const shown = expanded ? images : images.slice(0, FIRST_SHOWN);
  const count = `${images.length} ${images.length === 1 ? 'image' : 'images'}`;
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600, color: 'warning.dark' }}>
        Blocks {count}
      </Typography>
      <Box
        component="ul"
        id={listId}
        aria-label={`Images blocked by ${rule}`}
        sx={{ m: 0, pl: 2, '& li': { typography: 'body2' } }}
      >
        {shown.map(({ image, refusals }) => (
          <li key={image.id}>
            <Link component={RouterLink} to={`/images/private/${image.id}`}>
              {image.name}
            </Link>
            <Typography component="span" variant="caption" color="text.secondary">
              {' '}
              · {refusals.map((r) => OPERATION_VERBS[r.operation]).join(', ')}
            </Typography>
          </li>
        ))}
      </Box>
      {images.length > FIRST_SHOWN && (
        <Button size="small" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show fewer' : `Show all ${images.length}`}
        </Button>
      )}
    </>
  );
}
