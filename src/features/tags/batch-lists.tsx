import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { Image, Partition } from '../../domain';
import type { TagOutcome } from './batch-tags';

export type Progress = { status: 'saving' } | TagOutcome;

function Heading({ id, text }: { id: string; text: string }) {
  return (
    <Typography id={id} variant="subtitle2" component="h3">
      {text}
    </Typography>
  );
}

/** Images the rules refuse, each with the refusing rule, its reason and how to unblock it. */
export function SkippedList({ skipped }: { skipped: Partition['skipped'] }) {
  const id = useId();
  return (
    <Box>
      <Heading id={id} text={`Skipped (${skipped.length})`} />
      <List dense disablePadding aria-labelledby={id}>
        {skipped.map(({ image, decision }) => (
          <ListItem key={image.id} disableGutters alignItems="flex-start">
            <ListItemText
              primary={
                <>
                  <strong>{image.name}</strong>{' '}
                  <Typography component="span" variant="caption" sx={{ fontFamily: 'monospace' }}>
                    ({decision.rule})
                  </Typography>
                </>
              }
              secondary={decision.hint ? `${decision.reason} ${decision.hint}` : decision.reason}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

function ProgressText({ image, progress }: { image: Image; progress: Progress | undefined }) {
  if (!progress) return <>{image.tags.length} tags now</>;
  switch (progress.status) {
    case 'saving':
      return (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <CircularProgress size={12} aria-hidden="true" /> Saving…
        </Box>
      );
    case 'saved':
      return (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'success.dark' }}>
          <CheckCircleIcon fontSize="inherit" aria-hidden="true" /> Saved
        </Box>
      );
    case 'failed':
      return (
        <Box component="span" sx={{ color: 'error.dark' }}>
          <ErrorIcon fontSize="inherit" aria-hidden="true" sx={{ verticalAlign: 'middle', mr: 0.5 }} />
          Failed: {progress.reason}
        </Box>
      );
  }
}

/** The images the run takes; during and after it, each one's outcome (announced as it changes). */
export function EligibleList({
  images,
  progress,
  heading,
}: {
  images: readonly Image[];
  progress: Record<string, Progress>;
  heading: string;
}) {
  const id = useId();
  return (
    <Box>
      <Heading id={id} text={heading} />
      <List dense disablePadding aria-labelledby={id} aria-live="polite">
        {images.map((image) => (
          <ListItem key={image.id} disableGutters>
            <ListItemText
              primary={image.name}
              secondary={<ProgressText image={image} progress={progress[image.id]} />}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
