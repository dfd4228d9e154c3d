import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopiesUnderWay } from '../../components/copies-under-way';
import type { RowFacts } from './columns';

const DOT: Record<string, string> = {
  Normal: 'success.main',
  Creating: 'info.main',
  Exporting: 'info.main',
  Abnormal: 'error.main',
};

/** The status word with a coloured dot; an image being created shows its job's progress. */
export function StatusCell({ facts }: { facts: RowFacts }) {
  const { status, progress, image } = facts;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 110 }}>
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        <Box
          aria-hidden
          sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: DOT[status] ?? 'text.disabled', flexShrink: 0 }}
        />
        <Typography variant="body2" component="span">
          {status}
          {progress !== undefined && ` ${Math.round(progress)}%`}
        </Typography>
      </Stack>
      {progress !== undefined && (
        <LinearProgress
          variant="determinate"
          value={progress}
          aria-label={`Creating ${image.name}`}
          sx={{ height: 4, borderRadius: 2 }}
        />
      )}
      <CopiesUnderWay image={image} />
    </Stack>
  );
}
