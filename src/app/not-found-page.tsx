import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography>
        There is nothing at this address.{' '}
        <Link component={RouterLink} to="/images/private">
          Go to Private Images
        </Link>
      </Typography>
    </>
  );
}
