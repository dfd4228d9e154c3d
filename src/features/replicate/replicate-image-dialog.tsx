import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { agenciesQuery } from '../../api/agencies';
import { quotaQuery } from '../../api/images';
import { useReplicateImage } from '../../api/replicate';
import { useSession } from '../../api/session-store';
import { useViewer } from '../../api/viewer';
import { vaultsQuery } from '../../api/vaults';
import { DeniableButton, deniedText } from '../../components/denied-reason';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { ImageFormDialog, type ImageFormProps } from '../../components/image-form-dialog';
import { notify } from '../../components/notifications';
import {
  canReplicate,
  canReplicateMode,
  REGIONS,
  replicateViolations,
  type QuotaUsage,
  type RegionId,
  type RuleContext,
} from '../../domain';
import {
  defaultsOf,
  denialsByField,
  inputOf,
  replicateFormSchema,
  requestOf,
  serverProblem,
  type ReplicateFormValues,
} from './replicate-form';
import { ReplicateFields } from './replicate-fields';

const TITLE = 'Replicate Image';

export function ReplicateImageDialog(props: ImageActionDialogProps) {
  return <ImageFormDialog title={TITLE} form={ReplicateForm} {...props} />;
}

/** Every region's private-image quota: the destination picker shows each, and replicate.quota reads it. */
function useQuotas(): Partial<Record<RegionId, QuotaUsage>> {
  const results = useQueries({ queries: REGIONS.map((r) => quotaQuery(r.id)) });
  const quotas: Partial<Record<RegionId, QuotaUsage>> = {};
  REGIONS.forEach((r, i) => {
    const data = results[i]?.data;
    if (data) quotas[r.id] = data;
  });
  return quotas;
}

function ReplicateForm({ image, viewer, ctx: baseCtx, onClose, onDone }: ImageFormProps) {
  const formId = useId();
  const token = useSession((s) => s.token);
  const session = useViewer();
  const replicate = useReplicateImage();
  const [serverError, setServerError] = useState<string | null>(null);
  const quotas = useQuotas();
  const agencies = useQuery(agenciesQuery(token));

  const modes = {
    'in-region': canReplicateMode(image, viewer, baseCtx, 'in-region'),
    'cross-region': canReplicateMode(image, viewer, baseCtx, 'cross-region'),
  };
  const firstMode = modes['in-region'].allowed || !modes['cross-region'].allowed ? 'in-region' : 'cross-region';

  // The rules' context grows as the destination's facts load; the resolver reads the latest one.
  const ctxRef = useRef(baseCtx);
  const { control, handleSubmit, setError, setValue, formState } = useForm<ReplicateFormValues>({
    resolver: (v, c, o) => zodResolver(replicateFormSchema(image, viewer, ctxRef.current))(v, c, o),
    defaultValues: defaultsOf(image, firstMode),
    mode: 'onChange',
  });
  const values = { ...defaultsOf(image, firstMode), ...(useWatch({ control }) as Partial<ReplicateFormValues>) };
  const target = values.targetRegionId as RegionId | '';
  const targetProject = target ? session?.projectIn(target) : undefined;
  const vaults = useQuery({
    ...vaultsQuery(token, target || image.regionId, targetProject?.id ?? ''),
    enabled: values.mode === 'cross-region' && image.type === 'whole' && targetProject !== undefined,
  });

  const ctx: RuleContext = { ...baseCtx, quota: { ...quotas, ...baseCtx.quota }, vaults: vaults.data ?? [] };
  useEffect(() => {
    ctxRef.current = ctx;
  });

  // Preselect what has one obvious answer: the first agency, the first vault of the destination.
  const firstAgency = agencies.data?.[0]?.name;
  useEffect(() => {
    if (firstAgency && values.agencyName === '') setValue('agencyName', firstAgency, { shouldValidate: true });
  }, [firstAgency, values.agencyName, setValue]);
  const vaultIds = (vaults.data ?? []).map((v) => v.id);
  const firstVault = vaultIds[0] ?? '';
  const vaultKnown = vaultIds.includes(values.vaultId);
  useEffect(() => {
    if (vaults.isSuccess && !vaultKnown && values.vaultId !== firstVault)
      setValue('vaultId', firstVault, { shouldValidate: true });
  }, [vaults.isSuccess, vaultKnown, firstVault, values.vaultId, setValue]);

  const input = inputOf(values);
  const decision = canReplicate(image, viewer, ctx, input);
  const live = denialsByField(replicateViolations(image, viewer, ctx, input));
  const source = canReplicate(image, viewer, ctx);

  const submit = handleSubmit(async (submitted) => {
    setServerError(null);
    try {
      await replicate.mutateAsync(requestOf(image, submitted));
      notify(`Replication of ${image.name} started`, 'success');
      onDone();
    } catch (error) {
      // The refusal stays in the dialog, on its field when it names one; what was typed stays too.
      const problem = serverProblem(error);
      if (problem.field) setError(problem.field, { type: 'server', message: problem.message }, { shouldFocus: true });
      else setServerError(problem.message);
    }
  });

  return (
    <>
      <DialogContent>
        <Stack component="form" id={formId} spacing={2} noValidate onSubmit={(e) => void submit(e)} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Image <strong>{image.name}</strong>
          </Typography>
          {!source.allowed && <Alert severity="warning">{deniedText(source)}</Alert>}
          {source.allowed && live.root && <Alert severity="warning">{deniedText(live.root)}</Alert>}
          {serverError && (
            <Alert severity="error" role="alert">
              {serverError}
            </Alert>
          )}
          <ReplicateFields
            formId={formId}
            control={control}
            image={image}
            viewer={viewer}
            ctx={ctx}
            values={values}
            modes={modes}
            live={live}
            errors={formState.errors}
            quotas={quotas}
            agencies={agencies.data ?? []}
            vaults={vaults.data ?? []}
            vaultsLoading={vaults.isFetching}
            onTargetChange={(region) => {
              setValue('targetProjectName', region ? (session?.projectIn(region)?.name ?? '') : '', {
                shouldValidate: true,
              });
            }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <DeniableButton
          decision={decision}
          type="submit"
          form={formId}
          variant="contained"
          disabled={formState.isSubmitting}
          startIcon={
            formState.isSubmitting ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined
          }
        >
          Replicate
        </DeniableButton>
      </DialogActions>
    </>
  );
}
