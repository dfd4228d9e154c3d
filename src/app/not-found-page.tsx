import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../components/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Typography>
        There is nothing at this address.{' '}
        <Link component={RouterLink} to="/images/private">
          Go to Private Images
        </Link>
      </Typography>
    </>
  );
}
