import type { AuditEntry, AuditFilter, TraceResult } from '../../api/audit';

/** The writes the mock audits (each handler's `operation`), named as the console's menus name them. */
export const AUDIT_OPERATIONS = [
  { value: 'create', label: 'Create image' },
  { value: 'update', label: 'Modify' },
  { value: 'replicate', label: 'Replicate' },
  { value: 'export', label: 'Export' },
  { value: 'share', label: 'Share' },
  { value: 'stop-sharing', label: 'Stop sharing' },
  { value: 'answer-share', label: 'Accept or reject share' },
  { value: 'tags', label: 'Manage tags' },
  { value: 'delete', label: 'Delete' },
  { value: 'publish', label: 'Publish' },
  { value: 'launch', label: 'Create ECS or disk' },
] as const;

export const AUDIT_RESULTS: readonly { value: TraceResult; label: string }[] = [
  { value: 'success', label: 'Success' },
  { value: 'refused', label: 'Refused' },
  { value: 'failed', label: 'Failed' },
];

export const ROWS_PER_PAGE_OPTIONS = [25, 50, 100] as const;
const DEFAULT_ROWS_PER_PAGE = 25;

export function operationLabel(operation: string): string {
  return AUDIT_OPERATIONS.find((o) => o.value === operation)?.label ?? operation;
}

export function resultLabel(result: TraceResult): string {
  return AUDIT_RESULTS.find((r) => r.value === result)?.label ?? result;
}

/** The log's view, all of it in the address so a link reproduces it. */
export interface AuditView {
  operation: string | undefined;
  result: TraceResult | undefined;
  user: string | undefined;
  /** Part of an image name or ID. */
  image: string;
  /** Zero-based. */
  page: number;
  rowsPerPage: number;
}

export function readAuditView(params: URLSearchParams): AuditView {
  const operation = params.get('operation') ?? undefined;
  const result = params.get('result') ?? undefined;
  const rows = Number(params.get('rows'));
  const page = Number(params.get('page'));
  return {
    operation: AUDIT_OPERATIONS.some((o) => o.value === operation) ? operation : undefined,
    result: AUDIT_RESULTS.find((r) => r.value === result)?.value,
    user: params.get('user') || undefined,
    image: params.get('image') ?? '',
    // The address counts pages from 1, as people do.
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    rowsPerPage: (ROWS_PER_PAGE_OPTIONS as readonly number[]).includes(rows) ? rows : DEFAULT_ROWS_PER_PAGE,
  };
}

/** The address of a view; defaults are left out so the plain log has a plain address. */
export function writeAuditView(view: AuditView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.operation) params.set('operation', view.operation);
  if (view.result) params.set('result', view.result);
  if (view.user) params.set('user', view.user);
  if (view.image) params.set('image', view.image);
  if (view.page > 0) params.set('page', String(view.page + 1));
  if (view.rowsPerPage !== DEFAULT_ROWS_PER_PAGE) params.set('rows', String(view.rowsPerPage));
  return params;
}

export function isFiltered(view: AuditView): boolean {
  return view.operation !== undefined || view.result !== undefined || view.user !== undefined || view.image !== '';
}

/** What the endpoint filters itself; the image text (names too) is matched here. */
export function serverFilter(view: AuditView): AuditFilter {
  return {
    ...(view.operation ? { operation: view.operation } : {}),
    ...(view.result ? { result: view.result } : {}),
    ...(view.user ? { user: view.user } : {}),
  };
}

export function matchesImage(entry: AuditEntry, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (needle === '') return true;
  return [entry.imageName, entry.imageId].some((v) => v?.toLowerCase().includes(needle) ?? false);
}

export interface AuditPage {
  rows: AuditEntry[];
  total: number;
  /** The page shown, moved back when filtering left fewer pages than the address asked for. */
  page: number;
}

export function auditPage(entries: readonly AuditEntry[], view: AuditView): AuditPage {
  const matching = entries.filter((e) => matchesImage(e, view.image));
  const lastPage = Math.max(0, Math.ceil(matching.length / view.rowsPerPage) - 1);
  const page = Math.min(view.page, lastPage);
  return {
    rows: matching.slice(page * view.rowsPerPage, (page + 1) * view.rowsPerPage),
    total: matching.length,
    page,
  };
}
