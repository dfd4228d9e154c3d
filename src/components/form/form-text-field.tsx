import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type PassedProps = Pick<
  TextFieldProps,
  'required' | 'fullWidth' | 'multiline' | 'minRows' | 'maxRows' | 'placeholder' | 'disabled' | 'slotProps' | 'type'
>;

interface FormTextFieldProps<T extends FieldValues> extends PassedProps {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  /** The rule's refusal for this field; shown in place of the help, and marks the field invalid. */
  problem: string | undefined;
  help?: ReactNode;
}

/** A text field bound to a react-hook-form field, its refusal in place of its help. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  label,
  problem,
  help,
  ...rest
}: FormTextFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, ...field } }) => (
        <TextField
          {...rest}
          {...field}
          inputRef={ref}
          label={label}
          size="small"
          error={problem !== undefined}
          helperText={problem ?? help}
        />
      )}
    />
  );
}
