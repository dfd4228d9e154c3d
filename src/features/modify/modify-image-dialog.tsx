import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Controller } from 'react-hook-form';
import { useModifyImage } from '../../api/modify';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { FormTextField } from '../../components/form/form-text-field';
import { ImageFormDialog, type ImageFormProps } from '../../components/form/image-form-dialog';
import { ImageSubject, RuleFormBody } from '../../components/form/rule-form-body';
import { useRuleForm } from '../../components/form/use-rule-form';
import { notify } from '../../components/notifications';
import { can, hasOsAttributes, LIMITS } from '../../domain';
import { changesOf, defaultsOf, modifyDenials, type ModifyFormValues } from './modify-form';

const NUMERIC = { htmlInput: { inputMode: 'numeric' } } as const;

export function ModifyImageDialog(props: ImageActionDialogProps) {
  return <ImageFormDialog title="Modify Image" form={ModifyForm} {...props} />;
}

function ModifyForm({ image, viewer, ctx, onClose, onDone }: ImageFormProps) {
  const bootLabelId = useId();
  const modify = useModifyImage();
  const ruleForm = useRuleForm<ModifyFormValues>({
    defaultValues: defaultsOf(image),
    ctx,
    check: (values, latest) => modifyDenials(image, viewer, latest, values),
    submit: async (values) => {
      const updated = await modify.mutateAsync({ image, changes: changesOf(image, values) });
      notify(`Image ${updated.name} modified`, 'success');
      onDone();
    },
  });
  const { form, values, problem } = ruleForm;
  const source = can('modify', image, viewer, ctx);
  const locked = !source.allowed;

  return (
    <RuleFormBody
      ruleForm={ruleForm}
      subject={<ImageSubject name={image.name} />}
      source={source}
      submitLabel="Save"
      fieldRefusalsDenySubmit={false}
      submitDisabled={Object.keys(changesOf(image, values)).length === 0}
      onCancel={onClose}
    >
      <FormTextField
        control={form.control}
        name="name"
        label="Name"
        required
        disabled={locked}
        problem={problem('name')}
        help={`${values.name.length} / ${LIMITS.imageNameMaxLength}`}
      />
      <FormTextField
        control={form.control}
        name="description"
        label="Description"
        multiline
        minRows={2}
        disabled={locked}
        problem={problem('description')}
        help={`${values.description.length} / ${LIMITS.descriptionMaxLength}`}
      />
      {hasOsAttributes(image) && (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <FormTextField
              control={form.control}
              name="minRamMb"
              label="Minimum memory (MB)"
              fullWidth
              disabled={locked}
              slotProps={NUMERIC}
              problem={problem('minRamMb')}
              help="0 or empty: no minimum"
            />
            <FormTextField
              control={form.control}
              name="maxRamMb"
              label="Maximum memory (MB)"
              fullWidth
              disabled={locked}
              slotProps={NUMERIC}
              problem={problem('maxRamMb')}
              help="Empty: no limit"
            />
          </Stack>
          <Controller
            control={form.control}
            name="bootMode"
            render={({ field }) => (
              <FormControl error={problem('bootMode') !== undefined} disabled={locked}>
                <FormLabel id={bootLabelId}>Boot mode</FormLabel>
                <RadioGroup row aria-labelledby={bootLabelId} {...field}>
                  <FormControlLabel value="bios" control={<Radio size="small" />} label="BIOS" />
                  <FormControlLabel value="uefi" control={<Radio size="small" />} label="UEFI" />
                </RadioGroup>
                <FieldProblem text={problem('bootMode')} />
              </FormControl>
            )}
          />
          <Controller
            control={form.control}
            name="nicMultiQueue"
            render={({ field: { value, onChange, ref, ...field } }) => (
              <FormControl error={problem('nicMultiQueue') !== undefined}>
                <FormControlLabel
                  disabled={locked}
                  control={
                    <Switch
                      {...field}
                      slotProps={{ input: { ref } }}
                      checked={value}
                      onChange={(_, checked) => onChange(checked)}
                      size="small"
                    />
                  }
                  label="NIC multi-queue"
                />
                <FieldProblem text={problem('nicMultiQueue')} />
              </FormControl>
            )}
          />
        </>
      )}
    </RuleFormBody>
  );
}

function FieldProblem({ text }: { text: string | undefined }) {
  return text ? (
    <Typography variant="caption" color="error">
      {text}
    </Typography>
  ) : null;
}
