import AddIcon from '@mui/icons-material/Add';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTagWrite, useTenantTags } from '../../api/tags';
import { DeniableButton, deniedText } from '../../components/denied-reason';
import type { ImageFormProps } from '../../components/form/image-form-dialog';
import { SubmitActions } from '../../components/form/submit-actions';
import { notify } from '../../components/notifications';
import { can, canAddTag, LIMITS } from '../../domain';
import { tagEditRequests } from '../../domain/wire/tags';
import { TagRow } from './tag-row';
import { defaultsOf, denialsByPath, failureText, tagsDenials, tagsFormSchema, type TagsFormValues } from './tags-form';

/**
 * The tag editor of one image. Saving closes the dialog at once: the list and the detail already
 * show the new tags (optimistic), and a refusal puts the old ones back and says why in a toast.
 */
export function ManageTagsForm({ image, viewer, ctx, onClose, onDone }: ImageFormProps) {
  const formId = useId();
  const write = useTagWrite({
    onSaved: ({ image: saved }) => notify(`Tags of ${saved.name} saved`, 'success'),
    onFailed: ({ image: failed }, error) =>
      notify(`Tags of ${failed.name} were not saved and are back as they were: ${failureText(error)}`, 'error'),
  });
  const suggestions = useTenantTags(image.regionId);
  const { control, handleSubmit, formState } = useForm<TagsFormValues>({
    resolver: zodResolver(tagsFormSchema(image, viewer, ctx)),
    defaultValues: defaultsOf(image),
    mode: 'onChange',
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'tags' });
  const values = { tags: (useWatch({ control, name: 'tags' }) as TagsFormValues['tags'] | undefined) ?? [] };
  const requests = tagEditRequests(image.tags, values.tags);
  const access = can('tags', image, viewer, ctx);
  const decision = can('tags', image, viewer, ctx, values);
  const live = denialsByPath(tagsDenials(image, viewer, ctx, values));
  const addDecision = canAddTag(values.tags);

  // A row's reason shows once something was typed or left there, or after a save attempt: a new
  // empty row is not an error yet (the Save button still says why it waits).
  const shown = (index: number, part: 'key' | 'value') => {
    const typed = (values.tags[index]?.[part] ?? '') !== '';
    const touched = formState.touchedFields.tags?.[index]?.[part] === true;
    return typed || touched || formState.isSubmitted ? live.get(`tags.${index}.${part}`)?.reason : undefined;
  };
  const usedKeys = new Set(values.tags.map((t) => t.key));

  const submit = handleSubmit((submitted) => {
    write.mutate({ image, requests: tagEditRequests(image.tags, submitted.tags) });
    onDone();
  });

  return (
    <>
      <DialogContent>
        <Stack component="form" id={formId} spacing={1.5} noValidate onSubmit={(e) => void submit(e)} sx={{ pt: 1 }}>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
            <Typography variant="body2" color="text.secondary">
              Image <strong>{image.name}</strong>
            </Typography>
            <Typography variant="body2" aria-live="polite" sx={{ fontWeight: 500 }}>
              Tags: {values.tags.length} / {LIMITS.tagsPerImage}
            </Typography>
          </Stack>
          {!access.allowed && <Alert severity="warning">{deniedText(access)}</Alert>}
          {access.allowed && live.get('tags.root') && (
            <Alert severity="error">{deniedText(live.get('tags.root') ?? access)}</Alert>
          )}
          {fields.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              No tags. Add one to label the image by environment, owner or cost centre.
            </Typography>
          ) : (
            <Stack spacing={1} role="group" aria-label="Tags">
              <Stack direction="row" spacing={1} aria-hidden="true" sx={{ pr: 5 }}>
                <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }}>
                  Key (1–{LIMITS.tagKeyMaxLength})
                </Typography>
                <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }}>
                  Value (0–{LIMITS.tagValueMaxLength})
                </Typography>
              </Stack>
              {fields.map((field, index) => {
                const key = values.tags[index]?.key ?? '';
                return (
                  <TagRow
                    key={field.id}
                    index={index}
                    control={control}
                    keyProblem={shown(index, 'key')}
                    valueProblem={shown(index, 'value')}
                    keyOptions={suggestions.map((s) => s.key).filter((k) => k === key || !usedKeys.has(k))}
                    valueOptions={suggestions.find((s) => s.key === key)?.values.filter((v) => v !== '') ?? []}
                    disabled={!access.allowed}
                    onRemove={() => remove(index)}
                  />
                );
              })}
            </Stack>
          )}
          <DeniableButton
            decision={access.allowed ? addDecision : access}
            size="small"
            startIcon={<AddIcon />}
            onClick={() => append({ key: '', value: '' })}
            sx={{ alignSelf: 'flex-start' }}
          >
            Add tag
          </DeniableButton>
        </Stack>
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        formId={formId}
        decision={decision}
        disabled={requests.length === 0 && decision.allowed}
      >
        Save
      </SubmitActions>
    </>
  );
}
