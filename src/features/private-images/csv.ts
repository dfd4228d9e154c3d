import { unparse } from 'papaparse';
import type { ImageActionDecision } from '../../components/image-actions';
import type { RegionId } from '../../domain';
import { gbText, osText, tagText, typeText, type Column, type ColumnId, type RowFacts } from './columns';

export const BLOCKED_ACTIONS_HEADER = 'Blocked actions';

export interface CsvRow extends RowFacts {
  /** Every action's decision; the denied ones fill the "Blocked actions" column. */
  decisions: readonly ImageActionDecision[];
}

/** "Replicate: replicate.in-region.size; Export: export.whole-image": each denied action and its rule id. */
export function blockedActionsText(decisions: readonly ImageActionDecision[]): string {
  return decisions
    .flatMap(({ label, decision }) => (decision.allowed ? [] : [`${label}: ${decision.rule}`]))
    .join('; ');
}

/** Headers and values of one column; the name column also says whether the image is shared out. */
const CELLS: Record<ColumnId, { headers: string[]; values: (row: CsvRow) => string[] }> = {
  name: { headers: ['Name', 'Shared'], values: (r) => [r.image.name, r.shared ? 'Yes' : 'No'] },
  id: { headers: ['ID'], values: (r) => [r.image.id] },
  status: {
    headers: ['Status'],
    values: (r) => [r.progress === undefined ? r.status : `${r.status} (${Math.round(r.progress)}%)`],
  },
  os: { headers: ['OS'], values: (r) => [osText(r.image)] },
  type: { headers: ['Image Type'], values: (r) => [typeText(r.image)] },
  disk: { headers: ['Disk capacity (GB)'], values: (r) => [gbText(r.image.minDiskGb)] },
  size: { headers: ['Size (GB)'], values: (r) => [gbText(r.image.sizeGb)] },
  encryption: { headers: ['Encryption'], values: (r) => [r.encryption] },
  enterpriseProject: { headers: ['Enterprise project'], values: (r) => [r.enterpriseProject] },
  // ISO 8601 (UTC) in a file: a spreadsheet reads it whatever the exporter's locale.
  created: { headers: ['Created'], values: (r) => [r.image.createdAt] },
  tags: { headers: ['Tags'], values: (r) => [r.image.tags.map(tagText).join('; ')] },
};

/** The header row and one row per image: the given columns, then "Blocked actions". */
export function csvTable(rows: readonly CsvRow[], columns: readonly Pick<Column, 'id'>[]): string[][] {
  const cells = columns.map((c) => CELLS[c.id]);
  return [
    [...cells.flatMap((c) => c.headers), BLOCKED_ACTIONS_HEADER],
    ...rows.map((row) => [...cells.flatMap((c) => c.values(row)), blockedActionsText(row.decisions)]),
  ];
}

/**
 * The CSV text. `escapeFormulae` prefixes a cell starting with = + - @ (or a tab or carriage
 * return) with a quote, so a spreadsheet shows an image named `=cmd|...` instead of running it.
 */
export function toCsv(rows: readonly CsvRow[], columns: readonly Pick<Column, 'id'>[]): string {
  return unparse(csvTable(rows, columns), { escapeFormulae: true, newline: '\r\n' });
}

export function csvFileName(region: RegionId, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `private-images-${region}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
