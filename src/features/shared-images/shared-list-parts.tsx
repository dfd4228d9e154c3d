import ClearIcon from '@mui/icons-material/Clear';
import InboxIcon from '@mui/icons-material/MoveToInboxOutlined';
import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { PAGE_SIZES, type PageSize } from './shared-list-state';

const DEBOUNCE_MS = 300;

/** Search by name; the list follows once typing pauses, or at once on Enter. */
export function NameSearch({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== text.trim()) setText(value);
  }
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(() => {
    if (text.trim() === value) return undefined;
    const timer = setTimeout(() => latest.current(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <TextField
      label="Search by name"
      size="small"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && text.trim() !== value) onSearch(text.trim());
      }}
      sx={{ minWidth: 240 }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
          endAdornment:
            text !== '' ? (
              <InputAdornment position="end">
                <IconButton
                  aria-label="Clear search"
                  size="small"
                  edge="end"
                  onClick={() => {
                    setText('');
                    onSearch('');
                  }}
                >
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : null,
        },
      }}
    />
  );
}

interface PaginationProps {
  total: number;
  page: number;
  pageSize: PageSize;
  hasNext: boolean;
  onNext: () => void;
  onPrevious: () => void;
  onPageSize: (size: PageSize) => void;
}

/** Marker paging moves one page at a time: Previous and Next only. */
export function SharedPagination({ total, page, pageSize, hasNext, onNext, onPrevious, onPageSize }: PaginationProps) {
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
        actions: { nextButton: { disabled: !hasNext }, previousButton: { disabled: page === 0 } },
      }}
    />
  );
}

function FullWidthRow({ columnCount, children }: { columnCount: number; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={columnCount} sx={{ py: 6, borderBottom: 0 }}>
        {children}
      </TableCell>
    </TableRow>
  );
}

interface EmptyProps {
  columnCount: number;
  title: string;
  text: string;
  action?: { label: string; onClick: () => void } | undefined;
}

export function EmptyRow({ columnCount, title, text, action }: EmptyProps) {
  return (
    <FullWidthRow columnCount={columnCount}>
      <Stack spacing={1} sx={{ alignItems: 'center', textAlign: 'center' }}>
        <InboxIcon sx={{ fontSize: 40, color: 'text.disabled' }} aria-hidden />
        <Typography variant="subtitle1">{title}</Typography>
        <Typography variant="body2" color="text.secondary">
          {text}
        </Typography>
        {action && (
          <Button variant="outlined" size="small" onClick={action.onClick}>
            {action.label}
          </Button>
        )}
      </Stack>
    </FullWidthRow>
  );
}

export function ErrorRow({
  columnCount,
  message,
  onRetry,
}: {
  columnCount: number;
  message: string;
  onRetry: () => void;
}) {
  return (
    <FullWidthRow columnCount={columnCount}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        <AlertTitle>The shared images could not be loaded</AlertTitle>
        {message}
      </Alert>
    </FullWidthRow>
  );
}
