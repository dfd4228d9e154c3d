import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { JobStatus } from '../../domain';
import { JOB_STATUS_LABELS, JOB_STATUSES } from './job-view';

interface StatusFilterProps {
  value: JobStatus | null;
  counts: Record<JobStatus, number>;
  total: number;
  onChange: (status: JobStatus | null) => void;
}

const ALL = 'all';

export function StatusFilter({ value, counts, total, onChange }: StatusFilterProps) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value ?? ALL}
      aria-label="Filter by status"
      onChange={(_, next: string | null) => {
        // Clicking the pressed button again would leave nothing pressed; keep a filter chosen.
        if (next === null) return;
        onChange(next === ALL ? null : (next as JobStatus));
      }}
    >
      <ToggleButton value={ALL}>All ({total})</ToggleButton>
      {JOB_STATUSES.map((status) => (
        <ToggleButton key={status} value={status}>
          {JOB_STATUS_LABELS[status]} ({counts[status]})
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
