import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { auditQuery } from '../../api/audit';
import { identitiesQuery, projectsQuery } from '../../api/identity';
import { useSession } from '../../api/session-store';
import { useViewer } from '../../api/viewer';
import { PageHeader } from '../../components/page-header';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';
import {
  auditPage,
  isFiltered,
  readAuditView,
  ROWS_PER_PAGE_OPTIONS,
  serverFilter,
  writeAuditView,
  type AuditView,
} from './audit-view';
import { useExistingImages } from './use-existing-images';

/** Announced to screen readers (loading, how many entries) without taking room on screen. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

export function AuditPage() {
  const token = useSession((s) => s.token);
  const session = useViewer();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readAuditView(params), [params]);
  const filter = serverFilter(view);
  const trail = useQuery({
    ...auditQuery(token, filter),
    // A new filter keeps the rows in view until its own answer arrives; another account's never do.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === token ? previous : undefined),
  });
  const identities = useQuery(identitiesQuery());
  const directory = useQuery(projectsQuery());

  const page = useMemo(() => (trail.data ? auditPage(trail.data, view) : undefined), [trail.data, view]);
  const exists = useExistingImages(page?.rows ?? []);
  const accountId = session?.viewer.accountId;
  const users = (identities.data ?? []).filter((i) => i.domain_id === accountId).map((i) => i.user_name);
  const accountName = (id: string) => directory.data?.accountNames.get(id) ?? id;

  const update = (changes: Partial<AuditView>) =>
    setParams(writeAuditView({ ...view, ...changes }), { replace: true, preventScrollReset: true });

  const placeholder = trail.isError ? (
    <Alert
      severity="error"
      action={
        <Button color="inherit" onClick={() => void trail.refetch()}>
          Retry
        </Button>
      }
    >
      Could not load the audit log: {trail.error.message}
    </Alert>
  ) : page && page.total === 0 ? (
    <EmptyLog
      filtered={isFiltered(view)}
      onClear={() => update({ operation: undefined, result: undefined, user: undefined, image: '', page: 0 })}
    />
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Audit log"
        subtitle={
          <Typography variant="body2" color="text.secondary">
            Every write to IMS by {session ? session.accountName : 'your account'}, in every region, newest first: what
            succeeded, what the rules refused and why.
          </Typography>
        }
      />
      <AuditFilters view={view} users={users} onChange={update} />
      <Box role="status" sx={VISUALLY_HIDDEN}>
        {trail.isPending
          ? 'Loading the audit log'
          : page
            ? `${page.total} ${page.total === 1 ? 'entry' : 'entries'}`
            : ''}
      </Box>
      <Paper variant="outlined">
        <TableContainer>
          <AuditTable rows={page?.rows} accountName={accountName} exists={exists} placeholder={placeholder} />
        </TableContainer>
        {page && page.total > 0 && (
          <TablePagination
            component="div"
            count={page.total}
            page={page.page}
            rowsPerPage={view.rowsPerPage}
            rowsPerPageOptions={[...ROWS_PER_PAGE_OPTIONS]}
            onPageChange={(_, next) => update({ page: next })}
            onRowsPerPageChange={(e) => update({ rowsPerPage: Number(e.target.value), page: 0 })}
          />
        )}
      </Paper>
    </>
  );
}

function EmptyLog({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return filtered ? (
    <Box sx={{ textAlign: 'center' }}>
      <Typography sx={{ fontWeight: 600 }}>No entries match these filters</Typography>
      <Button sx={{ mt: 1 }} onClick={onClear}>
        Clear filters
      </Button>
    </Box>
  ) : (
    <Box sx={{ textAlign: 'center' }}>
      <Typography sx={{ fontWeight: 600 }}>No writes recorded yet</Typography>
      <Typography variant="body2" color="text.secondary">
        Renames, shares, replications, exports, tags and deletions appear here as they are made, refused ones too.
      </Typography>
    </Box>
  );
}
