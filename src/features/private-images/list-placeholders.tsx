import ImageSearchIcon from '@mui/icons-material/ImageSearch';
import InventoryIcon from '@mui/icons-material/Inventory2Outlined';
import Skeleton from '@mui/material/Skeleton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { EmptyRow } from '../../components/list/state-rows';

/** Placeholder rows in the table's own shape while the first page loads. */
export function SkeletonRows({ columnCount, rows }: { columnCount: number; rows: number }) {
  return Array.from({ length: rows }, (_, row) => (
    <TableRow key={row} aria-hidden>
      {Array.from({ length: columnCount }, (_, cell) => (
        <TableCell key={cell} padding={cell === 0 || cell === columnCount - 1 ? 'checkbox' : 'normal'}>
          <Skeleton
            variant={cell === 0 ? 'rounded' : 'text'}
            width={cell === 0 ? 18 : undefined}
            height={cell === 0 ? 18 : undefined}
          />
        </TableCell>
      ))}
    </TableRow>
  ));
}

interface EmptyStateProps {
  columnCount: number;
  regionName: string;
  filtered: boolean;
  onClearFilters: () => void;
  /** Past the first page (its images were deleted meanwhile). */
  onFirstPage: (() => void) | undefined;
  /** The way out of an empty region: the Create Image button. */
  createAction: ReactNode;
}

export function EmptyState({
  columnCount,
  regionName,
  filtered,
  onClearFilters,
  onFirstPage,
  createAction,
}: EmptyStateProps) {
  const icon = filtered ? ImageSearchIcon : InventoryIcon;
  if (onFirstPage)
    return (
      <EmptyRow
        columnCount={columnCount}
        icon={icon}
        title="This page has no images any more"
        text="Images were deleted since the page was opened."
        action={{ label: 'Go to the first page', onClick: onFirstPage }}
      />
    );
  if (filtered)
    return (
      <EmptyRow
        columnCount={columnCount}
        icon={icon}
        title="No private images match the filters"
        text={`Check the search text, or clear the filters to see every private image in ${regionName}.`}
        action={{ label: 'Clear filters', onClick: onClearFilters }}
      />
    );
  return (
    <EmptyRow
      columnCount={columnCount}
      icon={icon}
      title={`No private images in ${regionName}`}
      text={`Private images you create from a server, a backup or an image file in ${regionName} are listed here. Other regions keep their own images: pick one with the region selector.`}
    >
      {createAction}
    </EmptyRow>
  );
}
