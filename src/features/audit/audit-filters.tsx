import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { AUDIT_OPERATIONS, AUDIT_RESULTS, isFiltered, type AuditView } from './audit-view';

const ALL = '';
/** "All …" is a real choice: show it, with the label above, rather than an empty field. */
const SHOW_ALL = { inputLabel: { shrink: true }, select: { displayEmpty: true } };

interface AuditFiltersProps {
  view: AuditView;
  /** The users of the viewer's account (the log holds only that account's writes). */
  users: readonly string[];
  onChange: (changes: Partial<AuditView>) => void;
}

export function AuditFilters({ view, users, onChange }: AuditFiltersProps) {
  // Any new filter starts the log again from its first page.
  const change = (changes: Partial<AuditView>) => onChange({ ...changes, page: 0 });
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        select
        slotProps={SHOW_ALL}
        label="Operation"
        value={view.operation ?? ALL}
        onChange={(e) => change({ operation: e.target.value || undefined })}
        sx={{ minWidth: 200 }}
      >
        <MenuItem value={ALL}>All operations</MenuItem>
        {AUDIT_OPERATIONS.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        slotProps={SHOW_ALL}
        label="Result"
        value={view.result ?? ALL}
        onChange={(e) => change({ result: AUDIT_RESULTS.find((r) => r.value === e.target.value)?.value })}
        sx={{ minWidth: 150 }}
      >
        <MenuItem value={ALL}>All results</MenuItem>
        {AUDIT_RESULTS.map((r) => (
          <MenuItem key={r.value} value={r.value}>
            {r.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        slotProps={SHOW_ALL}
        label="User"
        value={view.user ?? ALL}
        onChange={(e) => change({ user: e.target.value || undefined })}
        sx={{ minWidth: 150 }}
      >
        <MenuItem value={ALL}>All users</MenuItem>
        {/* A user named in the address but not (yet) listed stays selectable. */}
        {[...new Set([...users, ...(view.user ? [view.user] : [])])].map((u) => (
          <MenuItem key={u} value={u}>
            {u}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label="Image name or ID"
        type="search"
        value={view.image}
        onChange={(e) => change({ image: e.target.value })}
        sx={{ width: 260 }}
      />
      {isFiltered(view) && (
        <Button onClick={() => change({ operation: undefined, result: undefined, user: undefined, image: '' })}>
          Clear filters
        </Button>
      )}
    </Stack>
  );
}
