import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { Controller } from 'react-hook-form';
import {
  exportFormatSchema,
  LIMITS,
  regionName,
  STORAGE_CLASS_LABELS,
  type ExportField,
  type Image,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { exportDenials, FORMAT_LABELS, type ExportFormValues } from './export-form';
import { FormSelect } from '../../components/form/form-select';
import { FormTextField } from '../../components/form/form-text-field';
import type { RuleForm } from '../../components/form/use-rule-form';
import { NATIVE_SELECT } from '../../components/native-select';

interface ExportFieldsProps {
  ruleForm: RuleForm<ExportFormValues>;
  image: Image;
  viewer: Viewer;
  /** The context the form checks with (the chosen bucket's files included). */
  ctx: RuleContext;
}

/** The dialog's fields; each shows the rule refusal that concerns it, live, in place of its help. */
export function ExportFields(props: ExportFieldsProps) {
  const { ruleForm, image, viewer, ctx } = props;
  const fastReasonId = useId();
  const { form, values, problem } = ruleForm;
  const { control } = form;
  // What the rules say of an alternative value of one field, the others as they are.
  const denialIf = (field: ExportField, change: Partial<ExportFormValues>) =>
    exportDenials(image, viewer, ctx, { ...values, ...change }).find((d) => d.field === field);
  const fastProblem = problem('fastExport');
  const fastRefused = denialIf('fastExport', { fastExport: true });
  const normalRefused = denialIf('fastExport', { fastExport: false });
  const fastLocked = fastRefused !== undefined || normalRefused !== undefined;
  const fastReason = values.fastExport ? normalRefused : fastRefused;
  const buckets = [...ctx.buckets].sort(
    (a, b) =>
      Number(denialIf('bucket', { bucket: a.name }) !== undefined) -
      Number(denialIf('bucket', { bucket: b.name }) !== undefined),
  );

  return (
    <>
      <FormSelect
        control={control}
        name="bucket"
        required
        label="Bucket"
        problem={problem('bucket')}
        help={`A Standard OBS bucket in ${regionName(image.regionId)}.`}
      >
        {buckets.length === 0 && <option value="">You have no OBS buckets</option>}
        {!buckets.some((b) => b.name === values.bucket) && buckets.length > 0 && (
          <option value="">Choose a bucket</option>
        )}
        {buckets.map((bucket) => {
          const denial = denialIf('bucket', { bucket: bucket.name });
          const label = `${bucket.name} · ${regionName(bucket.regionId)} · ${STORAGE_CLASS_LABELS[bucket.storageClass]}`;
          return (
            <option key={bucket.name} value={bucket.name} disabled={denial !== undefined}>
              {denial ? `${label} — ${denial.reason}` : label}
            </option>
          );
        })}
      </FormSelect>
      <FormTextField
        control={control}
        name="fileName"
        label="File name"
        required
        problem={problem('fileName')}
        help={`${values.fileName.length} / ${LIMITS.exportFileNameMaxLength}: letters, digits, hyphens, underscores, periods or slashes; no spaces.`}
      />
      <Controller
        control={control}
        name="format"
        render={({ field: { ref, value, ...field } }) => (
          <TextField
            {...field}
            value={values.fastExport ? 'zvhd2' : value}
            inputRef={ref}
            select
            required
            disabled={values.fastExport}
            label="Format"
            size="small"
            // The help of a locked format is still read: keep its contrast (axe color-contrast).
            slotProps={{ ...NATIVE_SELECT, formHelperText: { sx: { '&.Mui-disabled': { color: 'text.secondary' } } } }}
            error={problem('format') !== undefined}
            helperText={problem('format') ?? (values.fastExport ? 'Fast export always writes ZVHD2.' : undefined)}
          >
            {exportFormatSchema.options.map((format) => {
              const denial = values.fastExport ? undefined : denialIf('format', { format });
              return (
                <option key={format} value={format} disabled={denial !== undefined}>
                  {denial ? `${FORMAT_LABELS[format]} — ${denial.reason}` : FORMAT_LABELS[format]}
                </option>
              );
            })}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="fastExport"
        render={({ field: { ref, onChange, value, ...field } }) => (
          <FormControl error={fastProblem !== undefined}>
            <FormControlLabel
              label="Fast export"
              disabled={fastLocked}
              control={
                <Switch
                  {...field}
                  checked={value}
                  onChange={(_event, checked) => onChange(checked)}
                  slotProps={{ input: { ref, 'aria-describedby': fastReasonId } }}
                />
              }
            />
            <FormHelperText id={fastReasonId} sx={{ mt: 0 }}>
              {fastProblem ?? fastReason?.reason ?? 'Fast export writes the file as ZVHD2 without converting it.'}
            </FormHelperText>
          </FormControl>
        )}
      />
    </>
  );
}
