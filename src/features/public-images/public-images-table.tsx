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
import type { PublicImageRow as Row } from '../../api/public-images';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import type { PublicImage } from '../../domain';
import { PublicImageRow, STICKY_ACTIONS } from './public-image-row';
import type { SortField } from './public-list-state';

const COLUMNS: { label: string; sort?: SortField; align?: 'right' }[] = [
  { label: 'Name', sort: 'name' },
  { label: 'ID' },
  { label: 'OS' },
  { label: 'Architecture' },
  { label: 'Bit' },
  { label: 'Boot mode' },
  { label: 'System disk', sort: 'disk', align: 'right' },
  { label: 'Features' },
  { label: 'Actions', align: 'right' },
];
export const COLUMN_COUNT = COLUMNS.length;

interface PublicImagesTableProps {
  rows: readonly Row[] | undefined;
  placeholder: ReactNode;
  refreshing: boolean;
  skeletonRows: number;
  sort: SortField;
  dir: 'asc' | 'desc';
  onSort: (field: SortField) => void;
  decisionsOf: (image: PublicImage) => readonly ImageActionDecision[];
  onAction: (action: ImageActionId, image: PublicImage) => void;
}

export function PublicImagesTable(props: PublicImagesTableProps) {
  const { rows, placeholder, refreshing, sort, dir, onSort } = props;
  return (
    <Box sx={{ position: 'relative' }}>
      {refreshing && (
        <LinearProgress
          aria-label="Loading public images"
          sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}
        />
      )}
      {/* The table scrolls inside its box on a narrow screen; the page itself never widens. */}
      <TableContainer sx={{ width: 0, minWidth: '100%' }}>
        <Table size="small" aria-label="Public images" aria-busy={rows === undefined || refreshing}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell
                  key={c.label}
                  align={c.align}
                  sortDirection={c.sort === sort ? dir : false}
                  sx={{ whiteSpace: 'nowrap', ...(c.label === 'Actions' ? STICKY_ACTIONS : {}) }}
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
                : rows.map(({ image }) => (
                    <PublicImageRow
                      key={image.id}
                      image={image}
                      decisions={props.decisionsOf(image)}
                      onAction={props.onAction}
                    />
                  )))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
