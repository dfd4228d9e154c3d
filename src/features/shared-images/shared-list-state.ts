import { memberStatusSchema, regionIdSchema, type MemberStatus, type RegionId } from '../../domain';
import type { SharedListParams, SharedSortKey } from '../../api/sharing';

/*
 * The page's view lives in the URL, as on Private Images: a reload or a pasted link shows the same
 * tab, filters, sort and page. Unknown values fall back to defaults; defaults are left out of the
 * URL. Paging is by marker, so the URL keeps the trail of markers that led to the current page;
 * any other change starts again from the first page.
 */

export const PAGE_SIZES = [10, 20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

export const SORT_FIELDS = ['shared', 'name', 'size'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDir = 'asc' | 'desc';
export const DEFAULT_SORT: { sort: SortField; dir: SortDir } = { sort: 'shared', dir: 'desc' };
export const DEFAULT_TAB: MemberStatus = 'pending';

export interface SharedListState {
  /** Undefined when the URL names no (valid) region: the session's region applies. */
  region: RegionId | undefined;
  /** The tab: the viewer's answer to the share. */
  tab: MemberStatus;
  /** Part of the name. */
  search: string;
  /** The owner's project id. */
  owner: string | undefined;
  sort: SortField;
  dir: SortDir;
  pageSize: PageSize;
  markers: string[];
}

const PARAM = {
  region: 'region',
  tab: 'status',
  search: 'q',
  owner: 'owner',
  sort: 'sort',
  dir: 'dir',
  pageSize: 'size',
  markers: 'markers',
} as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

export function parseSharedListState(params: URLSearchParams): SharedListState {
  const region = regionIdSchema.safeParse(params.get(PARAM.region));
  const tab = memberStatusSchema.safeParse(params.get(PARAM.tab));
  const sort = oneOf(SORT_FIELDS, params.get(PARAM.sort));
  const size = Number(params.get(PARAM.pageSize));
  return {
    region: region.success ? region.data : undefined,
    tab: tab.success ? tab.data : DEFAULT_TAB,
    search: params.get(PARAM.search)?.trim() ?? '',
    owner: params.get(PARAM.owner) || undefined,
    sort: sort ?? DEFAULT_SORT.sort,
    dir: sort ? (oneOf(['asc', 'desc'] as const, params.get(PARAM.dir)) ?? 'asc') : DEFAULT_SORT.dir,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
    markers: (params.get(PARAM.markers) ?? '').split(',').filter((m) => m !== ''),
  };
}

/** Writes `state` over `base`: this page's parameters replaced, defaults left out, the rest kept. */
export function serializeSharedListState(
  state: SharedListState,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) params.delete(name);
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') params.set(name, value);
  };
  set(PARAM.region, state.region);
  if (state.tab !== DEFAULT_TAB) set(PARAM.tab, state.tab);
  set(PARAM.search, state.search.trim());
  set(PARAM.owner, state.owner);
  if (state.sort !== DEFAULT_SORT.sort || state.dir !== DEFAULT_SORT.dir) {
    set(PARAM.sort, state.sort);
    set(PARAM.dir, state.dir);
  }
  if (state.pageSize !== DEFAULT_PAGE_SIZE) set(PARAM.pageSize, String(state.pageSize));
  if (state.markers.length > 0) set(PARAM.markers, state.markers.join(','));
  return params;
}

const SORT_KEYS: Record<SortField, SharedSortKey> = { shared: 'shared_at', name: 'name', size: 'size' };

/** The list request of the page the state shows. */
export function sharedPageParams(state: SharedListState): SharedListParams {
  const marker = state.markers.at(-1);
  return {
    memberStatus: state.tab,
    sortKey: SORT_KEYS[state.sort],
    sortDir: state.dir,
    limit: state.pageSize,
    ...(state.search ? { nameLike: state.search } : {}),
    ...(state.owner ? { owner: state.owner } : {}),
    ...(marker ? { marker } : {}),
  };
}

export function hasFilters(state: Pick<SharedListState, 'search' | 'owner'>): boolean {
  return state.search !== '' || state.owner !== undefined;
}
