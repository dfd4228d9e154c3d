import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  hasFilters,
  parsePublicListState,
  publicPageParams,
  serializePublicListState,
  type PublicListState,
} from './public-list-state';

const parse = (query: string) => parsePublicListState(new URLSearchParams(query));

describe('public images list state', () => {
  it('reads defaults from an empty URL and writes none back', () => {
    const state = parse('');
    expect(state).toMatchObject({ search: '', platform: undefined, markers: [], pageSize: 20, ...DEFAULT_SORT });
    expect(serializePublicListState(state).toString()).toBe('');
    expect(hasFilters(state)).toBe(false);
  });

  it('round-trips search, filters, sort and page', () => {
    const query = 'region=cn-east-3&q=centos&os=CentOS&arch=arm&boot=uefi&sort=disk&dir=desc&size=50&markers=a%2Cb';
    const state = parse(query);
    expect(state).toMatchObject({
      region: 'cn-east-3',
      search: 'centos',
      platform: 'CentOS',
      architecture: 'arm',
      bootMode: 'uefi',
      sort: 'disk',
      dir: 'desc',
      pageSize: 50,
      markers: ['a', 'b'],
    });
    expect(parse(serializePublicListState(state).toString())).toEqual(state);
    expect(hasFilters(state)).toBe(true);
  });

  it('drops unknown values and keeps the parameters of other pages', () => {
    const state = parse('os=Plan9&arch=mips&boot=coreboot&sort=colour&keep=me');
    expect(state).toMatchObject({ platform: undefined, architecture: undefined, bootMode: undefined, sort: 'name' });
    expect(serializePublicListState(state, new URLSearchParams('keep=me')).toString()).toBe('keep=me');
  });

  it('asks for the page the state shows, with the IMS names of its filters', () => {
    const state: PublicListState = { ...parse('q=win&os=Windows&boot=uefi&sort=created&dir=desc'), markers: ['m1'] };
    expect(publicPageParams(state)).toEqual({
      search: 'win',
      platform: 'Windows',
      bootMode: 'uefi',
      sortKey: 'created_at',
      sortDir: 'desc',
      limit: 20,
      marker: 'm1',
    });
  });
});
