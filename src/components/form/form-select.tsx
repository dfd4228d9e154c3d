import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { NATIVE_SELECT } from '../native-select';

interface FormSelectProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  /** The rule's refusal for this field; shown in place of the help, and marks the field invalid. */
  problem: string | undefined;
  help?: ReactNode;
  required?: boolean;
  fullWidth?: boolean;
  /** The `<option>`s. */
  children: ReactNode;
}

/** A native select bound to a react-hook-form field, its refusal in place of its help. */
export function FormSelect<T extends FieldValues>(props: FormSelectProps<T>) {
  const { control, name, label, problem, help, required = false, fullWidth = false, children } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, ...field } }) => (
        <TextField
          {...field}
          inputRef={ref}
          select
          required={required}
          fullWidth={fullWidth}
          label={label}
          size="small"
          slotProps={NATIVE_SELECT}
          error={problem !== undefined}
          helperText={problem ?? help}
        >
          {children}
        </TextField>
      )}
    />
  );
}
