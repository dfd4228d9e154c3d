import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { projectsQuery } from '../../api/identity';
import { imageKeys, type ImageRow } from '../../api/images';
import { useRuleContext } from '../../api/rule-context';
import { pendingSharesCountQuery, sharedStatusCountQuery } from '../../api/shared-counts';
import { sharedImagesQuery } from '../../api/shared-images';
import { useImageActions } from '../../components/image-actions';
import { MarkerPagination } from '../../components/list/marker-pagination';
import { SearchField } from '../../components/list/search-field';
import { EmptyRow, ErrorRow } from '../../components/list/state-rows';
import { ImageListTabs } from '../../components/image-list-tabs';
import { PageHeader } from '../../components/page-header';
import { regionName, type MemberStatus } from '../../domain';
import { AcceptDialog, type AcceptTarget } from './accept-dialog';
import { PendingBanner } from './pending-banner';
import { sharedImageActions, type RowActions } from './shared-actions';
import { MEMBER_STATUS } from './shared-image-row';
import { hasFilters, sharedPageParams, type SortField } from './shared-list-state';
import { COLUMN_COUNT, SharedImagesTable } from './shared-images-table';
import { useAnswer } from './use-answer';
import { useSharedListState } from './use-shared-list-state';
import { NATIVE_SELECT } from '../../components/native-select';

const TABS: MemberStatus[] = ['pending', 'accepted', 'rejected'];
const FIRST_DIR = { shared: 'desc', name: 'asc', size: 'desc' } as const;

const EMPTY_TEXT: Record<MemberStatus, string> = {
  pending: 'No shared image is waiting for your answer.',
  accepted: 'Images you accept are listed here; you can create servers from them or replicate them.',
  rejected: 'Images you reject are listed here; you can still accept them.',
};

/** "Pending (3)"; the bare status until the count is known. */
export function tabLabel(status: MemberStatus, count: number | undefined): string {
  const label = MEMBER_STATUS[status].label;
  return count === undefined ? label : `${label} (${count})`;
}

export function SharedImagesPage() {
  const client = useQueryClient();
  const { view, update } = useSharedListState();
  const { region } = view;
  const params = useMemo(() => sharedPageParams(view), [view]);
  const list = useQuery(sharedImagesQuery(region, params));
  const rows = list.data?.rows;
  const rules = useRuleContext(region, rows ?? []);
  const { viewer, ready } = rules;
  const projectId = rules.session?.projectIn(region)?.id ?? '';
  const pending = useQuery(pendingSharesCountQuery(region)).data ?? 0;
  const counts = useQueries({
    queries: TABS.map((t) => sharedStatusCountQuery(region, t)),
    combine: (results) => results.map((r) => r.data),
  });
  const directory = useQuery(projectsQuery());
  const actions = useImageActions();
  const [accepting, setAccepting] = useState<AcceptTarget | null>(null);
  const onAnswer = useAnswer(projectId, setAccepting);

  const owners = useMemo(() => {
    const data = directory.data;
    if (!data || !viewer) return [];
    return data.projects
      .filter((p) => p.regionId === region && p.accountId !== viewer.accountId)
      .map((p) => ({ id: p.id, label: `${data.accountNames.get(p.accountId) ?? p.accountId} (${p.id.slice(0, 8)}…)` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [directory.data, viewer, region]);

  const ownerOf = (ownerProjectId: string) => {
    const project = directory.data?.projects.find((p) => p.id === ownerProjectId);
    const account = project ? directory.data?.accountNames.get(project.accountId) : undefined;
    return { account: account ?? 'Unknown account', project: ownerProjectId };
  };

  const actionsOf = (row: ImageRow): RowActions | undefined =>
    viewer && ready ? sharedImageActions(row, viewer, rules.ctx, projectId, actions.available) : undefined;

  const filtered = hasFilters(view);
  const page = view.markers.length;
  let placeholder = null;
  if (list.isError && !rows)
    placeholder = (
      <ErrorRow
        columnCount={COLUMN_COUNT}
        title="The shared images could not be loaded"
        message={list.error.message}
        onRetry={() => void list.refetch()}
      />
    );
  else if (rows && rows.length === 0 && !list.isPlaceholderData)
    placeholder = (
      <EmptyRow
        columnCount={COLUMN_COUNT}
        title={
          filtered
            ? `No ${MEMBER_STATUS[view.tab].label.toLowerCase()} shared images match the filters`
            : `No ${MEMBER_STATUS[view.tab].label.toLowerCase()} shared images in ${regionName(region)}`
        }
        text={filtered ? 'Check the search text or the owner, or clear the filters.' : EMPTY_TEXT[view.tab]}
        action={
          filtered
            ? { label: 'Clear filters', onClick: () => update({ search: '', owner: undefined }) }
            : page > 0
              ? { label: 'Go to the first page', onClick: () => update({ markers: [] }) }
              : undefined
        }
      />
    );

  const onSort = (field: SortField) =>
    update({ sort: field, dir: field === view.sort ? (view.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[field] });

  return (
    <>
      <PageHeader
        title="Images Shared with Me"
        subtitle={`Images other accounts shared with your project in ${regionName(region)}`}
        actions={
          <Button
            size="small"
            variant="outlined"
            startIcon={<RefreshIcon />}
            onClick={() => void client.invalidateQueries({ queryKey: imageKeys.all })}
          >
            Refresh
          </Button>
        }
      />
      <ImageListTabs />
      <PendingBanner
        count={pending}
        onReview={view.tab === 'pending' ? undefined : () => update({ tab: 'pending' })}
        onAcceptAll={() => setAccepting({ kind: 'all', count: pending })}
      />
      <Paper variant="outlined">
        <Tabs
          value={view.tab}
          onChange={(_, tab: MemberStatus) => update({ tab })}
          aria-label="Share status"
          sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map((t, i) => (
            <Tab key={t} value={t} label={tabLabel(t, counts[i])} />
          ))}
        </Tabs>
        <Stack direction="row" spacing={2} useFlexGap sx={{ px: 2, py: 2, flexWrap: 'wrap' }}>
          <SearchField
            label="Search by name"
            value={view.search}
            onSearch={(search) => update({ search }, { replace: true })}
          />
          <TextField
            select
            label="Owner"
            size="small"
            value={view.owner ?? ''}
            onChange={(event) => update({ owner: event.target.value || undefined })}
            slotProps={NATIVE_SELECT}
            sx={{ minWidth: 240 }}
          >
            <option value="">All owners</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </TextField>
        </Stack>
        {list.isError && rows && (
          <Alert severity="warning" sx={{ mx: 2, mb: 1 }}>
            The list could not be refreshed ({list.error.message}); it shows what was loaded before.
          </Alert>
        )}
        <SharedImagesTable
          rows={rows}
          placeholder={placeholder}
          refreshing={list.isPlaceholderData}
          skeletonRows={Math.min(view.pageSize, 10)}
          sort={view.sort}
          dir={view.dir}
          onSort={onSort}
          ownerOf={ownerOf}
          actionsOf={actionsOf}
          onAnswer={onAnswer}
          onAction={(action, image) => actions.open(action, [image])}
        />
        <Box>
          <MarkerPagination
            total={list.data?.total ?? 0}
            pageSize={view.pageSize}
            markers={view.markers}
            nextMarker={list.isPlaceholderData ? undefined : list.data?.nextMarker}
            onMarkers={(markers) => update({ markers })}
            onPageSize={(pageSize) => update({ pageSize })}
          />
        </Box>
      </Paper>
      {accepting && viewer && (
        <AcceptDialog
          target={accepting}
          region={region}
          projectId={projectId}
          viewer={viewer}
          ctx={rules.ctx}
          onClose={() => setAccepting(null)}
        />
      )}
    </>
  );
}
