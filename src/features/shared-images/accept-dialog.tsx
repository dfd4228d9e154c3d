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
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/session-store';
import { useAcceptAllPending, useAnswerShares } from '../../api/sharing';
import { vaultsQuery } from '../../api/vaults';
import { DeniableButton, deniedText } from '../../components/denied-reason';
import { notify } from '../../components/notifications';
import {
  ALLOWED,
  can,
  regionName,
  type Decision,
  type Image,
  type RegionId,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { NATIVE_SELECT } from '../../components/native-select';

export type AcceptTarget = { kind: 'one'; image: Image } | { kind: 'all'; count: number };

interface AcceptDialogProps {
  target: AcceptTarget;
  region: RegionId;
  projectId: string;
  viewer: Viewer;
  ctx: RuleContext;
  onClose: () => void;
}

function problemText(error: unknown): string {
  if (error instanceof ApiError) return [error.message, error.hint].filter(Boolean).join(' ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Accepting a full-ECS image keeps its backups in a CBR vault of the recipient's; "Accept all"
 * asks for one up front, used for every full-ECS image among the pending ones.
 */
export function AcceptDialog({ target, region, projectId, viewer, ctx, onClose }: AcceptDialogProps) {
  const titleId = useId();
  const token = useSession((s) => s.token);
  const vaults = useQuery(vaultsQuery(token, region, projectId));
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const answer = useAnswerShares();
  const acceptAll = useAcceptAllPending();
  const vaultId = chosen ?? vaults.data?.[0]?.id ?? '';
  const busy = answer.isPending || acceptAll.isPending;
  // "Accept all" is judged image by image on the server; one refusal refuses its page of 100.
  const decision: Decision =
    target.kind === 'one'
      ? can(
          'accept',
          target.image,
          viewer,
          { ...ctx, vaults: vaults.data ?? [] },
          { status: 'accepted', projectId, vaultId },
        )
      : ALLOWED;

  const submit = async () => {
    setError(null);
    try {
      if (target.kind === 'one') {
        await answer.mutateAsync({ images: [target.image], projectId, status: 'accepted', vaultId });
        notify(`Accepted ${target.image.name}`, 'success');
      } else {
        const accepted = await acceptAll.mutateAsync({ region, projectId, ...(vaultId ? { vaultId } : {}) });
        notify(`Accepted ${accepted} shared ${accepted === 1 ? 'image' : 'images'}`, 'success');
      }
      onClose();
    } catch (e) {
      setError(problemText(e));
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {target.kind === 'one' ? 'Accept Shared Image' : 'Accept All Shared Images'}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">
            {target.kind === 'one' ? (
              <>
                <strong>{target.image.name}</strong> is a full-ECS image: its backups are kept in a CBR vault of yours
                in {regionName(region)}.
              </>
            ) : (
              `${target.count} shared ${target.count === 1 ? 'image is' : 'images are'} waiting in ${regionName(region)}. Full-ECS images among them keep their backups in the CBR vault chosen here.`
            )}
          </Typography>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {decision.allowed &&
            decision.warnings?.map((w) => (
              <Alert key={w.rule} severity="info">
                {w.reason}
              </Alert>
            ))}
          <TextField
            select
            label="CBR vault"
            size="small"
            value={vaultId}
            onChange={(event) => setChosen(event.target.value)}
            slotProps={NATIVE_SELECT}
            error={!decision.allowed}
            helperText={
              vaults.isPending
                ? 'Loading vaults…'
                : vaults.isError
                  ? `Could not load the vaults: ${vaults.error.message}`
                  : decision.allowed
                    ? 'Backups of the accepted full-ECS image are kept here.'
                    : deniedText(decision)
            }
          >
            {(vaults.data ?? []).length === 0 && <option value="">No vaults in {regionName(region)}</option>}
            {(vaults.data ?? []).map((v) => (
              <option key={v.id} value={v.id}>{`${v.name} (${v.capacityGb} GB)`}</option>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <DeniableButton
          decision={decision.allowed ? ALLOWED : decision}
          variant="contained"
          disabled={busy || vaults.isPending}
          onClick={() => void submit()}
          startIcon={busy ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
        >
          {target.kind === 'one' ? 'Accept' : 'Accept all'}
        </DeniableButton>
      </DialogActions>
    </Dialog>
  );
}
