import { regionIdSchema, type RegionId } from '../../domain';

/*
 * The URL parameters every marker-paged, sortable image list shares, under the same names: a
 * region, a sort with its direction, a page size and the trail of markers.
 *
 * Paging. The API pages by marker (the id of the last image of the previous page), not by offset,
 * so a page cannot be reached by its number alone. The URL keeps the trail of markers that led to
 * the current page: `markers=a,b` is the third page (index 2), fetched with marker `b`; "previous"
 * drops the last marker. The trail is all a reload needs to refetch the same page and still go
 * back, without re-walking earlier pages.
 */

export const PAGE_SIZES = [10, 20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;
export type SortDir = 'asc' | 'desc';

export const LIST_PARAM = { region: 'region', sort: 'sort', dir: 'dir', pageSize: 'size', markers: 'markers' } as const;

export interface OrderAndPage<F extends string> {
  sort: F;
  dir: SortDir;
  pageSize: PageSize;
  /** Markers of the pages before this one; its length is the page index. */
  markers: string[];
}

export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Sets a parameter, leaving it out when empty so links stay short. */
export function setParam(params: URLSearchParams, name: string, value: string | undefined): void {
  if (value !== undefined && value !== '') params.set(name, value);
}

/** Undefined when the URL names no (valid) region: the session's region applies. */
export function parseRegion(params: URLSearchParams): RegionId | undefined {
  const region = regionIdSchema.safeParse(params.get(LIST_PARAM.region));
  return region.success ? region.data : undefined;
}

/** Sort, direction, page size and markers; an unknown or malformed value falls back to its default. */
export function parseOrderAndPage<F extends string>(
  params: URLSearchParams,
  fields: readonly F[],
  defaultSort: { sort: F; dir: SortDir },
): OrderAndPage<F> {
  const sort = oneOf(fields, params.get(LIST_PARAM.sort));
  const size = Number(params.get(LIST_PARAM.pageSize));
  return {
    sort: sort ?? defaultSort.sort,
    // A direction without its field means nothing: the default sort has its own direction.
    dir: sort ? (oneOf(['asc', 'desc'] as const, params.get(LIST_PARAM.dir)) ?? 'asc') : defaultSort.dir,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
    markers: (params.get(LIST_PARAM.markers) ?? '').split(',').filter((m) => m !== ''),
  };
}

/** Writes sort, direction, page size and markers, defaults left out. */
export function writeOrderAndPage<F extends string>(
  params: URLSearchParams,
  state: OrderAndPage<F>,
  defaultSort: { sort: F; dir: SortDir },
): void {
  if (state.sort !== defaultSort.sort || state.dir !== defaultSort.dir) {
    setParam(params, LIST_PARAM.sort, state.sort);
    setParam(params, LIST_PARAM.dir, state.dir);
  }
  if (state.pageSize !== DEFAULT_PAGE_SIZE) setParam(params, LIST_PARAM.pageSize, String(state.pageSize));
  if (state.markers.length > 0) setParam(params, LIST_PARAM.markers, state.markers.join(','));
}
