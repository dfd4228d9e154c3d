import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useCreateImage } from '../../api/create';
import { bucketObjectsQuery } from '../../api/export';
import { useSession } from '../../api/session-store';
import { DeniableButton, deniedText } from '../../components/denied-reason';
import { FormSelect } from '../../components/form/form-select';
import { useRuleForm } from '../../components/form/use-rule-form';
import { notify } from '../../components/notifications';
import {
  ALLOWED,
  canCreate,
  deny,
  regionName,
  type Backup,
  type BucketObject,
  type ImageType,
  type RegionId,
  type Server,
} from '../../domain';
import { BackupPicker } from './backup-picker';
import { ChoiceCards } from './choice-cards';
import { IMAGE_TYPE_CHOICES, SOURCES_OF, sourceText, type SourceChoice } from './create-choices';
import {
  createDenials,
  createRequestOf,
  defaultValues,
  fieldsFor,
  formFieldOf,
  imageNames,
  shapeProblems,
  type CreateFormValues,
} from './create-form';
import { CreateSummary } from './create-summary';
import { FileBrowser } from './file-browser';
import { FormSection } from './form-section';
import { FastImportSwitch, ImageFields } from './image-fields';
import { guessOsVersion } from './os-guess';
import { bucketRefusal, withFile } from './row-refusals';
import { ServerPicker } from './server-picker';
import { TagsEditor } from './tags-editor';
import { useCreateFacts } from './use-create-facts';

/** A refusal of the backend, its fields named as the page names them (`body.min_ram` → `minRamMb`). */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    message: error.message,
    rule: error.rule,
    hint: error.hint,
    field: error.field === undefined ? undefined : formFieldOf(error.field),
    fieldErrors: error.fieldErrors?.map((f) => ({ ...f, field: formFieldOf(f.field) })),
  });
}

const suggestedName = (base: string) =>
  base
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[^A-Za-z0-9_.\- ]/g, '-')
    .slice(0, 100);

interface CreateImageFormProps {
  region: RegionId;
  imageType: ImageType;
  source: SourceChoice;
}

/**
 * The Create Image form: type and source, the source's picker, the image's settings and tags,
 * a summary, then Cancel and Create. Every create.* and import.* rule runs as the values change
 * and stands on the field it concerns; what the backend would refuse as malformed is found by its
 * own body schema; a refusal of the backend lands on its field and keeps the input.
 */
export function CreateImageForm({ region, imageType, source }: CreateImageFormProps) {
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const token = useSession((s) => s.token);
  const facts = useCreateFacts(region);
  const { ctx, viewer } = facts;
  const create = useCreateImage();
  const formId = useId();

  const serverOf = (values: CreateFormValues) => ctx.servers.find((s) => s.id === values.serverId);
  const ruleForm = useRuleForm<CreateFormValues>({
    defaultValues: defaultValues(imageType, source),
    ctx,
    check: (values, latest) => (viewer ? createDenials(viewer, latest, region, values) : []),
    shape: (values) => shapeProblems(values, serverOf(values)),
    submit: async (values) => {
      const server = serverOf(values);
      const names = imageNames(values, server);
      try {
        await create.mutateAsync({ region, ...createRequestOf(values, server) });
      } catch (error) {
        throw onFormFields(error);
      }
      notify(
        names.length > 1
          ? `Creation of ${names.length} images started: ${names.join(', ')}`
          : `Creation of ${names[0] ?? values.name} started`,
        'success',
      );
      void navigate('/images/private');
    },
  });
  const { form, values, live, problem } = ruleForm;
  const fields = fieldsFor(values);
  const objects = useQuery({ ...bucketObjectsQuery(token, region, values.bucket), enabled: values.bucket !== '' });
  const judge = viewer ? { viewer, ctx, region, values } : undefined;
  const server = serverOf(values);
  const names = imageNames(values, server);

  const set = <K extends keyof CreateFormValues>(field: K, value: CreateFormValues[K]) =>
    form.setValue(field as never, value as never, { shouldValidate: true, shouldDirty: true });
  const suggest = (base: string) => {
    if (!form.getFieldState('name').isDirty) form.setValue('name', suggestedName(base), { shouldValidate: true });
  };

  // Defaults computed up front: the first bucket the rules allow, the region's first CBR vault.
  // Of the buckets the rules allow, the one that holds the most files (the team's image files).
  const eligible = judge && fields.file ? ctx.buckets.filter((b) => !bucketRefusal(judge, b)).map((b) => b.name) : [];
  const contents = useQueries({
    queries: eligible.map((name) => bucketObjectsQuery(token, region, name)),
    combine: (results) => results.map((r) => r.data),
  });
  const eligibleBucket =
    contents.every((c) => c !== undefined) && eligible.length > 0
      ? eligible.reduce((best, name, i) =>
          (contents[i]?.length ?? 0) > (contents[eligible.indexOf(best)]?.length ?? 0) ? name : best,
        )
      : undefined;
  const firstVault = ctx.vaults[0]?.id;
  useEffect(() => {
    if (fields.file && values.bucket === '' && eligibleBucket) form.setValue('bucket', eligibleBucket);
  }, [fields.file, values.bucket, eligibleBucket, form]);
  useEffect(() => {
    if (values.vaultId === '' && firstVault) form.setValue('vaultId', firstVault);
  }, [values.vaultId, firstVault, form]);

  // The type and source live in the URL, so a reload or a shared link opens the same form.
  const choose = (nextType: ImageType, nextSource: SourceChoice) => {
    set('imageType', nextType);
    set('source', nextSource);
    if (nextType === 'iso' || nextSource === 'file') {
      set('imageUrl', '');
      set('fileFormat', '');
      set('fileSizeGb', 0);
      set('quickImport', false);
    }
    setParams({ type: nextType, source: nextSource }, { replace: true });
  };
  const onType = (nextType: ImageType) => {
    const sources = SOURCES_OF[nextType];
    choose(nextType, sources.includes(values.source) ? values.source : (sources[0] ?? 'ecs'));
  };
  const onServer = (picked: Server) => {
    set('serverId', picked.id);
    set('dataDiskIds', []);
    suggest(`${picked.name}-image`);
  };
  const onFullEcs = (picked: Server) => {
    choose('whole', 'ecs');
    onServer(picked);
  };
  const onBackup = (picked: Backup) => {
    set('backupId', picked.id);
    suggest(`${picked.name}-image`);
  };
  const onFile = (picked: BucketObject) => {
    const next = withFile(values, values.bucket, picked);
    for (const field of ['imageUrl', 'fileFormat', 'fileSizeGb', 'quickImport', 'minDiskGb'] as const)
      set(field, next[field]);
    const guessed = guessOsVersion(picked.key, values.architecture);
    if (guessed) set('osVersion', guessed);
    suggest(picked.key);
  };

  const start = viewer ? canCreate(viewer, ctx, region) : ALLOWED;
  const root = live.get('root');
  const decision = ruleForm.decision;
  const picked = sourceSummary(values, ctx.servers, ctx.backups, objects.data);

  return (
    <Box
      component="form"
      id={formId}
      noValidate
      onSubmit={(event) => void ruleForm.onSubmit(event)}
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 320px' } }}
    >
      <Stack spacing={2} sx={{ minWidth: 0 }}>
        {!start.allowed && <Alert severity="warning">{deniedText(start)}</Alert>}
        {start.allowed && root && <Alert severity="warning">{deniedText(root)}</Alert>}
        {ruleForm.serverError && (
          <Alert severity="error" role="alert">
            {ruleForm.serverError}
          </Alert>
        )}
        <FormSection title="Type and source" description="What to create, and where its content comes from.">
          <ChoiceCards label="Image type" choices={IMAGE_TYPE_CHOICES} value={values.imageType} onChange={onType} />
          <ChoiceCards
            label="Source"
            choices={SOURCES_OF[values.imageType].map((s) => ({ value: s, ...sourceText(values.imageType, s) }))}
            value={values.source}
            onChange={(next) => choose(values.imageType, next)}
          />
          {values.imageType === 'iso' && (
            <Alert severity="info">
              {deniedText(
                deny('import.iso-limits', {
                  problem: 'makes an image that cannot be replicated, exported, encrypted or shared',
                }),
              )}
            </Alert>
          )}
          {values.imageType === 'whole' && values.source === 'csbs' && (
            <Alert severity="info">Full-ECS images made from a CSBS backup cannot be shared; CBR backups can.</Alert>
          )}
        </FormSection>

        <FormSection title={pickerTitle(values)} description={sourceText(values.imageType, values.source).explanation}>
          {judge && (values.source === 'ecs' || values.source === 'bms') && (
            <ServerPicker
              kind={values.source}
              label={`${values.source === 'ecs' ? 'ECSs' : 'BMSs'} in ${regionName(region)}`}
              servers={(values.source === 'ecs' ? facts.ecs : facts.bms).data}
              judge={judge}
              serverProblem={problem('serverId')}
              disksProblem={problem('dataDiskIds')}
              onServer={onServer}
              onDisks={(ids) => set('dataDiskIds', ids)}
              onFullEcs={onFullEcs}
            />
          )}
          {values.imageType === 'whole' && values.source === 'ecs' && (
            <FormSelect
              control={form.control}
              name="vaultId"
              label="CBR vault"
              fullWidth
              problem={problem('vaultId')}
              help="A full-ECS image of an ECS is kept as a CBR backup in this vault."
            >
              <option value="" disabled>
                Choose a vault
              </option>
              {ctx.vaults.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} · {v.capacityGb} GB
                </option>
              ))}
            </FormSelect>
          )}
          {values.imageType === 'whole' && values.source === 'ecs' && server?.hadCsbsBackup && (
            <Alert severity="info">
              {server.name} has had a CSBS backup: its full-ECS image will not be shareable. An image of a CBR backup
              is.
            </Alert>
          )}
          {judge && (values.source === 'csbs' || values.source === 'cbr') && (
            <BackupPicker
              kind={values.source}
              label={`${values.source.toUpperCase()} backups in ${regionName(region)}`}
              backups={facts.backups.data}
              servers={ctx.servers}
              vaults={ctx.vaults}
              judge={judge}
              problem={problem('backupId')}
              onBackup={onBackup}
            />
          )}
          {judge && values.source === 'file' && (
            <>
              <FileBrowser
                control={form.control}
                buckets={ctx.buckets}
                objects={objects.data}
                judge={judge}
                bucketProblem={problem('bucket')}
                fileProblem={problem('imageUrl') ?? problem('fileFormat') ?? problem('fileSizeGb')}
                onFile={onFile}
              />
              {fields.quickImport && <FastImportSwitch form={form} problem={problem('quickImport')} />}
            </>
          )}
        </FormSection>

        {judge && (
          <FormSection title="Image settings" description="Defaults follow the source; change what you need.">
            <ImageFields
              form={form}
              judge={judge}
              problem={problem}
              names={names}
              keys={ctx.keys}
              enterpriseProjects={facts.enterpriseProjects}
            />
          </FormSection>
        )}

        <FormSection title="Tags" description="Up to 10 tags, copied to every image this creates.">
          <TagsEditor form={form} live={live} />
        </FormSection>
      </Stack>

      <Box sx={{ minWidth: 0 }}>
        <Stack spacing={2} sx={{ position: { lg: 'sticky' }, top: { lg: 16 } }}>
          <FormSection title="Summary">
            <CreateSummary
              region={region}
              values={values}
              ctx={ctx}
              names={names}
              sourceName={picked?.name}
              sizeGb={picked?.sizeGb}
              enterpriseProject={
                facts.enterpriseProjects.find((ep) => ep.id === values.enterpriseProjectId)?.name ?? 'default'
              }
            />
          </FormSection>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
              <Button onClick={() => void navigate('/images/private')}>Cancel</Button>
              <DeniableButton
                decision={start.allowed ? decision : start}
                type="submit"
                form={formId}
                variant="contained"
                disabled={ruleForm.busy || !viewer}
                startIcon={
                  ruleForm.busy ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined
                }
              >
                {names.length > 1 ? `Create ${names.length} images` : 'Create'}
              </DeniableButton>
            </Stack>
          </Paper>
        </Stack>
      </Box>
    </Box>
  );
}

function pickerTitle(values: CreateFormValues): string {
  switch (values.source) {
    case 'ecs':
      return 'Source ECS';
    case 'bms':
      return 'Source BMS';
    case 'csbs':
    case 'cbr':
      return 'Source backup';
    case 'file':
      return values.imageType === 'iso' ? 'ISO file' : 'Image file';
  }
}

/** The chosen source's name and the size the image will have, for the summary. */
function sourceSummary(
  values: CreateFormValues,
  servers: readonly Server[],
  backups: readonly Backup[],
  objects: readonly BucketObject[] | undefined,
): { name: string; sizeGb: number } | undefined {
  if (values.source === 'ecs' || values.source === 'bms') {
    const server = servers.find((s) => s.id === values.serverId);
    if (!server) return undefined;
    const data = server.dataDisks.filter((d) => values.dataDiskIds.includes(d.id));
    const size =
      values.imageType === 'data'
        ? data.reduce((sum, d) => sum + d.sizeGb, 0)
        : values.imageType === 'whole'
          ? server.systemDisk.sizeGb + server.dataDisks.reduce((sum, d) => sum + d.sizeGb, 0)
          : server.systemDisk.sizeGb;
    return { name: server.name, sizeGb: size };
  }
  if (values.source === 'csbs' || values.source === 'cbr') {
    const backup = backups.find((b) => b.id === values.backupId);
    return backup ? { name: backup.name, sizeGb: backup.sizeGb } : undefined;
  }
  const file = objects?.find((o) => `${values.bucket}:${o.key}` === values.imageUrl);
  return file ? { name: values.imageUrl, sizeGb: file.sizeGb } : undefined;
}
