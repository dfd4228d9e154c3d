import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFieldArray } from 'react-hook-form';
import { describeApiError } from '../../api/client';
import { tagWriteFailure, useTagWrite, useTenantTags } from '../../api/tags';
import { DeniableButton, deniedText } from '../../components/denied-reason';
import type { ImageFormProps } from '../../components/form/image-form-dialog';
import { ImageSubject, RuleFormBody } from '../../components/form/rule-form-body';
import { useRuleForm } from '../../components/form/use-rule-form';
import { notify } from '../../components/notifications';
import { can, canAddTag, LIMITS } from '../../domain';
import { tagEditRequests } from '../../domain/wire/tags';
import { TagRow } from './tag-row';
import { defaultsOf, tagsDenials, type TagsFormValues } from './tags-form';

/**
 * The tag editor of one image. Saving closes the dialog at once: the list and the detail already
 * show the new tags (optimistic), and a refusal puts the old ones back and says why in a toast.
 */
export function ManageTagsForm({ image, viewer, ctx, onClose, onDone }: ImageFormProps) {
  const write = useTagWrite({
    onSaved: ({ image: saved }) => notify(`Tags of ${saved.name} saved`, 'success'),
    onFailed: ({ image: failed }, error) => notify(tagWriteFailure(failed, error, describeApiError), 'error'),
  });
  const suggestions = useTenantTags(image.regionId);
  const ruleForm = useRuleForm<TagsFormValues>({
    defaultValues: defaultsOf(image),
    ctx,
    check: (values, latest) => tagsDenials(image, viewer, latest, values),
    submit: (values) => {
      write.mutate({ image, requests: tagEditRequests(image.tags, values.tags) });
      onDone();
    },
  });
  const { form, values, live } = ruleForm;
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'tags' });
  const source = can('tags', image, viewer, ctx);

  // A row's reason shows once something was typed or left there, or after a save attempt: a new
  // empty row is not an error yet (the Save button still says why it waits).
  const { touchedFields, isSubmitted } = form.formState;
  const shown = (index: number, part: 'key' | 'value') => {
    const typed = (values.tags[index]?.[part] ?? '') !== '';
    const touched = touchedFields.tags?.[index]?.[part] === true;
    return typed || touched || isSubmitted ? live.get(`tags.${index}.${part}`)?.reason : undefined;
  };
  const usedKeys = new Set(values.tags.map((t) => t.key));
  const setDenial = live.get('tags');

  return (
    <RuleFormBody
      ruleForm={ruleForm}
      subject={<ImageSubject name={image.name} />}
      aside={
        <Typography variant="body2" aria-live="polite" sx={{ fontWeight: 500, flexShrink: 0 }}>
          Tags: {values.tags.length} / {LIMITS.tagsPerImage}
        </Typography>
      }
      source={source}
      // A refusal of the whole set (11 tags) is the user's edit, so it reads as an error.
      notices={source.allowed && setDenial ? <Alert severity="error">{deniedText(setDenial)}</Alert> : null}
      submitLabel="Save"
      submitDisabled={tagEditRequests(image.tags, values.tags).length === 0 && ruleForm.decision.allowed}
      onCancel={onClose}
    >
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
                control={form.control}
                keyProblem={shown(index, 'key')}
                valueProblem={shown(index, 'value')}
                keyOptions={suggestions.map((s) => s.key).filter((k) => k === key || !usedKeys.has(k))}
                valueOptions={suggestions.find((s) => s.key === key)?.values.filter((v) => v !== '') ?? []}
                disabled={!source.allowed}
                onRemove={() => remove(index)}
              />
            );
          })}
        </Stack>
      )}
      <DeniableButton
        decision={source.allowed ? canAddTag(values.tags) : source}
        size="small"
        startIcon={<AddIcon />}
        onClick={() => append({ key: '', value: '' })}
        sx={{ alignSelf: 'flex-start' }}
      >
        Add tag
      </DeniableButton>
    </RuleFormBody>
  );
}
