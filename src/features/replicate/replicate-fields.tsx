import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import {
  LIMITS,
  REGIONS,
  regionName,
  replicateViolations,
  type Agency,
  type Decision,
  type Denial,
  type Image,
  type QuotaUsage,
  type RegionId,
  type ReplicationMode,
  type RuleContext,
  type Vault,
  type Viewer,
} from '../../domain';
import type { ReplicateField, ReplicateFormValues } from './replicate-form';

const MODE_LABELS: Record<ReplicationMode, string> = {
  'in-region': 'Within region',
  'cross-region': 'Across regions',
};

interface ReplicateFieldsProps {
  formId: string;
  control: Control<ReplicateFormValues>;
  image: Image;
  viewer: Viewer;
  ctx: RuleContext;
  values: ReplicateFormValues;
  modes: Record<ReplicationMode, Decision>;
  live: Partial<Record<ReplicateField | 'root', Denial>>;
  errors: FieldErrors<ReplicateFormValues>;
  quotas: Partial<Record<RegionId, QuotaUsage>>;
  agencies: readonly Agency[];
  vaults: readonly Vault[];
  vaultsLoading: boolean;
  onTargetChange: (region: RegionId | '') => void;
}

/** The dialog's fields; each shows the rule refusal that concerns it, live, in place of its help. */
export function ReplicateFields(props: ReplicateFieldsProps) {
  const { formId, control, image, viewer, ctx, values, modes, live, errors } = props;
  const problem = (field: ReplicateField) => live[field]?.reason ?? errors[field]?.message;
  const nativeSelect = { select: { native: true } } as const;
  const keys = ctx.keys.filter((k) => k.regionId === image.regionId);
  const projects = ctx.projects.filter((p) => p.accountId === viewer.accountId && p.regionId === values.targetRegionId);

  return (
    <>
      <Controller
        control={control}
        name="mode"
        render={({ field }) => (
          <FormControl error={problem('mode') !== undefined}>
            <FormLabel id={`${formId}-mode`}>Replication mode</FormLabel>
            <RadioGroup aria-labelledby={`${formId}-mode`} {...field}>
              {(Object.keys(MODE_LABELS) as ReplicationMode[]).map((mode) => {
                const decision = modes[mode];
                const reasonId = `${formId}-mode-${mode}-reason`;
                return (
                  <Stack key={mode} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    <FormControlLabel
                      value={mode}
                      disabled={!decision.allowed}
                      control={
                        <Radio
                          size="small"
                          slotProps={{ input: { 'aria-describedby': decision.allowed ? undefined : reasonId } }}
                        />
                      }
                      label={MODE_LABELS[mode]}
                    />
                    {!decision.allowed && (
                      <Typography id={reasonId} variant="caption" color="text.secondary">
                        {decision.reason}
                      </Typography>
                    )}
                  </Stack>
                );
              })}
            </RadioGroup>
            {live.mode && modes[values.mode].allowed && (
              <Typography variant="caption" color="error">
                {live.mode.reason}
              </Typography>
            )}
          </FormControl>
        )}
      />
      <Controller
        control={control}
        name="name"
        render={({ field: { ref, ...field } }) => (
          <TextField
            {...field}
            inputRef={ref}
            label="Name"
            required
            size="small"
            error={problem('name') !== undefined}
            helperText={problem('name') ?? `${field.value.length} / ${LIMITS.imageNameMaxLength}`}
          />
        )}
      />
      <Controller
        control={control}
        name="description"
        render={({ field: { ref, ...field } }) => (
          <TextField
            {...field}
            inputRef={ref}
            label="Description"
            multiline
            minRows={2}
            size="small"
            error={problem('description') !== undefined}
            helperText={problem('description') ?? `${field.value.length} / ${LIMITS.descriptionMaxLength}`}
          />
        )}
      />
      {values.mode === 'in-region' ? (
        <Controller
          control={control}
          name="kmsKeyId"
          render={({ field: { ref, ...field } }) => (
            <TextField
              {...field}
              inputRef={ref}
              select
              label="Encryption"
              size="small"
              slotProps={nativeSelect}
              error={problem('kmsKeyId') !== undefined}
              helperText={
                problem('kmsKeyId') ??
                "Replicating is how an image is decrypted or moved to another key: choose the copy's encryption here."
              }
            >
              <option value="">Not encrypted</option>
              {keys.map((key) => {
                const denial = replicateViolations(image, viewer, ctx, { mode: 'in-region', kmsKeyId: key.id }).find(
                  (d) => d.field === 'kmsKeyId',
                );
                const label = `KMS key ${key.alias}${key.isDefault ? ' (default)' : ''}`;
                return (
                  <option key={key.id} value={key.id} disabled={denial !== undefined}>
                    {denial ? `${label} — ${denial.reason}` : label}
                  </option>
                );
              })}
            </TextField>
          )}
        />
      ) : (
        <CrossRegionFields {...props} problem={problem} projects={projects.map((p) => p.name)} />
      )}
    </>
  );
}

function CrossRegionFields({
  control,
  image,
  quotas,
  agencies,
  vaults,
  vaultsLoading,
  onTargetChange,
  problem,
  projects,
}: ReplicateFieldsProps & { problem: (field: ReplicateField) => string | undefined; projects: string[] }) {
  const nativeSelect = { select: { native: true } } as const;
  return (
    <>
      <Controller
        control={control}
        name="targetRegionId"
        render={({ field: { ref, onChange, ...field } }) => (
          <TextField
            {...field}
            inputRef={ref}
            onChange={(event) => {
              onChange(event);
              onTargetChange(event.target.value as RegionId | '');
            }}
            select
            required
            label="Destination region"
            size="small"
            slotProps={nativeSelect}
            error={problem('targetRegionId') !== undefined}
            helperText={problem('targetRegionId') ?? 'Private images used / quota in each region.'}
          >
            <option value="">Choose a region</option>
            {REGIONS.filter((r) => r.id !== image.regionId).map((r) => {
              const quota = quotas[r.id];
              return (
                <option key={r.id} value={r.id}>
                  {quota ? `${regionName(r.id)} · ${quota.used} / ${quota.limit}` : regionName(r.id)}
                </option>
              );
            })}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="targetProjectName"
        render={({ field: { ref, ...field } }) => (
          <TextField
            {...field}
            inputRef={ref}
            select
            required
            label="Destination project"
            size="small"
            slotProps={nativeSelect}
            error={problem('targetProjectName') !== undefined}
            helperText={problem('targetProjectName')}
          >
            <option value="">Choose a project</option>
            {projects.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="agencyName"
        render={({ field: { ref, ...field } }) => (
          <TextField
            {...field}
            inputRef={ref}
            select
            required
            label="IAM agency"
            size="small"
            slotProps={nativeSelect}
            error={problem('agencyName') !== undefined}
            helperText={problem('agencyName') ?? 'The replication runs under this agency.'}
          >
            {agencies.length === 0 && <option value="">No agencies in your account</option>}
            {agencies.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name}
              </option>
            ))}
          </TextField>
        )}
      />
      {image.type === 'whole' && (
        <Controller
          control={control}
          name="vaultId"
          render={({ field: { ref, ...field } }) => (
            <TextField
              {...field}
              inputRef={ref}
              select
              required
              label="CBR vault"
              size="small"
              slotProps={nativeSelect}
              error={problem('vaultId') !== undefined}
              helperText={
                problem('vaultId') ??
                (vaultsLoading ? 'Loading vaults…' : 'The full-ECS copy keeps its backups in this vault.')
              }
            >
              <option value="">Choose a vault</option>
              {vaults.map((v) => (
                <option key={v.id} value={v.id}>
                  {`${v.name} (${v.capacityGb} GB)`}
                </option>
              ))}
            </TextField>
          )}
        />
      )}
    </>
  );
}
