import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeApiError } from '../../api/client';
import { projectsQuery } from '../../api/identity';
import { membersQuery, useShareImages } from '../../api/share';
import { useRuleContext } from '../../api/rule-context';
import { useSession } from '../../api/session-store';
import { SkippedList } from '../../components/batch-lists';
import { DialogLoading } from '../../components/dialog-loading';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import { partition, type Image, type Partition, type RuleContext } from '../../domain';
import { parseProjectIds } from '../../domain/wire/share';
import { RecipientChecks } from './recipient-checks';
import { checkRecipients, preflightSummary, RECIPIENTS_HELP, SHARE_TITLE } from './share-form';

const NO_DIRECTORY = { projects: [], accountNames: new Map<string, string>() };

/**
 * Share several images with the same projects. The share rules check every image first (what
 * will be shared, what is skipped and why); the recipients are then checked against each
 * eligible image's members, and one request shares the images that pass.
 */
export function BatchShareDialog({ images, options, onClose }: ImageActionDialogProps) {
  const titleId = useId();
  const region = images[0]?.regionId ?? 'cn-north-4';
  const token = useSession((s) => s.token);
  const [scope, setScope] = useState<readonly Image[]>(images);
  const [text, setText] = useState('');
  const [serverError, setServerError] = useState<string | null>(null);
  const share = useShareImages();
  const { ctx: baseCtx, viewer, session, ready } = useRuleContext(region);
  const projectId = session?.projectIn(region)?.id ?? '';
  const directory = useQuery(projectsQuery());
  const preflight = viewer && ready ? partition('share', scope, viewer, baseCtx) : null;
  const memberLists = useQueries({
    queries: (preflight?.eligible ?? []).map((i) => ({
      ...membersQuery(token, region, projectId, i.id),
      enabled: projectId !== '',
    })),
  });
  const loaded = preflight !== null && directory.data !== undefined && memberLists.every((q) => q.isSuccess);
  const ctx: RuleContext = {
    ...baseCtx,
    members: memberLists.flatMap((q) => q.data ?? []),
    projects: directory.data?.projects ?? [],
  };

  const ids = parseProjectIds(text);
  const first = preflight?.eligible[0];
  const checks = first && loaded ? checkRecipients(first, ctx, text) : [];
  const recipientsOk = ids.length > 0 && checks.every((c) => c.state === 'ok' || c.state === 'member');
  // With good recipients, each eligible image is checked again with them (the member limit).
  const plan: Partition | null =
    preflight && viewer && loaded && recipientsOk
      ? partition('share', preflight.eligible, viewer, ctx, () => ({ projectIds: ids }))
      : null;
  const skipped = [...(preflight?.skipped ?? []), ...(plan?.skipped ?? [])];
  const eligible = plan?.eligible ?? preflight?.eligible ?? [];

  const selectOnlyEligible = () => {
    if (!preflight) return;
    setScope(preflight.eligible);
    options.onSelectionChange?.(preflight.eligible.map((i) => i.id));
  };

  const submit = async () => {
    if (!plan || plan.eligible.length === 0) return;
    setServerError(null);
    try {
      await share.mutateAsync({ images: plan.eligible, projectIds: ids });
      const n = plan.eligible.length;
      notify(
        `${n} ${n === 1 ? 'image' : 'images'} shared with ${ids.length} ${ids.length === 1 ? 'project' : 'projects'}`,
      );
      onClose();
      options.onDone?.();
    } catch (error) {
      setServerError(describeApiError(error));
    }
  };

  return (
    <Dialog open onClose={share.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{SHARE_TITLE}</DialogTitle>
      <DialogContent>
        {!loaded || !preflight ? (
          <DialogLoading label="Checking the images…" />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography component="p" sx={{ fontWeight: 500 }}>
              {preflightSummary(eligible.length, skipped.length)}
            </Typography>
            {serverError && (
              <Alert severity="error" role="alert">
                {serverError}
              </Alert>
            )}
            {skipped.length > 0 && <SkippedList skipped={skipped} heading={`Skipped (${skipped.length})`} />}
            {preflight.skipped.length > 0 && preflight.eligible.length > 0 && (
              <Button variant="outlined" size="small" onClick={selectOnlyEligible} sx={{ alignSelf: 'flex-start' }}>
                Select only eligible
              </Button>
            )}
            {preflight.eligible.length > 0 && (
              <>
                <TextField
                  label="Project IDs"
                  multiline
                  minRows={2}
                  maxRows={6}
                  size="small"
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  error={ids.length > 0 && !recipientsOk}
                  helperText={RECIPIENTS_HELP}
                />
                <RecipientChecks checks={checks} directory={directory.data ?? NO_DIRECTORY} />
              </>
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={share.isPending}>
          Cancel
        </Button>
        <Button
          variant="contained"
          disabled={!plan || plan.eligible.length === 0 || share.isPending}
          onClick={() => void submit()}
          startIcon={share.isPending ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
        >
          {eligible.length > 1 ? `Share ${eligible.length} images` : 'Share'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
