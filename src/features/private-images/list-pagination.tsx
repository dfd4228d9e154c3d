import TablePagination from '@mui/material/TablePagination';
import { PAGE_SIZES, type PageSize } from './list-state';

interface ListPaginationProps {
  total: number;
  page: number;
  pageSize: PageSize;
  /** The API paged further: there is a next page to go to. */
  hasNext: boolean;
  onNext: () => void;
  onPrevious: () => void;
  onPageSize: (size: PageSize) => void;
}

/**
 * Marker paging moves one page at a time, so only Previous and Next are offered. The range reads
 * "21–22 of 22", computed from the page index and size as MUI does.
 */
export function ListPagination({
  total,
  page,
  pageSize,
  hasNext,
  onNext,
  onPrevious,
  onPageSize,
}: ListPaginationProps) {
  return (
    <TablePagination
      component="div"
      count={total}
      page={page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={PAGE_SIZES}
      labelRowsPerPage="Images per page"
      onPageChange={(_event, next) => (next > page ? onNext() : onPrevious())}
      onRowsPerPageChange={(event) => {
        const size = PAGE_SIZES.find((s) => s === Number(event.target.value));
        if (size) onPageSize(size);
      }}
      slotProps={{
        actions: {
          nextButton: { disabled: !hasNext },
          previousButton: { disabled: page === 0 },
        },
      }}
    />
  );
}
