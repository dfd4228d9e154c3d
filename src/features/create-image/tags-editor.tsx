import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { DeniableButton } from '../../components/denied-reason';
import { canAddTag, LIMITS, type Denial } from '../../domain';
import type { CreateFormValues } from './create-form';
import { FieldProblem } from './form-section';

interface TagsEditorProps {
  form: UseFormReturn<CreateFormValues>;
  /** The live tags.* refusals, by field (`tags.2.key`, `tags`). */
  live: ReadonlyMap<string, Denial>;
}

/** The new image's tags, with the tag editor's rules: key and value characters, unique keys, 10 at most. */
export function TagsEditor({ form, live }: TagsEditorProps) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'tags' });
  const tags = form.watch('tags');
  const { touchedFields, isSubmitted } = form.formState;
  // A new empty row is not an error yet: its reason shows once typed in, left, or submitted.
  const shown = (index: number, part: 'key' | 'value') => {
    const typed = (tags[index]?.[part] ?? '') !== '';
    const touched = touchedFields.tags?.[index]?.[part] === true;
    return typed || touched || isSubmitted ? live.get(`tags.${index}.${part}`)?.reason : undefined;
  };
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        Tags: {tags.length} / {LIMITS.tagsPerImage}
      </Typography>
      {fields.map((row, index) => {
        const n = index + 1;
        return (
          <Stack key={row.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            {(['key', 'value'] as const).map((part) => (
              <Controller
                key={part}
                control={form.control}
                name={`tags.${index}.${part}`}
                render={({ field: { ref, ...field } }) => (
                  <TextField
                    {...field}
                    inputRef={ref}
                    label={`${part === 'key' ? 'Key' : 'Value'} of tag ${n}`}
                    size="small"
                    sx={{ flex: 1, minWidth: 0 }}
                    error={shown(index, part) !== undefined}
                    helperText={shown(index, part)}
                  />
                )}
              />
            ))}
            <IconButton aria-label={`Remove tag ${n}`} onClick={() => remove(index)} sx={{ mt: 0.5 }}>
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Stack>
        );
      })}
      <FieldProblem text={live.get('tags')?.reason} />
      <div>
        <DeniableButton
          decision={canAddTag(tags)}
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => append({ key: '', value: '' })}
        >
          Add tag
        </DeniableButton>
      </div>
    </Stack>
  );
}
