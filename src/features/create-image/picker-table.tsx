import Box from '@mui/material/Box';
import Radio from '@mui/material/Radio';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export interface PickerColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
  align?: 'right';
  /** Long values (an OS name, a list of disks) wrap so the table fits beside the summary. */
  wrap?: boolean;
}

/** Why a row cannot be chosen (the rule's reason and hint), and a way out when there is one. */
export interface RowRefusal {
  text: string;
  action?: ReactNode;
}

interface PickerTableProps<R> {
  /** The table's accessible name ("ECSs in CN North-Beijing4"). */
  label: string;
  rows: readonly R[] | undefined;
  emptyText: string;
  rowId: (row: R) => string;
  rowName: (row: R) => string;
  refusal: (row: R) => RowRefusal | undefined;
  selected: string;
  onSelect: (row: R) => void;
  columns: readonly PickerColumn<R>[];
  /** The picker's own refusal or requirement, shown under the table and read with each radio. */
  problemId?: string;
}

const STICKY = { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 } as const;

/**
 * A table of sources with one radio per row. A row the rules refuse stays in the table and in the
 * tab order, marked aria-disabled with its reason (and hint) beside its name; it cannot be chosen.
 * The radio and the name stay in view while the other columns scroll inside the table.
 */
export function PickerTable<R>(props: PickerTableProps<R>) {
  const { label, rows, emptyText, rowId, rowName, refusal, selected, onSelect, columns, problemId } = props;
  const group = useId();
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 480 }}>
      <Table aria-label={label} stickyHeader>
        <TableHead>
          <TableRow>
            <TableCell sx={{ ...STICKY, zIndex: 3, minWidth: { xs: 180, sm: 220 } }}>Name</TableCell>
            {columns.map((c) => (
              <TableCell key={c.header} align={c.align}>
                {c.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows === undefined &&
            Array.from({ length: 3 }, (_, i) => (
              <TableRow key={i} aria-hidden>
                <TableCell colSpan={columns.length + 1}>
                  <Skeleton />
                </TableCell>
              </TableRow>
            ))}
          {rows?.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length + 1}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                  {emptyText}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {rows?.map((row) => {
            const id = rowId(row);
            const refused = refusal(row);
            const reasonId = `${group}-${id}-reason`;
            const checked = selected === id;
            const describedBy = [refused ? reasonId : undefined, checked ? problemId : undefined]
              .filter(Boolean)
              .join(' ');
            return (
              <TableRow
                key={id}
                hover={!refused}
                selected={checked}
                onClick={refused ? undefined : () => onSelect(row)}
                sx={{ cursor: refused ? 'not-allowed' : 'pointer' }}
              >
                <TableCell sx={{ ...STICKY, ...(checked ? { bgcolor: '#eaf0f9' } : {}), maxWidth: 300 }}>
                  <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                    <Radio
                      size="small"
                      name={group}
                      checked={checked}
                      onChange={() => {
                        if (!refused) onSelect(row);
                      }}
                      slotProps={{
                        input: {
                          'aria-label': rowName(row),
                          'aria-disabled': refused ? true : undefined,
                          'aria-describedby': describedBy || undefined,
                        },
                      }}
                      sx={{ p: 0.25, ...(refused ? { opacity: 0.5 } : {}) }}
                    />
                    <Box sx={{ minWidth: 0 }}>
                      <Typography
                        variant="body2"
                        sx={{
                          fontWeight: 600,
                          color: refused ? 'text.secondary' : 'text.primary',
                          wordBreak: 'break-word',
                        }}
                      >
                        {rowName(row)}
                      </Typography>
                      {refused && (
                        <>
                          <Typography id={reasonId} variant="caption" color="warning.dark" sx={{ display: 'block' }}>
                            {refused.text}
                          </Typography>
                          {refused.action}
                        </>
                      )}
                    </Box>
                  </Box>
                </TableCell>
                {columns.map((c) => (
                  <TableCell key={c.header} align={c.align} sx={c.wrap ? { minWidth: 120 } : { whiteSpace: 'nowrap' }}>
                    {c.cell(row)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
