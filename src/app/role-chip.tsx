import Chip from '@mui/material/Chip';
import type { Role } from '../domain';

/** Marks a read-only session where the user looks first (the top bar); full access needs no mark. */
export function RoleChip({ role }: { role: Role }) {
  if (role !== 'read-only') return null;
  return <Chip label="Read-only" sx={{ bgcolor: '#ffe0b2', color: '#4a2c00', fontWeight: 600 }} />;
}
