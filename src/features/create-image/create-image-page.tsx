import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageHeader } from '../../components/page-header';

/** The Create Image page (`/images/create`): a console form of its own, not a dialog. */
export function CreateImagePage() {
  return (
    <>
      <PageHeader
        title="Create Image"
        breadcrumbs={[
          { label: 'Image Management Service', to: '/' },
          { label: 'Private Images', to: '/images/private' },
          { label: 'Create Image' },
        ]}
      />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="body2">Choose what to create and where it comes from.</Typography>
      </Paper>
    </>
  );
}
