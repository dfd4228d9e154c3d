import {
  LIST_PARAM,
  oneOf,
  parseOrderAndPage,
  parseRegion,
  setParam,
  writeOrderAndPage,
  type OrderAndPage,
  type SortDir,
} from '../../components/list/list-params';
import { imageTypeSchema, platformSchema, type ImageType, type Platform, type RegionId } from '../../domain';
import { parseTagFilter, type ImageListQueryInput } from '../../domain/wire/image-list';

/*
 * The list's whole view lives in the URL's search params, so a reload or a pasted link shows the
 * same page. Parsing is forgiving: an unknown or malformed value falls back to its default rather
 * than breaking the page, and serialising leaves defaults out so links stay short. Paging is by
 * marker (see list-params); any change of filter, sort or page size clears the marker trail.
 */

export type { SortDir };

export const SORT_FIELDS = ['name', 'created', 'size'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** Status filter values are the API's statuses; queued and saving both read "Creating". */
export const STATUS_FILTERS = ['active', 'saving', 'queued', 'killed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const ENCRYPTION_FILTERS = ['encrypted', 'unencrypted'] as const;
export type EncryptionFilter = (typeof ENCRYPTION_FILTERS)[number];

export interface ListFilters {
  /** Free text: an image id when it looks like one, else a part of the name. */
  search: string;
  type: ImageType | undefined;
  platform: Platform | undefined;
  status: StatusFilter | undefined;
  encryption: EncryptionFilter | undefined;
  enterpriseProject: string | undefined;
  /** Tag filters, `key` or `key=value`; an image must match every one. */
  tags: readonly string[];
}

export interface ListState extends ListFilters, OrderAndPage<SortField> {
  /** Undefined when the URL names no (valid) region: the session's region applies. */
  region: RegionId | undefined;
}

export const DEFAULT_SORT: { sort: SortField; dir: SortDir } = { sort: 'created', dir: 'desc' };

export const EMPTY_FILTERS: ListFilters = {
  search: '',
  type: undefined,
  platform: undefined,
  status: undefined,
  encryption: undefined,
  enterpriseProject: undefined,
  tags: [],
};

/** The URL parameter names this page owns; every other parameter (scenario, jobSpeed, ...) is kept. */
const PARAM = {
  ...LIST_PARAM,
  search: 'q',
  type: 'type',
  platform: 'os',
  status: 'status',
  encryption: 'enc',
  enterpriseProject: 'ep',
  tags: 'tag',
} as const;

/** Tag filters from the URL: trimmed, without an empty key, each once. */
export function tagFiltersOf(values: readonly string[]): string[] {
  const tags = values.map((t) => t.trim()).filter((t) => parseTagFilter(t).key !== '');
  return [...new Set(tags)];
}

export function parseListState(params: URLSearchParams): ListState {
  const type = imageTypeSchema.safeParse(params.get(PARAM.type));
  const platform = platformSchema.safeParse(params.get(PARAM.platform));
  return {
    region: parseRegion(params),
    search: params.get(PARAM.search)?.trim() ?? '',
    type: type.success ? type.data : undefined,
    platform: platform.success ? platform.data : undefined,
    status: oneOf(STATUS_FILTERS, params.get(PARAM.status)),
    encryption: oneOf(ENCRYPTION_FILTERS, params.get(PARAM.encryption)),
    enterpriseProject: params.get(PARAM.enterpriseProject) || undefined,
    tags: tagFiltersOf(params.getAll(PARAM.tags)),
    ...parseOrderAndPage(params, SORT_FIELDS, DEFAULT_SORT),
  };
}

/**
 * Writes `state` over `base` (the current params): this page's parameters are replaced, defaults
 * left out, anything else in `base` kept.
 */
export function serializeListState(state: ListState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(PARAM)) params.delete(name);
  const set = (name: string, value: string | undefined) => setParam(params, name, value);
  set(PARAM.region, state.region);
  set(PARAM.search, state.search.trim());
  set(PARAM.type, state.type);
  set(PARAM.platform, state.platform);
  set(PARAM.status, state.status);
  set(PARAM.encryption, state.encryption);
  set(PARAM.enterpriseProject, state.enterpriseProject);
  for (const tag of state.tags) params.append(PARAM.tags, tag);
  writeOrderAndPage(params, state, DEFAULT_SORT);
  return params;
}

export function pageIndex(state: Pick<ListState, 'markers'>): number {
  return state.markers.length;
}

export function hasFilters(state: ListFilters): boolean {
  return (Object.keys(EMPTY_FILTERS) as (keyof ListFilters)[]).some((k) =>
    k === 'tags' ? state.tags.length > 0 : state[k] !== EMPTY_FILTERS[k],
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SORT_KEYS = { name: 'name', created: 'created_at', size: 'size' } as const;

/** The IMS list query of the filters and sort (no paging), always the viewer's private images. */
export function filterQuery(state: Omit<ListState, 'region' | 'pageSize' | 'markers'>): ImageListQueryInput {
  const query: ImageListQueryInput = {
    __imagetype: 'private',
    sort_key: SORT_KEYS[state.sort],
    sort_dir: state.dir,
  };
  const search = state.search.trim();
  if (UUID.test(search)) query.id = search.toLowerCase();
  else if (search !== '') query.name_like = search;
  switch (state.type) {
    case 'system':
      // Full-ECS images are FusionCompute too; only the whole-image flag tells them apart.
      query.virtual_env_type = 'FusionCompute';
      query.__whole_image = 'false';
      break;
    case 'whole':
      query.__whole_image = 'true';
      break;
    case 'data':
      query.virtual_env_type = 'DataImage';
      break;
    case 'iso':
      query.virtual_env_type = 'IsoImage';
      break;
    case undefined:
      break;
  }
  if (state.platform) query.__platform = state.platform;
  if (state.status) query.status = state.status;
  if (state.encryption) query.__encrypted = state.encryption === 'encrypted' ? 'true' : 'false';
  if (state.enterpriseProject) query.enterprise_project_id = state.enterpriseProject;
  if (state.tags.length > 0) query.tag = [...state.tags];
  return query;
}

/** The query of the page the state shows. */
export function pageQuery(state: ListState): ImageListQueryInput {
  const marker = state.markers.at(-1);
  return { ...filterQuery(state), limit: state.pageSize, ...(marker ? { marker } : {}) };
}
