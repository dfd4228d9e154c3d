import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { JobImageRef } from './job-view';

/** An image a job names: a link when the console can show it here, plain text otherwise. */
export function JobImageLink({ image, onNavigate }: { image: JobImageRef; onNavigate?: (() => void) | undefined }) {
  if (!image.to)
    return (
      <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {image.name}
      </Typography>
    );
  return (
    <Link component={RouterLink} to={image.to} onClick={onNavigate} variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {image.name}
    </Link>
  );
}
