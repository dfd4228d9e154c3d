import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { DeniedReason } from '../../components/denied-reason';
import { regionName, type PlannedReplication } from '../../domain';

interface PreflightProps {
  plan: readonly PlannedReplication[];
  imageCount: number;
  onSelectOnlyEligible: (() => void) | undefined;
}

const destinationOf = (p: PlannedReplication) => regionName(p.target?.regionId ?? p.image.regionId);

/** Before a batch or fan-out starts: how many copies will be made, and each skipped one with its rule. */
export function ReplicatePreflight({ plan, imageCount, onSelectOnlyEligible }: PreflightProps) {
  const made = plan.filter((p) => p.decision.allowed);
  const skipped = plan.filter((p) => !p.decision.allowed);
  const skippedImages = new Set(skipped.map((p) => p.image.id));
  const fullySkipped = [...skippedImages].filter((id) => !made.some((p) => p.image.id === id));
  // Across regions with no destination yet there is nothing to count: say what to do instead.
  if (plan.length === 0)
    return (
      <section aria-label="Pre-flight check">
        <Alert severity="info">{`${imageCount} selected. Choose destinations to see what will be copied.`}</Alert>
      </section>
    );
  return (
    <section aria-label="Pre-flight check">
      <Alert severity={skipped.length === 0 ? 'info' : made.length === 0 ? 'error' : 'warning'}>
        {`${imageCount} selected: ${made.length} ${made.length === 1 ? 'copy' : 'copies'} will be made, ${skipped.length} skipped.`}{' '}
        At most five replications run at once; the others wait in the queue.
        {onSelectOnlyEligible && fullySkipped.length > 0 && made.length > 0 && (
          <Button size="small" color="inherit" onClick={onSelectOnlyEligible} sx={{ ml: 1 }}>
            Select only eligible
          </Button>
        )}
      </Alert>
      {skipped.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
            Skipped
          </Typography>
          <List dense aria-label="Skipped copies">
            {skipped.map((p) =>
              p.decision.allowed ? null : (
                <ListItem key={`${p.image.id}-${destinationOf(p)}`} disableGutters>
                  <ListItemText
                    primary={`${p.image.name} → ${destinationOf(p)}`}
                    secondary={<DeniedReason denial={p.decision} />}
                  />
                </ListItem>
              ),
            )}
          </List>
        </>
      )}
    </section>
  );
}
