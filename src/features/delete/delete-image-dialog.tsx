import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeApiError } from '../../api/client';
import { useDeleteImage } from '../../api/delete';
import { useRuleContext } from '../../api/rule-context';
import { useSession } from '../../api/session-store';
import { membersQuery } from '../../api/share';
import { BatchActions } from '../../components/batch-actions';
import { OutcomeList, SkippedList, type ItemOutcome, type ItemProgress } from '../../components/batch-lists';
import { DialogLoading } from '../../components/dialog-loading';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import type { Gate } from '../../components/denied-reason';
import {
  deleteConfirmation,
  deleteImpact,
  partition,
  sourceBackupOf,
  type DeleteImpact,
  type Image,
  type Partition,
} from '../../domain';
import { deleteButtonLabel, impactSentences, outcomeSummary, preflightSummary } from './delete-preflight';

const TITLE = 'Delete Image';
/** The typed-name field's label (README, Testing contract). */
export const CONFIRM_LABEL = 'Type the image name to confirm';
const LABELS = { running: 'Deleting…', done: 'Deleted' };

/**
 * Single and batch delete. IMS has no batch delete, so the dialog checks every image with the
 * delete rules first (what will be deleted, what is skipped and why), then deletes one by one and
 * reports each outcome.
 */
export function DeleteImageDialog({ images, options, onClose }: ImageActionDialogProps) {
  const titleId = useId();
  const [scope, setScope] = useState<readonly Image[]>(images);
  const [deleteBackup, setDeleteBackup] = useState(false);
  const [progress, setProgress] = useState<Record<string, ItemProgress>>({});
  /** Frozen when deletion starts, so polling that changes the context cannot move images between lists. */
  const [started, setStarted] = useState<Partition | null>(null);
  const [finished, setFinished] = useState(false);
  const remove = useDeleteImage();
  const { ctx, viewer, session, ready } = useRuleContext(images[0]?.regionId ?? 'cn-north-4');
  const [typedName, setTypedName] = useState('');
  const confirmId = useId();

  const checked = viewer && ready ? partition('delete', scope, viewer, ctx) : null;
  const single = scope.length === 1 ? scope[0] : undefined;
  const impact = useSingleImpact(single, checked !== null && checked.eligible.length === 1, session);
  // One image waits for its members too: who loses it decides whether its name must be typed.
  const plan = started ?? (single && checked?.eligible.length === 1 && !impact ? null : checked);
  const running = started !== null && !finished;
  const withBackup = plan?.eligible.filter((i) => sourceBackupOf(i)) ?? [];
  const confirmation = single && impact ? deleteConfirmation(single, impact, typedName) : { confirmed: true as const };
  const gate: Gate = confirmation.confirmed
    ? { allowed: true }
    : { allowed: false, reason: confirmation.reason, hint: confirmation.hint };

  const selectOnlyEligible = () => {
    if (!checked) return;
    setScope(checked.eligible);
    options.onSelectionChange?.(checked.eligible.map((i) => i.id));
  };

  const run = async (target: Partition) => {
    setStarted(target);
    const outcomes: ItemOutcome[] = [];
    for (const image of target.eligible) {
      setProgress((p) => ({ ...p, [image.id]: { status: 'running' } }));
      let outcome: ItemOutcome;
      try {
        await remove.mutateAsync({ image, deleteBackup: deleteBackup && sourceBackupOf(image) !== undefined });
        outcome = { status: 'done' };
      } catch (error) {
        outcome = { status: 'failed', reason: describeApiError(error) };
      }
      outcomes.push(outcome);
      setProgress((p) => ({ ...p, [image.id]: outcome }));
    }
    setFinished(true);
    const deleted = outcomes.filter((o) => o.status === 'done').length;
    const only = target.eligible.length === 1 ? target.eligible[0]?.name : undefined;
    notify(
      outcomeSummary(outcomes, only),
      deleted === outcomes.length ? 'success' : deleted === 0 ? 'error' : 'warning',
    );
    if (deleted > 0) options.onDone?.();
  };

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{TITLE}</DialogTitle>
      <DialogContent>
        {!plan ? (
          <DialogLoading label="Checking the images…" />
        ) : (
          <Stack spacing={2}>
            {single && plan.eligible.length === 1 ? (
              <Typography>
                The image <strong>{single.name}</strong> will be deleted. A deleted image cannot be restored.
              </Typography>
            ) : single ? null : (
              <>
                <Typography component="p" sx={{ fontWeight: 500 }}>
                  {preflightSummary(plan)}
                </Typography>
                <Typography variant="body2">Deleted images cannot be restored.</Typography>
              </>
            )}
            {single && impact && plan.eligible.length === 1 && impact.confirmByName && (
              <>
                <Alert severity="warning">
                  {impactSentences(impact, single.type).join(' ') ||
                    'Who the image is shared with could not be read, so its name is asked for to be sure.'}
                </Alert>
                <TextField
                  id={confirmId}
                  label={CONFIRM_LABEL}
                  size="small"
                  autoComplete="off"
                  value={typedName}
                  onChange={(event) => setTypedName(event.target.value)}
                  disabled={started !== null}
                  helperText={
                    <>
                      Type <strong>{single.name}</strong> to delete it.
                    </>
                  }
                  slotProps={{ htmlInput: { spellCheck: false } }}
                />
              </>
            )}
            {plan.skipped.length > 0 && (
              <SkippedList
                skipped={plan.skipped}
                heading={single ? undefined : `Skipped (${plan.skipped.length})`}
                label="Cannot be deleted"
              />
            )}
            {!started && checked && checked.skipped.length > 0 && checked.eligible.length > 0 && (
              <Button variant="outlined" size="small" onClick={selectOnlyEligible} sx={{ alignSelf: 'flex-start' }}>
                Select only eligible
              </Button>
            )}
            {plan.eligible.length > 0 && (!single || started) && (
              <OutcomeList
                images={plan.eligible}
                progress={progress}
                labels={LABELS}
                heading={single ? undefined : `Will be deleted (${plan.eligible.length})`}
                label="Images to delete"
              />
            )}
            {withBackup.length > 0 && (
              <FormControlLabel
                disabled={started !== null}
                control={
                  <Checkbox checked={deleteBackup} onChange={(_, value) => setDeleteBackup(value)} size="small" />
                }
                label={
                  <span>
                    Also delete the backup
                    <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                      {withBackup.map((i) => `Backup ${sourceBackupOf(i)?.backupName ?? ''} of ${i.name}`).join('; ')}
                    </Typography>
                  </span>
                }
              />
            )}
            {finished && plan.eligible.some((i) => progress[i.id]?.status === 'failed') && (
              <Alert severity="error">Some images were not deleted; each shows the reason above.</Alert>
            )}
          </Stack>
        )}
      </DialogContent>
      <BatchActions
        running={running}
        finished={finished}
        onClose={onClose}
        onRun={() => plan && void run(plan)}
        disabled={!plan || plan.eligible.length === 0}
        gate={gate}
        color="error"
      >
        {deleteButtonLabel(plan?.eligible.length ?? scope.length)}
      </BatchActions>
    </Dialog>
  );
}

/**
 * Who loses the one image being deleted: its members, read only once the rules let it be deleted
 * (a stranger's image has no members to show). A failed read asks for the name anyway, so a
 * shared image is never deleted unconfirmed for want of its member list.
 */
function useSingleImpact(
  image: Image | undefined,
  eligible: boolean,
  session: ReturnType<typeof useRuleContext>['session'],
): DeleteImpact | undefined {
  const token = useSession((s) => s.token);
  const projectId = (image && session?.projectIn(image.regionId)?.id) ?? '';
  const members = useQuery({
    ...membersQuery(token, image?.regionId ?? 'cn-north-4', projectId, image?.id ?? ''),
    enabled: image !== undefined && eligible && projectId !== '',
  });
  if (!image) return undefined;
  if (members.isError) return { projectsLosingIt: 0, confirmByName: true };
  return members.data ? deleteImpact(image, members.data) : undefined;
}
