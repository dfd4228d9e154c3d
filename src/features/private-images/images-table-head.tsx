import Checkbox from '@mui/material/Checkbox';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Box from '@mui/material/Box';
import type { Column } from './columns';
import type { SortDir, SortField } from './list-state';
import { PINNED_END } from '../../components/list/sortable-list-table';

/** Read by screen readers, not shown. */
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

interface ImagesTableHeadProps {
  columns: readonly Column[];
  sort: SortField;
  dir: SortDir;
  onSort: (sort: SortField) => void;
  /** How many rows of the page are selected, out of `rowCount`. */
  selectedCount: number;
  rowCount: number;
  onSelectAll: (selected: boolean) => void;
}

export function ImagesTableHead({
  columns,
  sort,
  dir,
  onSort,
  selectedCount,
  rowCount,
  onSelectAll,
}: ImagesTableHeadProps) {
  return (
    <TableHead>
      <TableRow>
        <TableCell padding="checkbox">
          <Checkbox
            size="small"
            disabled={rowCount === 0}
            checked={rowCount > 0 && selectedCount === rowCount}
            indeterminate={selectedCount > 0 && selectedCount < rowCount}
            onChange={(event) => onSelectAll(event.target.checked)}
            slotProps={{ input: { 'aria-label': 'Select all images on this page' } }}
          />
        </TableCell>
        {columns.map((c) => {
          const field = 'sort' in c ? c.sort : undefined;
          const active = field !== undefined && field === sort;
          return (
            <TableCell
              key={c.id}
              align={'numeric' in c && c.numeric ? 'right' : 'left'}
              sortDirection={active ? dir : false}
              sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}
            >
              {field ? (
                <TableSortLabel active={active} direction={active ? dir : 'asc'} onClick={() => onSort(field)}>
                  {c.label}
                  {active && (
                    <Box component="span" sx={visuallyHidden}>
                      {dir === 'desc' ? ' sorted descending' : ' sorted ascending'}
                    </Box>
                  )}
                </TableSortLabel>
              ) : (
                c.label
              )}
            </TableCell>
          );
        })}
        <TableCell padding="checkbox" sx={PINNED_END}>
          <Box component="span" sx={visuallyHidden}>
            Actions
          </Box>
        </TableCell>
      </TableRow>
    </TableHead>
  );
}
