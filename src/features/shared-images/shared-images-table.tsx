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
import type { ReactNode } from 'react';
import type { ImageRow } from '../../api/images';
import type { ImageActionId } from '../../components/image-actions';
import type { Image } from '../../domain';
import { SharedImageRow, type Answer, type RowActions } from './shared-image-row';
import type { SortDir, SortField } from './shared-list-state';

const COLUMNS: { label: string; sort?: SortField; align?: 'right' }[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Owner' },
  { label: 'Share status' },
  { label: 'OS' },
  { label: 'Type' },
  { label: 'Size', sort: 'size', align: 'right' },
  { label: 'Shared at', sort: 'shared' },
  { label: 'Actions', align: 'right' },
];
export const COLUMN_COUNT = COLUMNS.length;

interface SharedImagesTableProps {
  rows: readonly ImageRow[] | undefined;
  placeholder: ReactNode;
  refreshing: boolean;
  skeletonRows: number;
  sort: SortField;
  dir: SortDir;
  onSort: (field: SortField) => void;
  ownerOf: (projectId: string) => { account: string; project: string };
  actionsOf: (row: ImageRow) => RowActions | undefined;
  onAnswer: (answer: Answer, image: Image) => void;
  onAction: (action: ImageActionId, image: Image) => void;
}

export function SharedImagesTable(props: SharedImagesTableProps) {
  const { rows, placeholder, refreshing, sort, dir, onSort } = props;
  return (
    <Box sx={{ position: 'relative' }}>
      {refreshing && (
        <LinearProgress
          aria-label="Loading shared images"
          sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}
        />
      )}
      <TableContainer sx={{ width: 0, minWidth: '100%' }}>
        <Table size="small" aria-label="Images shared with me" aria-busy={rows === undefined || refreshing}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell
                  key={c.label}
                  align={c.align}
                  sortDirection={c.sort === sort ? dir : false}
                  sx={{ whiteSpace: 'nowrap' }}
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
                      {COLUMNS.map((c) => (
                        <TableCell key={c.label}>
                          <Skeleton variant="text" />
                        </TableCell>
                      ))}
                    </TableRow>
                  ))
                : rows.map((row) => (
                    <SharedImageRow
                      key={row.image.id}
                      row={row}
                      owner={props.ownerOf(row.image.ownerProjectId)}
                      actions={props.actionsOf(row)}
                      onAnswer={props.onAnswer}
                      onAction={props.onAction}
                    />
                  )))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
