import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { useReplicationRun, useStartReplicationRun, watchReplicationRun } from '../../api/replicate';
import { useViewer } from '../../api/viewer';
import type { ImageFormProps } from '../../components/form/image-form-dialog';
import { RuleFormBody } from '../../components/form/rule-form-body';
import { useRuleForm } from '../../components/form/use-rule-form';
import { notify } from '../../components/notifications';
import {
  ALLOWED,
  canReplicate,
  defaultCopyName,
  planReplications,
  proposeCopyName,
  REGIONS,
  type Image,
  type RegionId,
  type RuleContext,
} from '../../domain';
import { FINAL_STATES } from '../../api/replication-queue';
import { modeDecisions, runSummary, startedText } from './replicate-decisions';
import { ReplicateFields } from './replicate-fields';
import {
  defaultsOf,
  refusedFieldOf,
  replicateDenials,
  requestOf,
  targetOf,
  type ReplicateFormValues,
} from './replicate-form';
import { ReplicatePreflight } from './replicate-preflight';
import { ReplicateRunView } from './replicate-run-view';
import { useReplicateFacts, useTakenNames } from './use-replicate-facts';

const REGION_ORDER = REGIONS.map((r) => r.id);

export function ReplicateForm({ image, images, options, onClose, onDone, viewer, ctx: baseCtx }: ImageFormProps) {
  const fieldsId = useId();
  const session = useViewer();
  const [scope, setScope] = useState<readonly Image[]>(images);
  const [runId, setRunId] = useState<string>();
  const copies = useReplicationRun(runId);
  const startRun = useStartReplicationRun();
  const single = scope.length === 1;

  const facts = useReplicateFacts(
    image.regionId,
    scope.some((i) => i.type === 'whole'),
  );
  const ctx: RuleContext = { ...baseCtx, quota: { ...facts.quotas, ...baseCtx.quota }, vaults: facts.vaults.vaults };
  const modes = modeDecisions(scope, viewer, baseCtx);
  const firstMode = modes['in-region'].allowed || !modes['cross-region'].allowed ? 'in-region' : 'cross-region';

  const ruleForm = useRuleForm<ReplicateFormValues>({
    defaultValues: defaultsOf(scope, viewer, firstMode),
    ctx,
    check: (values, latest) => replicateDenials(scope, viewer, latest, values),
    submit: (values) => {
      const plan = planReplications(scope, viewer, ctx, requestOf(values, scope.length));
      const allowed = plan.filter((p) => p.decision.allowed);
      const id = startRun(
        allowed.map((p) => ({ image: p.image, input: p.input, regionId: p.target?.regionId ?? p.image.regionId })),
      );
      if (!id) return;
      setRunId(id);
      follow(id);
    },
  });
  const { form, values, problem, requirement } = ruleForm;
  const needsVault = values.mode === 'cross-region' && scope.some((i) => i.type === 'whole');

  // Preselect what has one obvious answer: the first agency, the first vault of each destination.
  const firstAgency = facts.agencies[0]?.name;
  useEffect(() => {
    if (firstAgency && values.agencyName === '') form.setValue('agencyName', firstAgency, { shouldValidate: true });
  }, [firstAgency, values.agencyName, form]);
  const vaults = facts.vaults.vaults;
  const missingVault = values.targets.findIndex(
    (t) => t.vaultId === '' && vaults.some((v) => v.regionId === t.targetRegionId),
  );
  useEffect(() => {
    const target = values.targets[missingVault];
    const vault = vaults.find((v) => v.regionId === target?.targetRegionId);
    if (needsVault && vault) form.setValue(`targets.${missingVault}.vaultId`, vault.id, { shouldValidate: true });
  }, [needsVault, missingVault, values.targets, vaults, form]);

  // One image across regions: each destination row proposes the copy's name, free in its region.
  const named = single ? scope[0] : undefined;
  const destinations = REGION_ORDER.filter((r) => r !== image.regionId && session?.projectIn(r) !== undefined);
  const taken = useTakenNames(
    named && values.mode === 'cross-region' ? destinations : [],
    named ? defaultCopyName(named) : '',
  );
  const proposedName = (region: RegionId) => (named ? proposeCopyName(named, taken.get(region) ?? []) : '');
  const offered = useRef(new Map<RegionId, string>());
  useEffect(() => {
    // A name the user has not edited follows what is known of the region's names as they load.
    values.targets.forEach((target, index) => {
      const region = target.targetRegionId;
      if (target.name !== offered.current.get(region)) return;
      const next = proposedName(region);
      offered.current.set(region, next);
      if (next !== target.name) form.setValue(`targets.${index}.name`, next, { shouldValidate: true });
    });
  });

  const toggleRegion = (region: RegionId, checked: boolean) => {
    const kept = values.targets.filter((t) => t.targetRegionId !== region);
    const name = proposedName(region);
    offered.current.set(region, name);
    const added = checked ? [targetOf(region, session?.projectIn(region)?.name ?? '', name)] : [];
    const next = [...kept, ...added].sort(
      (a, b) => REGION_ORDER.indexOf(a.targetRegionId) - REGION_ORDER.indexOf(b.targetRegionId),
    );
    form.setValue('targets', next, { shouldValidate: true });
    ruleForm.touch('targets');
  };

  // A run nothing of which started goes back to the form, the refusal on its field, input kept.
  // One copy that started closes the dialog as a console does; several stay to show each destination.
  const follow = (id: string) =>
    watchReplicationRun(id, (run) => {
      const [first] = run;
      if (!first) return true;
      if (run.every((c) => c.state === 'refused')) {
        setRunId(undefined);
        ruleForm.refuse(refusedFieldOf(form.getValues(), run), first.message ?? 'The replication was refused.');
        return true;
      }
      if (run.length === 1 && first.state !== 'queued') {
        notify(startedText(run), 'success');
        onDone();
        return true;
      }
      if (!run.every((c) => FINAL_STATES.has(c.state))) return false;
      const summary = runSummary(run);
      notify(summary.text, summary.severity);
      return true;
    });

  if (copies && runId) return <ReplicateRunView runId={runId} copies={copies} onClose={onClose} onDone={onDone} />;

  const plan = single ? undefined : planReplications(scope, viewer, ctx, requestOf(values, scope.length));
  const source = single && scope[0] ? canReplicate(scope[0], viewer, ctx) : ALLOWED;
  return (
    <RuleFormBody
      ruleForm={ruleForm}
      subject={
        single ? (
          <>
            Image <strong>{scope[0]?.name}</strong>
          </>
        ) : (
          `${scope.length} images`
        )
      }
      source={source}
      submitLabel="Replicate"
      onCancel={onClose}
    >
      <ReplicateFields
        formId={fieldsId}
        control={form.control}
        images={scope}
        viewer={viewer}
        ctx={ctx}
        values={values}
        modes={modes}
        problem={problem}
        requirement={requirement}
        quotas={facts.quotas}
        projects={ctx.projects}
        agencies={facts.agencies}
        enterpriseProjects={facts.enterpriseProjects}
        vaults={vaults}
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
      {single && values.mode === 'cross-region' && values.targets.length > 1 && (
        <Typography variant="body2" color="text.secondary">
          {`${values.targets.length} copies, one per region, made one after another: an image crosses to one region at a time.`}
        </Typography>
      )}
    </RuleFormBody>
  );
}
