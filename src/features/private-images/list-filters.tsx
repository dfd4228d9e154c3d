import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { memo } from 'react';
import {
  IMAGE_STATUS_LABELS,
  IMAGE_TYPE_LABELS,
  imageTypeSchema,
  platformSchema,
  type EnterpriseProject,
} from '../../domain';
import { SearchField } from '../../components/list/search-field';
import { FilterSelect, type FilterOption } from './filter-select';
import {
  EMPTY_FILTERS,
  hasFilters,
  STATUS_FILTERS,
  type EncryptionFilter,
  type ListFilters,
  type StatusFilter,
} from './list-state';
import { TagFilters } from './tag-filters';

const TYPE_OPTIONS = imageTypeSchema.options.map((t) => ({ value: t, label: IMAGE_TYPE_LABELS[t] }));
const PLATFORM_OPTIONS = platformSchema.options.map((p) => ({ value: p, label: p }));
const STATUS_OPTIONS: FilterOption<StatusFilter>[] = STATUS_FILTERS.map((s) => ({
  value: s,
  // Queued and saving both read "Creating"; the filter tells them apart.
  label: s === 'queued' ? `${IMAGE_STATUS_LABELS[s]} (queued)` : IMAGE_STATUS_LABELS[s],
}));
const ENCRYPTION_OPTIONS: FilterOption<EncryptionFilter>[] = [
  { value: 'encrypted', label: 'Encrypted' },
  { value: 'unencrypted', label: 'Not encrypted' },
];

interface ListFiltersProps {
  filters: ListFilters;
  enterpriseProjects: readonly Pick<EnterpriseProject, 'id' | 'name'>[];
  onChange: (change: Partial<ListFilters>, options?: { replace?: boolean }) => void;
}

/** Search and the filters, all of them in the URL (memoised: the page re-renders as jobs progress). */
export const ListFiltersBar = memo(function ListFiltersBar({
  filters,
  enterpriseProjects,
  onChange,
}: ListFiltersProps) {
  const epOptions = enterpriseProjects.map((ep) => ({ value: ep.id, label: ep.name }));
  // A filter from a pasted link may name a project this viewer does not have: keep it selectable.
  if (filters.enterpriseProject && !epOptions.some((o) => o.value === filters.enterpriseProject))
    epOptions.push({ value: filters.enterpriseProject, label: filters.enterpriseProject });

  return (
    <Stack
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      role="search"
      aria-label="Filter private images"
    >
      <SearchField
        label="Search by name or ID"
        minWidth={260}
        value={filters.search}
        onSearch={(search) => onChange({ search }, { replace: true })}
      />
      <FilterSelect
        label="Image type"
        value={filters.type}
        options={TYPE_OPTIONS}
        onChange={(type) => onChange({ type })}
      />
      <FilterSelect
        label="OS"
        value={filters.platform}
        options={PLATFORM_OPTIONS}
        onChange={(platform) => onChange({ platform })}
        minWidth={130}
      />
      <FilterSelect
        label="Status"
        value={filters.status}
        options={STATUS_OPTIONS}
        onChange={(status) => onChange({ status })}
        minWidth={130}
      />
      <FilterSelect
        label="Encryption"
        value={filters.encryption}
        options={ENCRYPTION_OPTIONS}
        onChange={(encryption) => onChange({ encryption })}
        minWidth={140}
      />
      <FilterSelect
        label="Enterprise project"
        value={filters.enterpriseProject}
        options={epOptions}
        onChange={(enterpriseProject) => onChange({ enterpriseProject })}
        minWidth={170}
      />
      <TagFilters tags={filters.tags} onChange={(tags) => onChange({ tags })} />
      {hasFilters(filters) && (
        <Button size="small" startIcon={<FilterAltOffIcon />} onClick={() => onChange(EMPTY_FILTERS)}>
          Clear filters
        </Button>
      )}
    </Stack>
  );
});
