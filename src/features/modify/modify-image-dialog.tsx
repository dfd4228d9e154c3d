import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useModifyImage } from '../../api/image-mutations';
import { deniedText } from '../../components/denied-reason';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { ImageFormDialog, type ImageFormProps } from '../../components/image-form-dialog';
import { notify } from '../../components/notifications';
import { can, hasOsAttributes, LIMITS } from '../../domain';
import { changesOf, defaultsOf, modifyFormSchema, serverProblem, type ModifyFormValues } from './modify-form';

const TITLE = 'Modify Image';

export function ModifyImageDialog(props: ImageActionDialogProps) {
  return <ImageFormDialog title={TITLE} form={ModifyForm} {...props} />;
}

function ModifyForm({ image, viewer, ctx, onClose, onDone }: ImageFormProps) {
  const formId = useId();
  const modify = useModifyImage();
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ModifyFormValues>({
    resolver: zodResolver(modifyFormSchema(image, viewer, ctx)),
    defaultValues: defaultsOf(image),
    mode: 'onChange',
  });
  const values = useWatch({ control }) as ModifyFormValues;
  const changes = changesOf(image, { ...defaultsOf(image), ...values });
  const changed = Object.keys(changes).length > 0;
  const blocked = can('modify', image, viewer, ctx);
  const osOffered = hasOsAttributes(image);

  const submit = handleSubmit(async (submitted) => {
    setServerError(null);
    try {
      const updated = await modify.mutateAsync({ image, changes: changesOf(image, submitted) });
      notify(`Image ${updated.name} modified`, 'success');
      onDone();
    } catch (error) {
      // The refusal stays in the dialog, on its field when it names one; what was typed stays too.
      const problem = serverProblem(error);
      if (problem.field) setError(problem.field, { type: 'server', message: problem.message }, { shouldFocus: true });
      else setServerError(problem.message);
    }
  });

  const rootError = errors.root?.message;
  return (
    <>
      <DialogContent>
        <Stack component="form" id={formId} spacing={2} noValidate onSubmit={(e) => void submit(e)} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Image <strong>{image.name}</strong>
          </Typography>
          {!blocked.allowed && <Alert severity="warning">{deniedText(blocked)}</Alert>}
          {rootError && blocked.allowed && <Alert severity="error">{rootError}</Alert>}
          {serverError && (
            <Alert severity="error" role="alert">
              {serverError}
            </Alert>
          )}
          <Controller
            control={control}
            name="name"
            render={({ field: { ref, ...field }, fieldState }) => (
              <TextField
                {...field}
                inputRef={ref}
                label="Name"
                required
                size="small"
                disabled={!blocked.allowed}
                error={fieldState.invalid}
                helperText={fieldState.error?.message ?? `${field.value.length} / ${LIMITS.imageNameMaxLength}`}
              />
            )}
          />
          <Controller
            control={control}
            name="description"
            render={({ field: { ref, ...field }, fieldState }) => (
              <TextField
                {...field}
                inputRef={ref}
                label="Description"
                multiline
                minRows={2}
                size="small"
                disabled={!blocked.allowed}
                error={fieldState.invalid}
                helperText={fieldState.error?.message ?? `${field.value.length} / ${LIMITS.descriptionMaxLength}`}
              />
            )}
          />
          {osOffered && (
            <>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <Controller
                  control={control}
                  name="minRamMb"
                  rules={{ deps: ['maxRamMb'] }}
                  render={({ field: { ref, ...field }, fieldState }) => (
                    <TextField
                      {...field}
                      inputRef={ref}
                      label="Minimum memory (MB)"
                      size="small"
                      fullWidth
                      disabled={!blocked.allowed}
                      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                      error={fieldState.invalid}
                      helperText={fieldState.error?.message ?? '0 or empty: no minimum'}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name="maxRamMb"
                  rules={{ deps: ['minRamMb'] }}
                  render={({ field: { ref, ...field }, fieldState }) => (
                    <TextField
                      {...field}
                      inputRef={ref}
                      label="Maximum memory (MB)"
                      size="small"
                      fullWidth
                      disabled={!blocked.allowed}
                      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                      error={fieldState.invalid}
                      helperText={fieldState.error?.message ?? 'Empty: no limit'}
                    />
                  )}
                />
              </Stack>
              <Controller
                control={control}
                name="bootMode"
                render={({ field, fieldState }) => (
                  <FormControl error={fieldState.invalid} disabled={!blocked.allowed}>
                    <FormLabel id={`${formId}-boot`}>Boot mode</FormLabel>
                    <RadioGroup row aria-labelledby={`${formId}-boot`} {...field}>
                      <FormControlLabel value="bios" control={<Radio size="small" />} label="BIOS" />
                      <FormControlLabel value="uefi" control={<Radio size="small" />} label="UEFI" />
                    </RadioGroup>
                    {fieldState.error && (
                      <Typography variant="caption" color="error">
                        {fieldState.error.message}
                      </Typography>
                    )}
                  </FormControl>
                )}
              />
              <Controller
                control={control}
                name="nicMultiQueue"
                render={({ field: { value, onChange, ref, ...field }, fieldState }) => (
                  <FormControl error={fieldState.invalid}>
                    <FormControlLabel
                      disabled={!blocked.allowed}
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
                    {fieldState.error && (
                      <Typography variant="caption" color="error">
                        {fieldState.error.message}
                      </Typography>
                    )}
                  </FormControl>
                )}
              />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          type="submit"
          form={formId}
          variant="contained"
          disabled={!changed || isSubmitting || !blocked.allowed}
          startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
        >
          Save
        </Button>
      </DialogActions>
    </>
  );
}
