import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';

interface SuggestFieldProps {
  /** The field's name: its visible label, or only its accessible name with `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Suggestions; anything else may be typed too. */
  options: readonly string[];
  /** A problem with the value: shown under the field and read as its description. */
  error?: string | undefined;
  helperText?: string | undefined;
  placeholder?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  fullWidth?: boolean;
  sx?: object;
}

/** A free-text field with suggestions (MUI Autocomplete, freeSolo): the typed text is the value. */
export function SuggestField({
  label,
  hideLabel = false,
  value,
  onChange,
  onBlur,
  options,
  error,
  helperText,
  placeholder,
  disabled,
  inputRef,
  fullWidth = true,
  sx,
}: SuggestFieldProps) {
  return (
    <Autocomplete
      freeSolo
      autoHighlight={false}
      options={options}
      value={value}
      inputValue={value}
      onInputChange={(_, text, reason) => {
        // A reset echoes the value just chosen; typing and choosing both change it.
        if (reason !== 'reset') onChange(text);
      }}
      onChange={(_, chosen) => onChange(chosen ?? '')}
      disabled={disabled ?? false}
      fullWidth={fullWidth}
      size="small"
      sx={sx ?? {}}
      renderInput={(params) => (
        <TextField
          {...params}
          {...(hideLabel ? {} : { label })}
          placeholder={placeholder}
          inputRef={inputRef}
          onBlur={onBlur}
          error={error !== undefined}
          helperText={error ?? helperText}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, ...(hideLabel ? { 'aria-label': label } : {}) },
          }}
        />
      )}
    />
  );
}
