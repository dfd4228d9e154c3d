import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSession } from '../../api/session-store';
import { useAcceptAllPending, useAnswerShares } from '../../api/shared-images';
import { vaultsQuery } from '../../api/vaults';
import { DialogLoading, DialogPlaceholder } from '../../components/dialog-loading';
import { FormSelect } from '../../components/form/form-select';
import { RuleFormBody } from '../../components/form/rule-form-body';
import { useRuleForm } from '../../components/form/use-rule-form';
import { notify } from '../../components/notifications';
import {
  ALLOWED,
  can,
  regionName,
  violations,
  type AcceptInput,
  type Image,
  type RegionId,
  type RuleContext,
  type Vault,
  type Viewer,
} from '../../domain';

export type AcceptTarget = { kind: 'one'; image: Image } | { kind: 'all'; count: number };

interface AcceptDialogProps {
  target: AcceptTarget;
  region: RegionId;
  projectId: string;
  viewer: Viewer;
  ctx: RuleContext;
  onClose: () => void;
}

/** What the dialog asks, under the domain input's name. */
interface AcceptFormValues {
  vaultId: string;
}

/**
 * Accepting a full-ECS image keeps its backups in a CBR vault of the recipient's; "Accept all"
 * asks for one up front, used for every full-ECS image among the pending ones.
 */
export function AcceptDialog(props: AcceptDialogProps) {
  const { target, region, projectId, onClose } = props;
  const titleId = useId();
  const token = useSession((s) => s.token);
  const vaults = useQuery(vaultsQuery(token, region, projectId));

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {target.kind === 'one' ? 'Accept Shared Image' : 'Accept All Shared Images'}
      </DialogTitle>
      {vaults.isSuccess ? (
        <AcceptForm {...props} vaults={vaults.data} />
      ) : (
        <DialogPlaceholder onCancel={onClose}>
          {vaults.isError ? (
            <Alert severity="error">Could not load the vaults: {vaults.error.message}</Alert>
          ) : (
            <DialogLoading label="Loading vaults…" />
          )}
        </DialogPlaceholder>
      )}
    </Dialog>
  );
}

function AcceptForm({
  target,
  region,
  projectId,
  viewer,
  ctx: baseCtx,
  onClose,
  vaults,
}: AcceptDialogProps & { vaults: readonly Vault[] }) {
  const answer = useAnswerShares();
  const acceptAll = useAcceptAllPending();
  const ctx: RuleContext = { ...baseCtx, vaults };
  const inputOf = (values: AcceptFormValues): AcceptInput => ({
    status: 'accepted',
    projectId,
    vaultId: values.vaultId,
  });
  const ruleForm = useRuleForm<AcceptFormValues>({
    defaultValues: { vaultId: vaults[0]?.id ?? '' },
    ctx,
    // "Accept all" is judged image by image on the server; one refusal refuses its page of 100.
    check: (values, latest) =>
      target.kind === 'one' ? violations('accept', target.image, viewer, latest, inputOf(values)) : [],
    submit: async ({ vaultId }) => {
      if (target.kind === 'one') {
        await answer.mutateAsync({ images: [target.image], projectId, status: 'accepted', vaultId });
        notify(`Accepted ${target.image.name}`, 'success');
      } else {
        const accepted = await acceptAll.mutateAsync({ region, projectId, ...(vaultId ? { vaultId } : {}) });
        notify(`Accepted ${accepted} shared ${accepted === 1 ? 'image' : 'images'}`, 'success');
      }
      onClose();
    },
  });
  const source = target.kind === 'one' ? can('accept', target.image, viewer, ctx) : ALLOWED;
  // Advisories (accepting is free of quota even in a full region) are said, not refused.
  const decision = target.kind === 'one' ? can('accept', target.image, viewer, ctx, inputOf(ruleForm.values)) : ALLOWED;

  return (
    <RuleFormBody
      ruleForm={ruleForm}
      subject={
        target.kind === 'one' ? (
          <>
            <strong>{target.image.name}</strong> is a full-ECS image: its backups are kept in a CBR vault of yours in{' '}
            {regionName(region)}.
          </>
        ) : (
          `${target.count} shared ${target.count === 1 ? 'image is' : 'images are'} waiting in ${regionName(region)}. Full-ECS images among them keep their backups in the CBR vault chosen here.`
        )
      }
      source={source}
      notices={
        decision.allowed &&
        decision.warnings?.map((w) => (
          <Alert key={w.rule} severity="info">
            {w.reason}
          </Alert>
        ))
      }
      submitLabel={target.kind === 'one' ? 'Accept' : 'Accept all'}
      onCancel={onClose}
    >
      <FormSelect
        control={ruleForm.form.control}
        name="vaultId"
        label="CBR vault"
        problem={ruleForm.problem('vaultId')}
        help="Backups of the accepted full-ECS image are kept here."
      >
        {vaults.length === 0 && <option value="">No vaults in {regionName(region)}</option>}
        {vaults.map((v) => (
          <option key={v.id} value={v.id}>{`${v.name} (${v.capacityGb} GB)`}</option>
        ))}
      </FormSelect>
    </RuleFormBody>
  );
}
