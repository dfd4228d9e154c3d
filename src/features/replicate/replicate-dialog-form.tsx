import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { get, useForm, useWatch } from 'react-hook-form';
import {
  cancelQueuedCopies,
  useReplicationRun,
  useStartReplicationRun,
  watchReplicationRun,
} from '../../api/replication-runs';
import { FINAL_STATES } from '../../api/replication-run';
import { useViewer } from '../../api/viewer';
import { SubmitActions } from '../../components/form/submit-actions';
import { deniedText } from '../../components/denied-reason';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import {
  ALLOWED,
  canReplicate,
  planReplications,
  REGIONS,
  type Image,
  type RegionId,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { modeDecisions, runSummary } from './replicate-decisions';
import { ReplicateFields } from './replicate-fields';
import {
  defaultsOf,
  fieldPathOf,
  formDenials,
  replicateFormSchema,
  requestOf,
  type FieldPath,
  type ReplicateFormValues,
} from './replicate-form';
import { ReplicatePreflight } from './replicate-preflight';
import { ReplicateRunStatus } from './replicate-run-status';
import { useReplicateFacts } from './use-replicate-facts';

interface ReplicateFormProps extends ImageActionDialogProps {
  viewer: Viewer;
  ctx: RuleContext;
}

export function ReplicateForm({ images, options, onClose, viewer, ctx: baseCtx }: ReplicateFormProps) {
  const formId = useId();
  const session = useViewer();
  const [scope, setScope] = useState<readonly Image[]>(images);
  const [serverError, setServerError] = useState<string | null>(null);
  const [runId, setRunId] = useState<string>();
  const copies = useReplicationRun(runId);
  const startRun = useStartReplicationRun();
  const single = scope.length === 1;

  const modes = modeDecisions(scope, viewer, baseCtx);
  const firstMode = modes['in-region'].allowed || !modes['cross-region'].allowed ? 'in-region' : 'cross-region';
  const defaults = defaultsOf(scope, viewer, firstMode);

  // The rules' context grows as destination facts load; the resolver reads the latest one.
  const latest = useRef({ scope, ctx: baseCtx });
  const { control, handleSubmit, setError, setValue, formState } = useForm<ReplicateFormValues>({
    resolver: (v, c, o) => zodResolver(replicateFormSchema(latest.current.scope, viewer, latest.current.ctx))(v, c, o),
    defaultValues: defaults,
    mode: 'onChange',
  });
  const values = { ...defaults, ...(useWatch({ control }) as Partial<ReplicateFormValues>) };
  const needsVault = values.mode === 'cross-region' && scope.some((i) => i.type === 'whole');
  const facts = useReplicateFacts(
    values.targets.map((t) => t.regionId),
    needsVault,
  );
  const ctx: RuleContext = { ...baseCtx, quota: { ...facts.quotas, ...baseCtx.quota }, vaults: facts.vaults.vaults };
  useEffect(() => {
    latest.current = { scope, ctx };
  });

  // Preselect what has one obvious answer: the first agency, the first vault of each destination.
  const firstAgency = facts.agencies[0]?.name;
  useEffect(() => {
    if (firstAgency && values.agencyName === '') setValue('agencyName', firstAgency, { shouldValidate: true });
  }, [firstAgency, values.agencyName, setValue]);
  const missingVault = values.targets.findIndex(
    (t) => t.vaultId === '' && facts.vaults.vaults.some((v) => v.regionId === t.regionId),
  );
  useEffect(() => {
    const target = values.targets[missingVault];
    const vault = facts.vaults.vaults.find((v) => v.regionId === target?.regionId);
    if (needsVault && vault) setValue(`targets.${missingVault}.vaultId`, vault.id, { shouldValidate: true });
  }, [needsVault, missingVault, values.targets, facts.vaults.vaults, setValue]);

  const live = formDenials(scope, viewer, ctx, values);
  const problem = (path: FieldPath): string | undefined =>
    live[path]?.reason ??
    get<typeof formState.errors, { message?: string } | undefined>(formState.errors, path)?.message;
  const firstDenial = Object.values(live)[0];
  const plan = single ? undefined : planReplications(scope, viewer, ctx, requestOf(values, scope.length));
  const fanOut = values.mode === 'cross-region' && values.targets.length > 1;
  const source = single && scope[0] ? canReplicate(scope[0], viewer, ctx) : ALLOWED;

  const toggleRegion = (region: RegionId, checked: boolean) => {
    const kept = values.targets.filter((t) => t.regionId !== region);
    const added = checked
      ? [{ regionId: region, projectName: session?.projectIn(region)?.name ?? '', vaultId: '' }]
      : [];
    const order = REGIONS.map((r) => r.id);
    const next = [...kept, ...added].sort((a, b) => order.indexOf(a.regionId) - order.indexOf(b.regionId));
    setValue('targets', next, { shouldValidate: true });
  };

  // A run nothing of which started goes back to the form, the refusal on its field, input kept.
  // One copy that started closes the dialog as a console does; several stay to show each destination.
  const follow = (id: string) =>
    watchReplicationRun(id, (run) => {
      const [first] = run;
      if (!first) return true;
      if (run.every((c) => c.state === 'refused')) {
        setRunId(undefined);
        const path = fieldPathOf(first.refusedField, run.length === 1 ? 0 : undefined);
        const message = first.message ?? 'The replication was refused.';
        if (path === 'root' || path === 'targets') setServerError(message);
        else setError(path, { type: 'server', message }, { shouldFocus: true });
        return true;
      }
      if (run.length === 1 && first.state !== 'queued') {
        notify(`Replication of ${first.image.name} started`, 'success');
        onClose();
        options.onDone?.();
        return true;
      }
      if (!run.every((c) => FINAL_STATES.has(c.state))) return false;
      const summary = runSummary(run);
      notify(summary.text, summary.severity);
      return true;
    });

  const submit = handleSubmit((submitted) => {
    setServerError(null);
    const request = requestOf(submitted, scope.length);
    const allowed = planReplications(scope, viewer, ctx, request).filter((p) => p.decision.allowed);
    const id = startRun(
      allowed.map((p) => ({ image: p.image, input: p.input, regionId: p.target?.regionId ?? p.image.regionId })),
    );
    if (!id) return;
    setRunId(id);
    follow(id);
  });

  if (copies && runId) {
    const settled = copies.every((c) => FINAL_STATES.has(c.state));
    const queued = copies.some((c) => c.state === 'queued');
    return (
      <>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }} aria-live="polite">
            {settled
              ? runSummary(copies).text
              : 'Replicating. You can close this dialog: the queued copies still start, and the task centre follows each job.'}
          </Typography>
          <ReplicateRunStatus copies={copies} />
        </DialogContent>
        <DialogActions>
          {queued && <Button onClick={() => cancelQueuedCopies(runId)}>Cancel queued</Button>}
          <Button
            variant="contained"
            onClick={() => {
              onClose();
              if (copies.some((c) => c.state === 'succeeded' || c.state === 'running')) options.onDone?.();
            }}
          >
            Close
          </Button>
        </DialogActions>
      </>
    );
  }

  return (
    <>
      <DialogContent>
        <Stack component="form" id={formId} spacing={2} noValidate onSubmit={(e) => void submit(e)} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {single ? (
              <>
                Image <strong>{scope[0]?.name}</strong>
              </>
            ) : (
              `${scope.length} images`
            )}
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
            images={scope}
            viewer={viewer}
            ctx={ctx}
            values={values}
            modes={modes}
            problem={problem}
            quotas={facts.quotas}
            projects={ctx.projects}
            agencies={facts.agencies}
            enterpriseProjects={facts.enterpriseProjects}
            vaults={facts.vaults.vaults}
            vaultsLoading={facts.vaults.loading}
            needsVault={needsVault}
            onToggle={toggleRegion}
          />
          {plan && (
            <ReplicatePreflight
              plan={plan}
              imageCount={scope.length}
              onSelectOnlyEligible={() => {
                const eligible = scope.filter((i) => plan.some((p) => p.image.id === i.id && p.decision.allowed));
                setScope(eligible);
                options.onSelectionChange?.(eligible.map((i) => i.id));
              }}
            />
          )}
          {single && fanOut && (
            <Typography variant="body2" color="text.secondary">
              {`${values.targets.length} copies, one per region, made one after another: an image crosses to one region at a time.`}
            </Typography>
          )}
        </Stack>
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        formId={formId}
        decision={firstDenial ?? ALLOWED}
        disabled={formState.isSubmitting}
      >
        Replicate
      </SubmitActions>
    </>
  );
}
