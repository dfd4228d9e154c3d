import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { imageKeys, imageListQuery } from '../../api/images';
import { jobKeys } from '../../api/jobs';
import { batchActions, decideActions, useImageActions, type ImageActionId } from '../../components/image-actions';
import { MarkerPagination } from '../../components/list/marker-pagination';
import { ErrorRow } from '../../components/list/state-rows';
import { ImageListTabs } from '../../components/image-list-tabs';
import { PageHeader } from '../../components/page-header';
import { ALLOWED, canChangeImages, regionName, type Image } from '../../domain';
import { BatchToolbar } from './batch-toolbar';
import { CreateImageButton } from './create-image-button';
import { ColumnChooser } from './column-chooser';
import { useHiddenColumns } from './column-store';
import { visibleColumns } from './columns';
import { ImagesTable } from './images-table';
import { ListFiltersBar } from './list-filters';
import { filterQuery, hasFilters, EMPTY_FILTERS, pageIndex, pageQuery, type SortField } from './list-state';
import { EmptyState } from './list-placeholders';
import { QuotaLine } from './quota-line';
import { rowFacts } from './row-facts';
import { useCsvExport } from './use-csv-export';
import { useListState } from './use-list-state';
import { useRowLookups } from './use-row-lookups';

/** A newly chosen sort column starts in the direction people usually want first. */
const FIRST_DIR = { name: 'asc', created: 'desc', size: 'desc' } as const;

const NO_SELECTION: ReadonlySet<string> = new Set();

export function PrivateImagesPage() {
  const client = useQueryClient();
  const { view, update } = useListState();
  const { region } = view;
  const query = useMemo(() => pageQuery(view), [view]);
  const list = useQuery(imageListQuery(region, query));
  const rows = list.data?.rows;
  const { lookups, viewer, enterpriseProjects, ready } = useRowLookups(region, rows ?? []);
  const hidden = useHiddenColumns(viewer?.userId);
  const columns = useMemo(() => visibleColumns(hidden), [hidden]);
  const actions = useImageActions();
  const csv = useCsvExport({ region, columns, lookups, viewer, query: filterQuery(view) });

  // A selection belongs to the page it was made on; another page, filter or region starts empty.
  const viewKey = JSON.stringify([region, query]);
  const [selection, setSelection] = useState({ key: viewKey, ids: NO_SELECTION });
  const selected = selection.key === viewKey ? selection.ids : NO_SELECTION;
  const setSelected = (ids: Iterable<string>) => setSelection({ key: viewKey, ids: new Set(ids) });
  // Stable, and reading the latest selection, as the memoised rows keep the callback they got.
  const onSelect = useCallback(
    (ids: string[], on: boolean) =>
      setSelection((prev) => {
        const next = new Set(prev.key === viewKey ? prev.ids : NO_SELECTION);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return { key: viewKey, ids: next };
      }),
    [viewKey],
  );
  const { open } = actions;
  const onAction = useCallback((action: ImageActionId, image: Image) => open(action, [image]), [open]);
  const selectedRows = rows?.filter((r) => selected.has(r.image.id)) ?? [];
  const selectedImages = selectedRows.map((r) => r.image);

  const filtered = hasFilters(view);
  const page = pageIndex(view);
  const toFirstPage = page > 0 ? () => update({ markers: [] }) : undefined;
  const columnCount = columns.length + 2;
  const refresh = () => {
    void client.invalidateQueries({ queryKey: imageKeys.all });
    void client.invalidateQueries({ queryKey: jobKeys.all });
  };

  let placeholder = null;
  if (list.isError && !rows)
    placeholder = (
      <ErrorRow
        columnCount={columnCount}
        title="The private images could not be loaded"
        message={
          list.error instanceof ApiError && list.error.status === 400 && page > 0
            ? 'This page no longer exists: the image it started after was deleted. Go back to the first page.'
            : list.error.message
        }
        onRetry={() => void list.refetch()}
        onFirstPage={toFirstPage}
      />
    );
  else if (rows && rows.length === 0 && !list.isPlaceholderData)
    placeholder = (
      <EmptyState
        columnCount={columnCount}
        regionName={regionName(region)}
        filtered={filtered}
        onClearFilters={() => update(EMPTY_FILTERS)}
        onFirstPage={toFirstPage}
        createAction={
          <CreateImageButton region={region} viewer={viewer} ctx={lookups.ctx} ready={ready} variant="outlined" />
        }
      />
    );

  const onSort = (field: SortField) =>
    update({ sort: field, dir: field === view.sort ? (view.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[field] });

  const decide = (image: Image) =>
    viewer && ready ? decideActions(image, viewer, lookups.ctx, actions.available) : undefined;

  return (
    <>
      <PageHeader
        title="Private Images"
        subtitle={<QuotaLine region={region} />}
        actions={
          <Stack direction="row" spacing={1}>
            <CreateImageButton region={region} viewer={viewer} ctx={lookups.ctx} ready={ready} />
            <Button size="small" variant="outlined" startIcon={<RefreshIcon />} onClick={refresh}>
              Refresh
            </Button>
          </Stack>
        }
      />
      <ImageListTabs />
      <Paper variant="outlined">
        <Box sx={{ px: 2, pt: 2 }}>
          <ListFiltersBar filters={view} enterpriseProjects={enterpriseProjects} onChange={update} />
          <BatchToolbar
            selectedCount={selectedImages.length}
            actions={batchActions(actions.available)}
            onAction={(action) => actions.open(action, selectedImages, { onSelectionChange: setSelected })}
            viewerDecision={viewer ? canChangeImages(viewer) : ALLOWED}
            onExportSelected={() => csv.exportRows(selectedRows)}
            onExportAll={() => void csv.exportAll()}
            exporting={csv.busy}
            canExport={viewer !== undefined && ready}
          >
            <ColumnChooser userId={viewer?.userId} hidden={hidden} />
          </BatchToolbar>
        </Box>
        {list.isError && rows && (
          <Alert
            severity="warning"
            sx={{ mx: 2, mb: 1 }}
            action={
              <Button color="inherit" size="small" onClick={() => void list.refetch()}>
                Retry
              </Button>
            }
          >
            The list could not be refreshed ({list.error.message}); it shows what was loaded before.
          </Alert>
        )}
        <ImagesTable
          columns={columns}
          rows={rows?.map((r) => rowFacts(r, lookups))}
          placeholder={placeholder}
          refreshing={list.isPlaceholderData || (list.isFetching && list.isError)}
          skeletonRows={Math.min(view.pageSize, 10)}
          sort={view.sort}
          dir={view.dir}
          onSort={onSort}
          selected={selected}
          onSelect={onSelect}
          decide={decide}
          onAction={onAction}
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
