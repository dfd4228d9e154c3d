import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import {
  LIMITS,
  REGIONS,
  regionName,
  replicateInputOf,
  replicateViolations,
  type Agency,
  type Denial,
  type Image,
  type Project,
  type QuotaUsage,
  type RegionId,
  type RuleContext,
  type Vault,
  type Viewer,
} from '../../domain';
import { FormSelect } from '../../components/form/form-select';
import { QuotaBar } from '../../components/quota-bar';
import type { RuleForm } from '../../components/form/use-rule-form';
import type { ReplicateFormValues, TargetValues } from './replicate-form';

interface DestinationsProps {
  formId: string;
  control: Control<ReplicateFormValues>;
  images: readonly Image[];
  viewer: Viewer;
  ctx: RuleContext;
  targets: readonly TargetValues[];
  problem: RuleForm<ReplicateFormValues>['problem'];
  requirement: RuleForm<ReplicateFormValues>['requirement'];
  quotas: Partial<Record<RegionId, QuotaUsage>>;
  projects: readonly Project[];
  agencies: readonly Agency[];
  vaults: readonly Vault[];
  /** Destinations whose vaults are still loading. */
  vaultsLoading: ReadonlySet<RegionId>;
  needsVault: boolean;
  onToggle: (region: RegionId, checked: boolean) => void;
}

/** Why a destination cannot be chosen at all (its quota is full), judged for the first image. */
function regionDenial(image: Image, viewer: Viewer, ctx: RuleContext, region: RegionId): Denial | undefined {
  const input = replicateInputOf(image, { mode: 'cross-region', targets: [] }, { regionId: region, projectName: '' });
  return replicateViolations(image, viewer, ctx, input).find((d) => d.field === 'targetRegionId');
}

/**
 * Across regions: any number of destinations (one copy each, made one after another), each with
 * its project and, for a full-ECS image, its CBR vault; one IAM agency runs them all.
 */
export function ReplicateDestinations(props: DestinationsProps) {
  const { formId, control, images, viewer, ctx, targets, problem, requirement, quotas, onToggle } = props;
  const source = images[0];
  if (!source) return null;
  const chosen = new Set(targets.map((t) => t.targetRegionId));
  const listProblem = problem('targets');

  return (
    <>
      <FormControl component="fieldset" error={listProblem !== undefined} aria-describedby={`${formId}-regions-help`}>
        <FormLabel component="legend">Destination regions</FormLabel>
        <FormHelperText id={`${formId}-regions-help`} sx={{ mx: 0 }}>
          {listProblem ??
            `${requirement('targets') ?? 'Choose one or more.'} Each gets its own copy; private images used / quota shown for each region.`}
        </FormHelperText>
        {REGIONS.filter((r) => r.id !== source.regionId).map((region) => {
          const denial = chosen.has(region.id) ? undefined : regionDenial(source, viewer, ctx, region.id);
          const quota = quotas[region.id];
          const reasonId = `${formId}-region-${region.id}-reason`;
          return (
            <Stack key={region.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <FormControlLabel
                disabled={denial !== undefined}
                control={
                  <Checkbox
                    size="small"
                    checked={chosen.has(region.id)}
                    onChange={(event) => onToggle(region.id, event.target.checked)}
                    slotProps={{ input: { 'aria-describedby': denial ? reasonId : undefined } }}
                  />
                }
                label={quota ? `${regionName(region.id)} · ${quota.used} / ${quota.limit}` : regionName(region.id)}
              />
              {quota && (
                <QuotaBar
                  subject={`Private images in ${regionName(region.id)}`}
                  usage={quota}
                  showNumbers={false}
                  width={80}
                />
              )}
              {denial && (
                <Typography id={reasonId} variant="caption" color="text.secondary">
                  {denial.reason}
                </Typography>
              )}
            </Stack>
          );
        })}
      </FormControl>
      {targets.map((target, index) => (
        <DestinationRow key={target.targetRegionId} {...props} index={index} target={target} />
      ))}
      <FormSelect
        control={control}
        name="agencyName"
        required
        label="IAM agency"
        problem={problem('agencyName')}
        help="The replications run under this agency."
      >
        {props.agencies.length === 0 && <option value="">No agencies in your account</option>}
        {props.agencies.map((a) => (
          <option key={a.name} value={a.name}>
            {a.name}
          </option>
        ))}
      </FormSelect>
    </>
  );
}

function DestinationRow({
  control,
  images,
  problem,
  requirement,
  projects,
  vaults,
  vaultsLoading,
  needsVault,
  viewer,
  index,
  target,
}: DestinationsProps & { index: number; target: TargetValues }) {
  const region = target.targetRegionId;
  const name = regionName(region);
  const own = projects.filter((p) => p.accountId === viewer.accountId && p.regionId === region);
  const inRegion = vaults.filter((v) => v.regionId === region);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} role="group" aria-label={`Destination ${name}`}>
      {images.length === 1 && (
        <Controller
          control={control}
          name={`targets.${index}.name`}
          render={({ field: { ref, ...field } }) => (
            <TextField
              {...field}
              inputRef={ref}
              label={`Name in ${name}`}
              required
              fullWidth
              size="small"
              error={problem(`targets.${index}.name`) !== undefined}
              helperText={problem(`targets.${index}.name`) ?? `${field.value.length} / ${LIMITS.imageNameMaxLength}`}
            />
          )}
        />
      )}
      <FormSelect
        control={control}
        name={`targets.${index}.targetProjectName`}
        required
        fullWidth
        label={`Project in ${name}`}
        problem={problem(`targets.${index}.targetProjectName`) ?? problem(`targets.${index}.targetRegionId`)}
        help={requirement(`targets.${index}.targetProjectName`)}
      >
        <option value="">Choose a project</option>
        {own.map((p) => (
          <option key={p.id} value={p.name}>
            {p.name}
          </option>
        ))}
      </FormSelect>
      {needsVault && (
        <FormSelect
          control={control}
          name={`targets.${index}.vaultId`}
          required
          fullWidth
          label={`CBR vault in ${name}`}
          problem={problem(`targets.${index}.vaultId`)}
          help={
            vaultsLoading.has(region)
              ? 'Loading vaults…'
              : (requirement(`targets.${index}.vaultId`) ?? 'The full-ECS copy keeps its backups here.')
          }
        >
          <option value="">Choose a vault</option>
          {inRegion.map((v) => (
            <option key={v.id} value={v.id}>
              {`${v.name} (${v.capacityGb} GB)`}
            </option>
          ))}
        </FormSelect>
      )}
    </Stack>
  );
}
