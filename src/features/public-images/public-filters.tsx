import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { SearchField } from '../../components/list/search-field';
import { NATIVE_SELECT } from '../../components/native-select';
import { architectureSchema, bootModeSchema, platformSchema } from '../../domain';
import { EMPTY_FILTERS, hasFilters, type PublicFilters } from './public-list-state';
import { ARCHITECTURE_LABELS, BOOT_MODE_LABELS, platformLabel } from './public-image-text';

const PLATFORMS = platformSchema.options.filter((p) => p !== 'Other');

interface FilterProps<T extends string> {
  label: string;
  allLabel: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
}

/** One filter: a native select whose first option lifts it. */
function Filter<T extends string>({ label, allLabel, value, options, onChange }: FilterProps<T>) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(options.find((o) => o.value === event.target.value)?.value)}
      slotProps={NATIVE_SELECT}
      sx={{ minWidth: 150 }}
    >
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
}

interface PublicFiltersBarProps {
  filters: PublicFilters;
  onChange: (change: Partial<PublicFilters>, options?: { replace?: boolean }) => void;
}

/** Search and the filters of the public images list, all of them in the URL. */
export function PublicFiltersBar({ filters, onChange }: PublicFiltersBarProps) {
  return (
    <Stack
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      role="search"
      aria-label="Filter public images"
    >
      <SearchField
        label="Search by name, ID or OS type"
        value={filters.search}
        onSearch={(search) => onChange({ search }, { replace: true })}
        minWidth={260}
      />
      <Filter
        label="OS"
        allLabel="All OSs"
        value={filters.platform}
        options={PLATFORMS.map((p) => ({ value: p, label: platformLabel(p) }))}
        onChange={(platform) => onChange({ platform })}
      />
      <Filter
        label="Architecture"
        allLabel="All architectures"
        value={filters.architecture}
        options={architectureSchema.options.map((a) => ({ value: a, label: ARCHITECTURE_LABELS[a] }))}
        onChange={(architecture) => onChange({ architecture })}
      />
      <Filter
        label="Boot mode"
        allLabel="All boot modes"
        value={filters.bootMode}
        options={bootModeSchema.options.map((b) => ({ value: b, label: BOOT_MODE_LABELS[b] }))}
        onChange={(bootMode) => onChange({ bootMode })}
      />
      {hasFilters(filters) && (
        <Button size="small" onClick={() => onChange(EMPTY_FILTERS)}>
          Clear filters
        </Button>
      )}
    </Stack>
  );
}
