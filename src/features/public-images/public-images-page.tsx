import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ApiError } from '../../api/client';
import { publicImageKeys, publicImagesQuery } from '../../api/public-images';
import { ImageListTabs } from '../../components/image-list-tabs';
import { MarkerPagination } from '../../components/list/marker-pagination';
import { EmptyRow, ErrorRow } from '../../components/list/state-rows';
import { PageHeader } from '../../components/page-header';
import { regionName } from '../../domain';
import { usePublicImageActions } from './public-image-actions';
import { PublicFiltersBar } from './public-filters';
import { EMPTY_FILTERS, hasFilters, publicPageParams, type SortField } from './public-list-state';
import { COLUMN_COUNT, PublicImagesTable } from './public-images-table';
import { usePublicListState } from './use-public-list-state';

/** A newly chosen sort column starts in the direction people usually want first. */
const FIRST_DIR = { name: 'asc', disk: 'asc', created: 'desc' } as const;

export function PublicImagesPage() {
  const client = useQueryClient();
  const { view, update } = usePublicListState();
  const { region } = view;
  const params = useMemo(() => publicPageParams(view), [view]);
  const list = useQuery(publicImagesQuery(region, params));
  const publicActions = usePublicImageActions(region);
  const rows = list.data?.rows;

  const filtered = hasFilters(view);
  const page = view.markers.length;
  const toFirstPage = page > 0 ? () => update({ markers: [] }) : undefined;

  let placeholder = null;
  if (list.isError && !rows)
    placeholder = (
      <ErrorRow
        columnCount={COLUMN_COUNT}
        title="The public images could not be loaded"
        message={
          list.error instanceof ApiError && list.error.status === 400 && page > 0
            ? 'This page no longer exists. Go back to the first page.'
            : list.error.message
        }
        onRetry={() => void list.refetch()}
        onFirstPage={toFirstPage}
      />
    );
  else if (rows && rows.length === 0 && !list.isPlaceholderData)
    placeholder = (
      <EmptyRow
        columnCount={COLUMN_COUNT}
        title={filtered ? 'No public images match the filters' : `No public images in ${regionName(region)}`}
        text={
          filtered
            ? 'Check the search text, the OS, the architecture or the boot mode, or clear the filters.'
            : 'This region offers no public images.'
        }
        action={
          filtered
            ? { label: 'Clear filters', onClick: () => update(EMPTY_FILTERS) }
            : toFirstPage
              ? { label: 'Go to the first page', onClick: toFirstPage }
              : undefined
        }
      />
    );

  const onSort = (field: SortField) =>
    update({ sort: field, dir: field === view.sort ? (view.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[field] });

  return (
    <>
      <PageHeader
        title="Public Images"
        subtitle={`The cloud's standard OS images in ${regionName(region)}, free to start ECSs from; nobody can change or delete them.`}
        actions={
          <Button
            size="small"
            variant="outlined"
            startIcon={<RefreshIcon />}
            onClick={() => void client.invalidateQueries({ queryKey: publicImageKeys.all })}
          >
            Refresh
          </Button>
        }
      />
      <ImageListTabs />
      <Paper variant="outlined">
        <Box sx={{ px: 2, py: 2 }}>
          <PublicFiltersBar filters={view} onChange={update} />
        </Box>
        {list.isError && rows && (
          <Alert severity="warning" sx={{ mx: 2, mb: 1 }}>
            The list could not be refreshed ({list.error.message}); it shows what was loaded before.
          </Alert>
        )}
        <PublicImagesTable
          rows={rows}
          placeholder={placeholder}
          refreshing={list.isPlaceholderData}
          skeletonRows={Math.min(view.pageSize, 10)}
          sort={view.sort}
          dir={view.dir}
          onSort={onSort}
          decisionsOf={publicActions.decisionsOf}
          onAction={publicActions.onAction}
        />
        <MarkerPagination
          total={list.data?.total ?? 0}
          pageSize={view.pageSize}
          markers={view.markers}
          nextMarker={list.isPlaceholderData ? undefined : list.data?.nextMarker}
          onMarkers={(markers) => update({ markers })}
          onPageSize={(pageSize) => update({ pageSize })}
        />
      </Paper>
    </>
  );
}
