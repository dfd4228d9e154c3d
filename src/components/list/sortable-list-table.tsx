import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { alpha, type CSSObject, type SxProps, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

export interface ListColumn<S extends string> {
  label: string;
  sort?: S;
  align?: 'right';
  /** Pinned to the row's end (the Actions column), in the header as the rows pin theirs. */
  pinnedEnd?: boolean;
}

/** A cell that stays in view at the row's end however far the table scrolls sideways. */
export const PINNED_END = {
  position: 'sticky',
  right: 0,
  // Above the scrolling cells' own positioned content (visually hidden texts, chips).
  zIndex: 1,
  bgcolor: 'background.paper',
  // A hairline tells the pinned column from the cells scrolling under it.
  boxShadow: (theme: Theme) => `inset 1px 0 0 ${theme.palette.divider}`,
} as const;

/** MUI's `padding="checkbox"` cell: the selection column's width. */
export const CHECKBOX_CELL_WIDTH = 48;

/** The Name column's width on a phone, where it wraps: the pinned columns leave room to scroll. */
const PHONE_NAME_WIDTH = 120;

/**
 * A list table's leading columns (selection, Name) pinned at the row's start, as `PINNED_END`
 * pins Actions at its end: `offsets` are their left edges (`[0]`: Name alone; `[0, 48]`: a
 * checkbox cell, then Name). The last is the Name column, which wraps on a phone. Pinned cells
 * are opaque, so they paint the row's hover and selection tint over their background.
 */
export function pinnedColumnsSx(offsets: readonly number[]): SxProps<Theme> {
  return (theme) => {
    const rules: Record<string, CSSObject> = {};
    offsets.forEach((left, i) => {
      const isName = i === offsets.length - 1;
      rules[`& tr > :nth-of-type(${i + 1})`] = {
        position: 'sticky',
        left,
        zIndex: 1,
        backgroundColor: theme.palette.background.paper,
        ...(isName && {
          boxShadow: `inset -1px 0 0 ${theme.palette.divider}`,
          [theme.breakpoints.down('sm')]: {
            width: PHONE_NAME_WIDTH,
            minWidth: PHONE_NAME_WIDTH,
            whiteSpace: 'normal',
            overflowWrap: 'anywhere',
            '& a': { whiteSpace: 'normal' },
          },
        }),
      };
    });
    const pinned = `:is(:nth-of-type(-n+${offsets.length}), :last-of-type)`;
    const tint = (colour: string) => ({ backgroundImage: `linear-gradient(${colour}, ${colour})` });
    const { primary, action } = theme.palette;
    rules[`& tr.MuiTableRow-hover:hover > ${pinned}`] = tint(action.hover);
    rules[`& tr.Mui-selected > ${pinned}`] = tint(alpha(primary.main, action.selectedOpacity));
    rules[`& tr.Mui-selected.MuiTableRow-hover:hover > ${pinned}`] = tint(
      alpha(primary.main, action.selectedOpacity + action.hoverOpacity),
    );
    return rules;
  };
}

interface SortableListTableProps<S extends string, R> {
  /** The table's accessible name ("Public images"). */
  label: string;
  /** The refresh bar's accessible name ("Loading public images"). */
  loadingLabel: string;
  columns: readonly ListColumn<S>[];
  rows: readonly R[] | undefined;
  /** Shown instead of the rows (empty, error, no match), when there is one. */
  placeholder: ReactNode;
  refreshing: boolean;
  skeletonRows: number;
  sort: S;
  dir: 'asc' | 'desc';
  onSort: (field: S) => void;
  renderRow: (row: R) => ReactNode;
}

/**
 * A server-paged list's table: sortable headers, skeleton rows while the first page loads, a
 * refresh bar over stale rows, and a scroll inside its box so the page itself never widens. The
 * first column (Name) and the last (Actions) stay in view while the others scroll.
 */
export function SortableListTable<S extends string, R>(props: SortableListTableProps<S, R>) {
  const { columns, rows, placeholder, refreshing, sort, dir, onSort } = props;
  return (
    <Box sx={{ position: 'relative' }}>
      {refreshing && (
        <LinearProgress
          aria-label={props.loadingLabel}
          sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}
        />
      )}
      <TableContainer sx={{ width: 0, minWidth: '100%' }}>
        <Table
          size="small"
          aria-label={props.label}
          aria-busy={rows === undefined || refreshing}
          sx={pinnedColumnsSx([0])}
        >
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell
                  key={c.label}
                  align={c.align}
                  sortDirection={c.sort === sort ? dir : false}
                  sx={{ whiteSpace: 'nowrap', ...(c.pinnedEnd ? PINNED_END : {}) }}
                >
                  {c.sort ? (
                    <TableSortLabel
                      active={c.sort === sort}
                      direction={c.sort === sort ? dir : 'asc'}
                      onClick={() => c.sort && onSort(c.sort)}
                    >
                      {c.label}
                    </TableSortLabel>
                  ) : (
                    c.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody sx={refreshing ? { opacity: 0.6 } : undefined}>
            {placeholder ??
              (rows === undefined
                ? Array.from({ length: props.skeletonRows }, (_, i) => (
                    <TableRow key={i} aria-hidden>
                      {columns.map((c) => (
                        <TableCell key={c.label}>
                          <Skeleton variant="text" />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))
                : rows.map((row) => props.renderRow(row)))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
