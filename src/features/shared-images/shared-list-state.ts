import type { SharedListParams, SharedSortKey } from '../../api/shared-images';
import {
  LIST_PARAM,
  parseOrderAndPage,
  parseRegion,
  setParam,
  writeOrderAndPage,
  type OrderAndPage,
  type SortDir,
} from '../../components/list/list-params';
import { memberStatusSchema, type MemberStatus, type RegionId } from '../../domain';

/*
 * The page's view lives in the URL, as on Private Images: a reload or a pasted link shows the same
 * tab, filters, sort and page. Unknown values fall back to defaults; defaults are left out of the
 * URL. Paging is by marker, so the URL keeps the trail of markers that led to the current page;
 * any other change starts again from the first page.
 */

export type { SortDir };

export const SORT_FIELDS = ['shared', 'name', 'size'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const DEFAULT_SORT: { sort: SortField; dir: SortDir } = { sort: 'shared', dir: 'desc' };
export const DEFAULT_TAB: MemberStatus = 'pending';

export interface SharedListState extends OrderAndPage<SortField> {
  /** Undefined when the URL names no (valid) region: the session's region applies. */
  region: RegionId | undefined;
  /** The tab: the viewer's answer to the share. */
  tab: MemberStatus;
  /** Part of the name. */
  search: string;
  /** The owner's project id. */
  owner: string | undefined;
}

const PARAM = { ...LIST_PARAM, tab: 'status', search: 'q', owner: 'owner' } as const;

export function parseSharedListState(params: URLSearchParams): SharedListState {
  const tab = memberStatusSchema.safeParse(params.get(PARAM.tab));
  return {
    region: parseRegion(params),
    tab: tab.success ? tab.data : DEFAULT_TAB,
    search: params.get(PARAM.search)?.trim() ?? '',
    owner: params.get(PARAM.owner) || undefined,
    ...parseOrderAndPage(params, SORT_FIELDS, DEFAULT_SORT),
  };
}

/** Writes `state` over `base`: this page's parameters replaced, defaults left out, the rest kept. */
export function serializeSharedListState(
  state: SharedListState,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) params.delete(name);
  const set = (name: string, value: string | undefined) => setParam(params, name, value);
  set(PARAM.region, state.region);
  if (state.tab !== DEFAULT_TAB) set(PARAM.tab, state.tab);
  set(PARAM.search, state.search.trim());
  set(PARAM.owner, state.owner);
  writeOrderAndPage(params, state, DEFAULT_SORT);
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
