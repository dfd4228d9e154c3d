import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { imageListQuery, type ImageRow } from '../../api/images';
import { decideActions, IMAGE_ACTIONS } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import type { RegionId, Viewer } from '../../domain';
import { IMAGE_LIST_MAX_LIMIT, type ImageListQueryInput } from '../../domain/wire/image-list';
import type { Column } from './columns';
import { downloadText } from './download';
import { csvFileName, toCsv, type CsvRow } from './csv';
import { rowFacts, type RowLookups } from './row-facts';

/** Every action the rules decide, dialog or not: the file says what is blocked and by which rule. */
const ALL_ACTIONS = IMAGE_ACTIONS.map((a) => a.id);

/** Excel reads a CSV as UTF-8 (names in any script) only with a byte order mark. */
const BOM = '\uFEFF';

interface CsvExportOptions {
  region: RegionId;
  columns: readonly Column[];
  lookups: RowLookups;
  viewer: Viewer | undefined;
  /** The filters and sort of the view, without paging. */
  query: ImageListQueryInput;
}

/** Builds and downloads the CSV of some rows, or of every page matching the filters. */
export function useCsvExport({ region, columns, lookups, viewer, query }: CsvExportOptions) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);

  const save = (rows: readonly ImageRow[]) => {
    if (!viewer) return;
    const csvRows: CsvRow[] = rows.map((row) => ({
      ...rowFacts(row, lookups),
      decisions: decideActions(row.image, viewer, lookups.ctx, ALL_ACTIONS),
    }));
    downloadText(BOM + toCsv(csvRows, columns), csvFileName(region, new Date()), 'text/csv;charset=utf-8');
    notify(`Exported ${rows.length} image${rows.length === 1 ? '' : 's'} to CSV.`, 'success');
  };

  const exportAll = async () => {
    setBusy(true);
    try {
      const rows: ImageRow[] = [];
      let marker: string | undefined;
      do {
        const page = await client.fetchQuery(
          imageListQuery(region, { ...query, limit: IMAGE_LIST_MAX_LIMIT, ...(marker ? { marker } : {}) }),
        );
        rows.push(...page.rows);
        marker = page.nextMarker;
      } while (marker);
      save(rows);
    } catch (error) {
      notify(`The images could not be exported: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  return { busy, exportRows: save, exportAll };
}
