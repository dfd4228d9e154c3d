import { IMAGE_TYPE_LABELS, type Image } from '../../domain';
import type { SortField } from './list-state';

/** The data columns of the table, in order (selection and actions are not columns one can hide). */
export const COLUMNS = [
  { id: 'name', label: 'Name', sort: 'name', hideable: false },
  { id: 'id', label: 'ID', hideable: true },
  { id: 'status', label: 'Status', hideable: true },
  { id: 'os', label: 'OS', hideable: true },
  { id: 'type', label: 'Image Type', hideable: true },
  { id: 'disk', label: 'Disk capacity (GB)', hideable: true, numeric: true },
  { id: 'size', label: 'Size (GB)', sort: 'size', hideable: true, numeric: true },
  { id: 'encryption', label: 'Encryption', hideable: true },
  { id: 'enterpriseProject', label: 'Enterprise project', hideable: true },
  { id: 'created', label: 'Created', sort: 'created', hideable: true },
  // Off until chosen: tags make rows tall, and most people filter by them rather than read them.
  { id: 'tags', label: 'Tags', hideable: true, defaultHidden: true },
] as const satisfies readonly {
  id: string;
  label: string;
  sort?: SortField;
  hideable: boolean;
  numeric?: boolean;
  defaultHidden?: boolean;
}[];

export type ColumnId = (typeof COLUMNS)[number]['id'];
export type Column = (typeof COLUMNS)[number];

/**
 * Whether a column shows. The user's stored list names the columns they switched away from their
 * default: hidden for most, shown for a column that starts hidden (Tags).
 */
export function isColumnShown(column: Column, toggled: readonly string[]): boolean {
  if (!column.hideable) return true;
  const switched = toggled.includes(column.id);
  return 'defaultHidden' in column && column.defaultHidden ? switched : !switched;
}

export function visibleColumns(toggled: readonly string[]): Column[] {
  return COLUMNS.filter((c) => isColumnShown(c, toggled));
}

/** `env=prod`, or `env` for a tag without a value. */
export function tagText(tag: { key: string; value: string }): string {
  return tag.value === '' ? tag.key : `${tag.key}=${tag.value}`;
}

/**
 * What a row shows beyond the image itself: facts looked up elsewhere (jobs, KMS keys, enterprise
 * projects, members), resolved once per row so the table and the CSV say the same thing.
 */
export interface RowFacts {
  image: Image;
  /** Owned and shared with at least one project. */
  shared: boolean;
  /** "Normal", "Creating", "Abnormal", "Exporting" (the domain's `statusLabel`). */
  status: string;
  /** Progress (0–100) of the job creating this image, while it runs. */
  progress: number | undefined;
  /** KMS key alias, or "Not encrypted". */
  encryption: string;
  enterpriseProject: string;
}

/** The version names the OS ("CentOS 7.9 64bit"); the platform is added only when it does not. */
export function osText(image: Pick<Image, 'platform' | 'osVersion'>): string {
  const words = image.osVersion.toLowerCase().replace(/\s+/g, '');
  return words.includes(image.platform.toLowerCase().replace(/\s+/g, ''))
    ? image.osVersion
    : `${image.platform} ${image.osVersion}`;
}

export function typeText(image: Pick<Image, 'type'>): string {
  return IMAGE_TYPE_LABELS[image.type];
}

export function gbText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
}

/** Same facts, field by field (a page refetch builds new objects for unchanged rows). */
export function sameFacts(a: RowFacts, b: RowFacts): boolean {
  return (
    a.image === b.image &&
    a.shared === b.shared &&
    a.status === b.status &&
    a.progress === b.progress &&
    a.encryption === b.encryption &&
    a.enterpriseProject === b.enterpriseProject
  );
}
