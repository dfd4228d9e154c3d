import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { PageHeader } from '../components/page-header';

const ROWS = 8;

/**
 * What a page shows while its chunk loads on a first visit (the route's `HydrateFallback`): the
 * shell around it paints at once, with the page's heading when the route knows it.
 */
export function PageSkeleton({ title }: { title?: string }) {
  return (
    <>
      {title !== undefined && <PageHeader title={title} />}
      <Paper variant="outlined" role="status" aria-label={`Loading ${title ?? 'the page'}`} sx={{ p: 2 }}>
        <Stack spacing={1}>
          {Array.from({ length: ROWS }, (_, i) => (
            <Skeleton key={i} variant="rectangular" height={36} />
          ))}
        </Stack>
      </Paper>
    </>
  );
}
