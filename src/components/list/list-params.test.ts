import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, parseOrderAndPage, parseRegion, writeOrderAndPage, type OrderAndPage } from './list-params';

const FIELDS = ['name', 'size'] as const;
const DEFAULT_SORT = { sort: 'size', dir: 'desc' } as const;
const parse = (query: string) => parseOrderAndPage(new URLSearchParams(query), FIELDS, DEFAULT_SORT);

describe('parseOrderAndPage', () => {
  it.each<[string, Partial<OrderAndPage<(typeof FIELDS)[number]>>]>([
    ['', { sort: 'size', dir: 'desc', pageSize: DEFAULT_PAGE_SIZE, markers: [] }],
    ['sort=name', { sort: 'name', dir: 'asc' }],
    ['sort=name&dir=desc', { sort: 'name', dir: 'desc' }],
    ['dir=asc', { sort: 'size', dir: 'desc' }],
    ['sort=owner&dir=asc', { sort: 'size', dir: 'desc' }],
    ['size=50', { pageSize: 50 }],
    ['size=37', { pageSize: DEFAULT_PAGE_SIZE }],
    ['size=lots', { pageSize: DEFAULT_PAGE_SIZE }],
    ['markers=a,,b', { markers: ['a', 'b'] }],
  ])('%s', (query, expected) => {
    expect(parse(query)).toMatchObject(expected);
  });
});

describe('writeOrderAndPage', () => {
  it('leaves defaults out and writes the rest', () => {
    const write = (state: OrderAndPage<(typeof FIELDS)[number]>) => {
      const params = new URLSearchParams();
      writeOrderAndPage(params, state, DEFAULT_SORT);
      return params.toString();
    };
    expect(write({ ...DEFAULT_SORT, pageSize: DEFAULT_PAGE_SIZE, markers: [] })).toBe('');
    expect(write({ sort: 'name', dir: 'asc', pageSize: 10, markers: ['a', 'b'] })).toBe(
      'sort=name&dir=asc&size=10&markers=a%2Cb',
    );
  });

  it('round-trips through parse', () => {
    const state = { sort: 'size', dir: 'asc', pageSize: 50, markers: ['x'] } as const;
    const params = new URLSearchParams();
    writeOrderAndPage(params, { ...state, markers: [...state.markers] }, DEFAULT_SORT);
    expect(parse(params.toString())).toEqual(state);
  });
});

describe('parseRegion', () => {
  it('reads a known region and ignores an unknown one', () => {
    expect(parseRegion(new URLSearchParams('region=cn-north-4'))).toBe('cn-north-4');
    expect(parseRegion(new URLSearchParams('region=mars-1'))).toBeUndefined();
  });
});
