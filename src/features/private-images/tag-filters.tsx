import AddIcon from '@mui/icons-material/Add';
import LocalOfferOutlinedIcon from '@mui/icons-material/LocalOfferOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent } from 'react';
import { useSession } from '../../api/session-store';
import { useTenantTags } from '../../api/tags';
import { SuggestField } from '../../components/suggest-field';
import { parseTagFilter } from '../../domain/wire/image-list';

/** `env = prod`, or `env` (any value). */
export function tagFilterLabel(filter: string): string {
  const { key, value } = parseTagFilter(filter);
  return value === undefined ? key : `${key} = ${value}`;
}

interface TagFiltersProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** The tag filters as removable chips, and "Add tag filter" (a key, optionally a value). */
export function TagFilters({ tags, onChange }: TagFiltersProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      {tags.map((tag) => (
        <Chip
          key={tag}
          size="small"
          icon={<LocalOfferOutlinedIcon />}
          label={tagFilterLabel(tag)}
          aria-label={`Remove tag filter ${tagFilterLabel(tag)}`}
          onClick={() => onChange(tags.filter((t) => t !== tag))}
          onDelete={() => onChange(tags.filter((t) => t !== tag))}
        />
      ))}
      <Button
        size="small"
        startIcon={<AddIcon />}
        aria-haspopup="dialog"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Add tag filter
      </Button>
      {anchor && (
        <AddTagFilter
          anchor={anchor}
          onClose={() => setAnchor(null)}
          onAdd={(tag) => {
            setAnchor(null);
            if (!tags.includes(tag)) onChange([...tags, tag]);
          }}
        />
      )}
    </>
  );
}

function AddTagFilter({
  anchor,
  onClose,
  onAdd,
}: {
  anchor: HTMLElement;
  onClose: () => void;
  onAdd: (tag: string) => void;
}) {
  const titleId = useId();
  const region = useSession((s) => s.regionId);
  const suggestions = useTenantTags(region);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const trimmedKey = key.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmedKey === '') return;
    onAdd(value.trim() === '' ? trimmedKey : `${trimmedKey}=${value.trim()}`);
  };

  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId } }}
    >
      <Stack component="form" spacing={1.5} sx={{ p: 2, width: 320 }} onSubmit={submit} noValidate>
        <Typography id={titleId} variant="subtitle2" component="h2">
          Add tag filter
        </Typography>
        <SuggestField label="Tag key" value={key} onChange={setKey} options={suggestions.map((s) => s.key)} />
        <SuggestField
          label="Tag value"
          value={value}
          onChange={setValue}
          options={suggestions.find((s) => s.key === trimmedKey)?.values.filter((v) => v !== '') ?? []}
          helperText="Empty: any value"
        />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button size="small" onClick={onClose}>
            Cancel
          </Button>
          <Button size="small" variant="contained" type="submit" disabled={trimmedKey === ''}>
            Apply
          </Button>
        </Stack>
      </Stack>
    </Popover>
  );
}
