import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import type { Image, Partition } from '../domain';
import { deniedText, RuleLink } from './denied-reason';

/** How one image of a batch run ended: done, or failed with the reason. */
export type ItemOutcome = { status: 'done' } | { status: 'failed'; reason: string };

/** Where one image of a batch run stands: under way, or its outcome. */
export type ItemProgress = { status: 'running' } | ItemOutcome;

/** A list is named by its visible heading or, without one, by `label`. */
interface ListNaming {
  heading?: string | undefined;
  label?: string | undefined;
}

function NamedList({ heading, label, live, children }: ListNaming & { live?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <Box>
      {heading && (
        <Typography id={id} variant="subtitle2" component="h3">
          {heading}
        </Typography>
      )}
      <List
        dense
        disablePadding
        aria-labelledby={heading ? id : undefined}
        aria-label={heading ? undefined : label}
        aria-live={live ? 'polite' : undefined}
      >
        {children}
      </List>
    </Box>
  );
}

/** Images the rules refuse, each with the refusing rule, its reason and how to unblock it. */
export function SkippedList({ skipped, ...naming }: ListNaming & { skipped: Partition['skipped'] }) {
  return (
    <NamedList {...naming}>
      {skipped.map(({ image, decision }) => (
        <ListItem key={image.id} disableGutters alignItems="flex-start">
          <ListItemText
            primary={
              <>
                <strong>{image.name}</strong>{' '}
                <Typography component="span" variant="caption">
                  (<RuleLink rule={decision.rule} bare />)
                </Typography>
              </>
            }
            secondary={deniedText(decision)}
          />
        </ListItem>
      ))}
    </NamedList>
  );
}

function ProgressText({ progress, labels }: { progress: ItemProgress; labels: OutcomeLabels }) {
  switch (progress.status) {
    case 'running':
      return (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <CircularProgress size={12} aria-hidden="true" /> {labels.running}
        </Box>
      );
    case 'done':
      return (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'success.dark' }}>
          <CheckCircleIcon fontSize="inherit" aria-hidden="true" /> {labels.done}
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

/** What an image's line says while its step runs and once it is done ("Deleting…", "Deleted"). */
export interface OutcomeLabels {
  running: string;
  done: string;
}

interface OutcomeListProps extends ListNaming {
  images: readonly Image[];
  progress: Record<string, ItemProgress>;
  labels: OutcomeLabels;
  /** An image's line before the run reaches it; nothing when omitted. */
  idle?: (image: Image) => ReactNode;
}

/** The images the run takes; during and after it, each one's outcome (announced as it changes). */
export function OutcomeList({ images, progress, labels, idle, ...naming }: OutcomeListProps) {
  return (
    <NamedList {...naming} live>
      {images.map((image) => {
        const p = progress[image.id];
        return (
          <ListItem key={image.id} disableGutters>
            <ListItemText
              primary={image.name}
              secondary={p ? <ProgressText progress={p} labels={labels} /> : idle?.(image)}
            />
          </ListItem>
        );
      })}
    </NamedList>
  );
}
