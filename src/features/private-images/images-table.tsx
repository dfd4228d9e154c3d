import LinearProgress from '@mui/material/LinearProgress';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import type { Image } from '../../domain';
import type { Column, RowFacts } from './columns';
import { ImageRow } from './image-row';
import { ImagesTableHead } from './images-table-head';
import { SkeletonRows } from './list-placeholders';
import type { SortDir, SortField } from './list-state';
import { CHECKBOX_CELL_WIDTH, pinnedColumnsSx } from '../../components/list/sortable-list-table';

interface ImagesTableProps {
  columns: readonly Column[];
  rows: readonly RowFacts[] | undefined;
  /** Shown in place of the rows: the empty or error state. */
  placeholder: ReactNode;
  /** A new page or filter is loading while the previous rows stay on screen. */
  refreshing: boolean;
  skeletonRows: number;
  sort: SortField;
  dir: SortDir;
  onSort: (sort: SortField) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  decide: (image: Image) => ImageActionDecision[] | undefined;
  onAction: (action: ImageActionId, image: Image) => void;
}

export function ImagesTable(props: ImagesTableProps) {
  const { columns, rows, placeholder, refreshing, sort, dir, onSort, selected, onSelect, decide, onAction } = props;
  const pageIds = rows?.map((r) => r.image.id) ?? [];
  const selectedCount = pageIds.filter((id) => selected.has(id)).length;
  const columnCount = columns.length + 2;

  return (
    <Box sx={{ position: 'relative' }}>
      {refreshing && (
        <LinearProgress
          aria-label="Loading images"
          sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}
        />
      )}
      {/* Zero intrinsic width, full used width: a wide table scrolls here instead of widening the page. */}
      <TableContainer sx={{ width: 0, minWidth: '100%' }}>
        <Table
          size="small"
          aria-label="Private images"
          aria-busy={rows === undefined || refreshing}
          // Selection (a 48 px checkbox cell) and Name stay in view, as Actions does at the end.
          sx={pinnedColumnsSx([0, CHECKBOX_CELL_WIDTH])}
        >
          <ImagesTableHead
            columns={columns}
            sort={sort}
            dir={dir}
            onSort={onSort}
            selectedCount={selectedCount}
            rowCount={pageIds.length}
            onSelectAll={(all) => onSelect(pageIds, all)}
          />
          <TableBody sx={refreshing ? { opacity: 0.6 } : undefined}>
            {placeholder ??
              (rows === undefined ? (
                <SkeletonRows columnCount={columnCount} rows={props.skeletonRows} />
              ) : (
                rows.map((facts) => (
                  <ImageRow
                    key={facts.image.id}
                    facts={facts}
                    columns={columns}
                    selected={selected.has(facts.image.id)}
                    onSelect={onSelect}
                    decisions={decide(facts.image)}
                    onAction={onAction}
                  />
                ))
              ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
