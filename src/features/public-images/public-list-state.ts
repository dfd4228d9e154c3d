import type { PublicListParams, PublicSortKey } from '../../api/public-images';
import {
  LIST_PARAM,
  oneOf,
  parseOrderAndPage,
  parseRegion,
  setParam,
  writeOrderAndPage,
  type OrderAndPage,
} from '../../components/list/list-params';
import {
  architectureSchema,
  bootModeSchema,
  platformSchema,
  type Architecture,
  type BootMode,
  type Platform,
  type RegionId,
} from '../../domain';
import { IMAGE_SEARCH_MAX } from '../../domain/wire/image-list';

/*
 * The page's view lives in the URL, as on the other lists: a reload, a pasted link or the back
 * button shows the same search, filters, sort and page. Unknown values fall back to defaults;
 * defaults are left out of the URL; any change but the page starts again from the first page.
 */

export const SORT_FIELDS = ['name', 'disk', 'created'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
/** The catalogue reads best by name, as the IMS console lists it. */
export const DEFAULT_SORT: { sort: SortField; dir: 'asc' | 'desc' } = { sort: 'name', dir: 'asc' };

export interface PublicFilters {
  /** Part of the name, the ID or the OS, or the OS type. */
  search: string;
  platform: Platform | undefined;
  architecture: Architecture | undefined;
  bootMode: BootMode | undefined;
}

export interface PublicListState extends PublicFilters, OrderAndPage<SortField> {
  region: RegionId | undefined;
}

export const EMPTY_FILTERS: PublicFilters = {
  search: '',
  platform: undefined,
  architecture: undefined,
  bootMode: undefined,
};

const PARAM = { ...LIST_PARAM, search: 'q', platform: 'os', architecture: 'arch', bootMode: 'boot' } as const;

export function parsePublicListState(params: URLSearchParams): PublicListState {
  return {
    region: parseRegion(params),
    search: (params.get(PARAM.search) ?? '').trim().slice(0, IMAGE_SEARCH_MAX),
    platform: oneOf(platformSchema.options, params.get(PARAM.platform)),
    architecture: oneOf(architectureSchema.options, params.get(PARAM.architecture)),
    bootMode: oneOf(bootModeSchema.options, params.get(PARAM.bootMode)),
    ...parseOrderAndPage(params, SORT_FIELDS, DEFAULT_SORT),
  };
}

/** Writes `state` over `base`: this page's parameters replaced, defaults left out, the rest kept. */
export function serializePublicListState(
  state: PublicListState,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) params.delete(name);
  setParam(params, PARAM.region, state.region);
  setParam(params, PARAM.search, state.search.trim());
  setParam(params, PARAM.platform, state.platform);
  setParam(params, PARAM.architecture, state.architecture);
  setParam(params, PARAM.bootMode, state.bootMode);
  writeOrderAndPage(params, state, DEFAULT_SORT);
  return params;
}

const SORT_KEYS: Record<SortField, PublicSortKey> = { name: 'name', disk: 'min_disk', created: 'created_at' };

/** The list request of the page the state shows. */
export function publicPageParams(state: PublicListState): PublicListParams {
  const marker = state.markers.at(-1);
  return {
    sortKey: SORT_KEYS[state.sort],
    sortDir: state.dir,
    limit: state.pageSize,
    ...(state.search ? { search: state.search } : {}),
    ...(state.platform ? { platform: state.platform } : {}),
    ...(state.architecture ? { architecture: state.architecture } : {}),
    ...(state.bootMode ? { bootMode: state.bootMode } : {}),
    ...(marker ? { marker } : {}),
  };
}

export function hasFilters(state: PublicFilters): boolean {
  return (
    state.search !== '' ||
    state.platform !== undefined ||
    state.architecture !== undefined ||
    state.bootMode !== undefined
  );
}
