import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '../../components/list/list-params';
import {
  EMPTY_FILTERS,
  filterQuery,
  hasFilters,
  pageIndex,
  pageQuery,
  parseListState,
  serializeListState,
  type ListState,
} from './list-state';

const parse = (query: string) => parseListState(new URLSearchParams(query));

const DEFAULTS: ListState = {
  ...EMPTY_FILTERS,
  region: undefined,
  sort: 'created',
  dir: 'desc',
  pageSize: DEFAULT_PAGE_SIZE,
  markers: [],
};

describe('parseListState', () => {
  it('reads an empty query as the defaults (newest first, 20 a page, first page)', () => {
    expect(parse('')).toEqual(DEFAULTS);
  });

  it('reads every parameter', () => {
    expect(
      parse(
        'region=cn-east-3&q=web&type=whole&os=CentOS&status=killed&enc=encrypted&ep=ep-1&tag=env%3Dprod&tag=team&sort=size&dir=asc&size=50&markers=a,b',
      ),
    ).toEqual({
      region: 'cn-east-3',
      search: 'web',
      type: 'whole',
      platform: 'CentOS',
      status: 'killed',
      encryption: 'encrypted',
      enterpriseProject: 'ep-1',
      tags: ['env=prod', 'team'],
      sort: 'size',
      dir: 'asc',
      pageSize: 50,
      markers: ['a', 'b'],
    });
  });

  it.each([
    ['an unknown region', 'region=mars-1', { region: undefined }],
    ['an unknown image type', 'type=vm', { type: undefined }],
    ['an unknown platform', 'os=Plan9', { platform: undefined }],
    ['an unknown status', 'status=deleted', { status: undefined }],
    ['an unknown encryption filter', 'enc=maybe', { encryption: undefined }],
    ['a page size not offered', 'size=37', { pageSize: DEFAULT_PAGE_SIZE }],
    ['a non-numeric page size', 'size=lots', { pageSize: DEFAULT_PAGE_SIZE }],
    ['an unknown sort field', 'sort=colour&dir=asc', { sort: 'created', dir: 'desc' }],
    ['empty markers', 'markers=,,', { markers: [] }],
    ['tag filters without a key', 'tag=&tag=%3Dprod&tag=%20', { tags: [] }],
  ])('falls back to the default for %s', (_what, query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULTS, ...expected });
  });

  it('sorts ascending when a field comes without a direction', () => {
    expect(parse('sort=name')).toMatchObject({ sort: 'name', dir: 'asc' });
  });

  it('reads repeated tag filters in order, trimmed and each once', () => {
    expect(parse('tag=env%3Dprod&tag=%20team%20&tag=env%3Dprod').tags).toEqual(['env=prod', 'team']);
  });

  it('trims the search text', () => {
    expect(parse('q=%20%20web%20').search).toBe('web');
  });
});

describe('serializeListState', () => {
  it('leaves defaults out', () => {
    expect(serializeListState(DEFAULTS).toString()).toBe('');
  });

  it('keeps parameters it does not own (scenario, jobSpeed) and replaces its own', () => {
    const base = new URLSearchParams('scenario=demo&jobSpeed=instant&q=old&markers=x');
    const params = serializeListState({ ...DEFAULTS, region: 'cn-north-4', search: 'new' }, base);
    expect(params.get('scenario')).toBe('demo');
    expect(params.get('jobSpeed')).toBe('instant');
    expect(params.get('q')).toBe('new');
    expect(params.has('markers')).toBe(false);
    expect(params.get('region')).toBe('cn-north-4');
  });

  it('writes sort field and direction together when not the default', () => {
    expect(serializeListState({ ...DEFAULTS, sort: 'created', dir: 'asc' }).toString()).toBe('sort=created&dir=asc');
  });

  it('round-trips any state', () => {
    const state: ListState = {
      region: 'ap-southeast-3',
      search: 'a b,c&d',
      type: 'data',
      platform: 'Oracle Linux',
      status: 'saving',
      encryption: 'unencrypted',
      enterpriseProject: '0',
      tags: ['env=prod', 'app', 'note=a=b', '环境=生产'],
      sort: 'name',
      dir: 'desc',
      pageSize: 10,
      markers: ['m1', 'm2', 'm3'],
    };
    expect(parseListState(serializeListState(state))).toEqual(state);
  });
});

describe('paging', () => {
  it('the page index is the length of the marker trail, and the page is fetched after its last marker', () => {
    const state = parse('markers=a,b&size=10');
    expect(pageIndex(state)).toBe(2);
    expect(pageQuery(state)).toMatchObject({ limit: 10, marker: 'b' });
    expect(pageQuery(parse(''))).not.toHaveProperty('marker');
  });
});

describe('filterQuery', () => {
  it('always asks for private images, newest first by default', () => {
    expect(filterQuery(DEFAULTS)).toEqual({ __imagetype: 'private', sort_key: 'created_at', sort_dir: 'desc' });
  });

  it('searches by id when the text is an image id, else by part of the name', () => {
    const id = '5E0F3A1C-4B2D-4C8E-9F10-0123456789AB';
    expect(filterQuery({ ...DEFAULTS, search: id })).toMatchObject({ id: id.toLowerCase() });
    expect(filterQuery({ ...DEFAULTS, search: id })).not.toHaveProperty('name_like');
    expect(filterQuery({ ...DEFAULTS, search: 'web-front' })).toMatchObject({ name_like: 'web-front' });
  });

  it.each([
    ['system', { virtual_env_type: 'FusionCompute', __whole_image: 'false' }],
    ['whole', { __whole_image: 'true' }],
    ['data', { virtual_env_type: 'DataImage' }],
    ['iso', { virtual_env_type: 'IsoImage' }],
  ] as const)('maps the %s image type to the wire filters', (type, expected) => {
    expect(filterQuery({ ...DEFAULTS, type })).toMatchObject(expected);
  });

  it('maps the other filters and the sort', () => {
    expect(
      filterQuery({
        ...DEFAULTS,
        platform: 'Windows',
        status: 'active',
        encryption: 'unencrypted',
        enterpriseProject: 'ep-9',
        sort: 'size',
        dir: 'asc',
      }),
    ).toMatchObject({
      __platform: 'Windows',
      status: 'active',
      __encrypted: 'false',
      enterprise_project_id: 'ep-9',
      sort_key: 'size',
      sort_dir: 'asc',
    });
  });
});

describe('tag filters', () => {
  it('writes one tag parameter per filter and keeps the other parameters', () => {
    const base = new URLSearchParams('scenario=demo&tag=old');
    const params = serializeListState({ ...DEFAULTS, tags: ['env=prod', 'team'] }, base);
    expect(params.getAll('tag')).toEqual(['env=prod', 'team']);
    expect(params.get('scenario')).toBe('demo');
  });

  it('asks the list for every tag filter (AND)', () => {
    expect(filterQuery({ ...DEFAULTS, tags: ['env=prod', 'team'] })).toMatchObject({ tag: ['env=prod', 'team'] });
    expect(filterQuery(DEFAULTS)).not.toHaveProperty('tag');
  });
});

describe('hasFilters', () => {
  it('counts a tag filter as a filter', () => {
    expect(hasFilters({ ...EMPTY_FILTERS, tags: [] })).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, tags: ['env'] })).toBe(true);
  });

  it('is false for no filters, true for any one', () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, search: 'x' })).toBe(true);
    expect(hasFilters({ ...EMPTY_FILTERS, encryption: 'encrypted' })).toBe(true);
  });
});
