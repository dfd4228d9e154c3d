import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { Controller, type Control } from 'react-hook-form';
import { SuggestField } from '../../components/suggest-field';
import type { TagsFormValues } from './tags-form';

interface TagRowProps {
  index: number;
  control: Control<TagsFormValues>;
  /** The rules' reasons for this row, already filtered to what should show now. */
  keyProblem: string | undefined;
  valueProblem: string | undefined;
  keyOptions: readonly string[];
  valueOptions: readonly string[];
  disabled: boolean;
  onRemove: () => void;
}

/** One editable tag: key and value with suggestions, each with its reason beside it, and Remove. */
export function TagRow({
  index,
  control,
  keyProblem,
  valueProblem,
  keyOptions,
  valueOptions,
  disabled,
  onRemove,
}: TagRowProps) {
  const n = index + 1;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Controller
        control={control}
        name={`tags.${index}.key`}
        render={({ field }) => (
          <SuggestField
            label={`Key of tag ${n}`}
            hideLabel
            placeholder="Key"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            options={keyOptions}
            error={keyProblem}
            disabled={disabled}
            sx={{ flex: 1 }}
          />
        )}
      />
      <Controller
        control={control}
        name={`tags.${index}.value`}
        render={({ field }) => (
          <SuggestField
            label={`Value of tag ${n}`}
            hideLabel
            placeholder="Value (optional)"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            options={valueOptions}
            error={valueProblem}
            disabled={disabled}
            sx={{ flex: 1 }}
          />
        )}
      />
      <IconButton aria-label={`Remove tag ${n}`} onClick={onRemove} disabled={disabled} size="small" sx={{ mt: 0.5 }}>
        <DeleteOutlineIcon fontSize="small" />
      </IconButton>
    </Stack>
  );
}
