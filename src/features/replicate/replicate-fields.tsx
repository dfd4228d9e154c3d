import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ComponentProps } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { FormSelect } from '../../components/form/form-select';
import type { RuleForm } from '../../components/form/use-rule-form';
import {
  LIMITS,
  replicateViolations,
  type Decision,
  type EnterpriseProject,
  type Image,
  type ReplicationMode,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { ReplicateDestinations } from './replicate-destinations';
import type { ReplicateFormValues } from './replicate-form';

const MODE_LABELS: Record<ReplicationMode, string> = {
  'in-region': 'Within region',
  'cross-region': 'Across regions',
};

type DestinationProps = Omit<ComponentProps<typeof ReplicateDestinations>, 'targets'>;

interface ReplicateFieldsProps extends DestinationProps {
  formId: string;
  control: Control<ReplicateFormValues>;
  images: readonly Image[];
  viewer: Viewer;
  ctx: RuleContext;
  values: ReplicateFormValues;
  modes: Record<ReplicationMode, Decision>;
  problem: RuleForm<ReplicateFormValues>['problem'];
  requirement: RuleForm<ReplicateFormValues>['requirement'];
  enterpriseProjects: readonly Pick<EnterpriseProject, 'id' | 'name'>[];
}

/** The dialog's fields; each shows the rule refusal that concerns it, live, in place of its help. */
export function ReplicateFields(props: ReplicateFieldsProps) {
  const { formId, control, images, viewer, ctx, values, modes, problem, enterpriseProjects } = props;
  const source = images[0];
  if (!source) return null;
  const single = images.length === 1;
  const keys = ctx.keys.filter((k) => k.regionId === source.regionId);

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
            {problem('mode') && modes[values.mode].allowed && (
              <Typography variant="caption" color="error">
                {problem('mode')}
              </Typography>
            )}
          </FormControl>
        )}
      />
      {single ? (
        <>
          {/* Across regions each destination row names its own copy. */}
          {values.mode === 'in-region' && (
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
          )}
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
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          Each copy is named copy_&lt;source region&gt;_&lt;source name&gt;; rename copies afterwards with Modify.
        </Typography>
      )}
      {values.mode === 'in-region' ? (
        <>
          <FormSelect
            control={control}
            name="enterpriseProjectId"
            label="Enterprise project"
            problem={problem('enterpriseProjectId')}
            help="The copy is billed and governed here."
          >
            {enterpriseProjects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </FormSelect>
          <FormSelect
            control={control}
            name="kmsKeyId"
            label="Encryption"
            problem={problem('kmsKeyId')}
            help="Replicating is how an image is decrypted or moved to another key: choose the copy's encryption here."
          >
            <option value="">Not encrypted</option>
            {keys.map((key) => {
              const denial = replicateViolations(source, viewer, ctx, { mode: 'in-region', kmsKeyId: key.id }).find(
                (d) => d.field === 'kmsKeyId',
              );
              const label = `KMS key ${key.alias}${key.isDefault ? ' (default)' : ''}`;
              return (
                <option key={key.id} value={key.id} disabled={denial !== undefined}>
                  {denial ? `${label} — ${denial.reason}` : label}
                </option>
              );
            })}
          </FormSelect>
        </>
      ) : (
        <ReplicateDestinations {...props} targets={values.targets} />
      )}
    </>
  );
}
