import TablePagination from '@mui/material/TablePagination';
import { PAGE_SIZES, type PageSize } from './list-params';

interface MarkerPaginationProps {
  total: number;
  pageSize: PageSize;
  /** The trail of markers that led to this page; its length is the page index. */
  markers: readonly string[];
  /** The marker of the next page; undefined when the API paged no further (or the page is a placeholder). */
  nextMarker: string | undefined;
  onMarkers: (markers: string[]) => void;
  onPageSize: (size: PageSize) => void;
}

/**
 * Marker paging moves one page at a time, so only Previous and Next are offered. The range reads
 * "21–22 of 22", computed from the page index and size as MUI does.
 */
export function MarkerPagination({
  total,
  pageSize,
  markers,
  nextMarker,
  onMarkers,
  onPageSize,
}: MarkerPaginationProps) {
  const page = markers.length;
  return (
    <TablePagination
      component="div"
      count={total}
      page={page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={PAGE_SIZES}
      labelRowsPerPage="Images per page"
      onPageChange={(_event, next) => {
        if (next <= page) onMarkers(markers.slice(0, -1));
        else if (nextMarker) onMarkers([...markers, nextMarker]);
      }}
      onRowsPerPageChange={(event) => {
        const size = PAGE_SIZES.find((s) => s === Number(event.target.value));
        if (size) onPageSize(size);
      }}
      slotProps={{
        actions: {
          nextButton: { disabled: nextMarker === undefined },
          previousButton: { disabled: page === 0 },
        },
      }}
    />
  );
}
