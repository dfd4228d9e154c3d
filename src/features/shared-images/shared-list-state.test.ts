import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '../../components/list/list-params';
import {
  parseSharedListState,
  serializeSharedListState,
  sharedPageParams,
  type SharedListState,
} from './shared-list-state';

const OWNER = '9f9635df520e68d079bae2abfbe93f0d';

describe('shared list state in the URL', () => {
  it('reads defaults from an empty query and writes nothing back', () => {
    const state = parseSharedListState(new URLSearchParams());
    expect(state).toEqual({
      region: undefined,
      tab: 'pending',
      search: '',
      owner: undefined,
      sort: 'shared',
      dir: 'desc',
      pageSize: DEFAULT_PAGE_SIZE,
      markers: [],
    });
    expect(serializeSharedListState(state).toString()).toBe('');
  });

  it('round-trips every parameter and keeps foreign ones', () => {
    const state: SharedListState = {
      region: 'cn-east-3',
      tab: 'rejected',
      search: 'etl',
      owner: OWNER,
      sort: 'name',
      dir: 'asc',
      pageSize: 50,
      markers: ['a', 'b'],
    };
    const params = serializeSharedListState(state, new URLSearchParams('scenario=large'));
    expect(params.get('scenario')).toBe('large');
    expect(parseSharedListState(params)).toEqual(state);
  });

  it.each([
    ['status=maybe', { tab: 'pending' }],
    ['sort=owner&dir=asc', { sort: 'shared', dir: 'desc' }],
    ['sort=size', { sort: 'size', dir: 'asc' }],
    ['size=7', { pageSize: DEFAULT_PAGE_SIZE }],
    ['region=mars', { region: undefined }],
    ['markers=,x,', { markers: ['x'] }],
  ])('falls back on a bad value: %s', (query, expected) => {
    expect(parseSharedListState(new URLSearchParams(query))).toMatchObject(expected);
  });

  it('asks the API for the tab, filters, sort and page', () => {
    const state = parseSharedListState(
      new URLSearchParams(`status=accepted&q=web&owner=${OWNER}&sort=name&dir=asc&markers=m1,m2&size=10`),
    );
    expect(sharedPageParams(state)).toEqual({
      memberStatus: 'accepted',
      sortKey: 'name',
      sortDir: 'asc',
      limit: 10,
      nameLike: 'web',
      owner: OWNER,
      marker: 'm2',
    });
    expect(sharedPageParams(parseSharedListState(new URLSearchParams()))).toEqual({
      memberStatus: 'pending',
      sortKey: 'shared_at',
      sortDir: 'desc',
      limit: DEFAULT_PAGE_SIZE,
    });
  });
});
