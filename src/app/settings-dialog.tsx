import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { mockSettingsQuery, useUpdateMockSettings, type MockSettings } from '../api/mock-control';
import { notify } from '../components/notifications';
import { ResetDemoData } from './reset-demo-data';
import {
  fromSettingsForm,
  JOB_SPEED_LABELS,
  settingsFormSchema,
  toSettingsForm,
  type SettingsForm,
} from './settings-form';

const TITLE_ID = 'settings-title';

/** The demo's knobs: how fast jobs run, how slow and how unreliable the mock backend is, and a reset. */
export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const settings = useQuery({ ...mockSettingsQuery(), enabled: open });
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={TITLE_ID} maxWidth="sm" fullWidth>
      <DialogTitle id={TITLE_ID}>Settings</DialogTitle>
      {settings.error ? (
        <DialogContent>
          <Alert severity="error">Could not read the settings: {settings.error.message}</Alert>
        </DialogContent>
      ) : settings.data ? (
        <SettingsFormBody settings={settings.data} onClose={onClose} />
      ) : (
        <DialogContent>
          <LinearProgress aria-label="Loading settings" />
        </DialogContent>
      )}
    </Dialog>
  );
}

function SettingsFormBody({ settings, onClose }: { settings: MockSettings; onClose: () => void }) {
  const update = useUpdateMockSettings();
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isDirty },
  } = useForm<SettingsForm>({ resolver: zodResolver(settingsFormSchema), defaultValues: toSettingsForm(settings) });

  const save = handleSubmit((form) =>
    update.mutate(fromSettingsForm(form), {
      onSuccess: () => {
        notify('Settings saved.', 'success');
        onClose();
      },
    }),
  );

  const number = (
    name: 'latencyMs' | 'failureRate' | 'jobFailureRate',
    label: string,
    unit: string,
    helper: string,
  ) => (
    <TextField
      {...register(name, { valueAsNumber: true })}
      type="number"
      label={label}
      error={errors[name] !== undefined}
      helperText={errors[name]?.message ?? helper}
      slotProps={{ input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } }}
    />
  );

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <DialogContent dividers>
        <Stack spacing={2.5}>
          <Typography variant="subtitle2" component="h3">
            Mock backend
          </Typography>
          <Controller
            control={control}
            name="jobSpeed"
            render={({ field }) => (
              <TextField
                select
                label="Job speed"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                helperText="How long create, replicate, export and share jobs take from now on."
              >
                {Object.entries(JOB_SPEED_LABELS).map(([value, text]) => (
                  <MenuItem key={value} value={value}>
                    {text}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          {number('latencyMs', 'Added latency', 'ms', 'Added to every answer, to see loading states.')}
          {number('failureRate', 'Failure rate', '%', 'Share of requests answered with a 500 error.')}
          {number('jobFailureRate', 'Job failure rate', '%', 'Share of new jobs that end in failure.')}
          {update.error && <Alert severity="error">Could not save: {update.error.message}</Alert>}
          <Divider />
          <Typography variant="subtitle2" component="h3">
            Demo data
          </Typography>
          <ResetDemoData onDone={onClose} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button type="button" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="contained" disabled={!isDirty} loading={update.isPending}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
