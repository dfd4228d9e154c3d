import { describe, expect, it } from 'vitest';
import type { Tag } from '../model/image';
import { tagEditRequests, tagsAfter, type TagActionBody } from './tags';

const tag = (key: string, value = 'v'): Tag => ({ key, value });
const before = [tag('env', 'prod'), tag('app', 'web'), tag('team', 'a')];

describe('tagEditRequests', () => {
  it.each<{ name: string; after: Tag[]; requests: TagActionBody[] }>([
    { name: 'nothing changed', after: before, requests: [] },
    {
      name: 'a tag added',
      after: [...before, tag('tier', 'db')],
      requests: [{ action: 'create', tags: [tag('tier', 'db')] }],
    },
    {
      name: 'a value changed',
      after: [tag('env', 'dev'), tag('app', 'web'), tag('team', 'a')],
      requests: [{ action: 'create', tags: [tag('env', 'dev')] }],
    },
    {
      name: 'a tag removed',
      after: [tag('env', 'prod'), tag('team', 'a')],
      requests: [{ action: 'delete', tags: [tag('app', 'web')] }],
    },
    {
      name: 'a key renamed: the old key goes first',
      after: [tag('env', 'prod'), tag('application', 'web'), tag('team', 'a')],
      requests: [
        { action: 'delete', tags: [tag('app', 'web')] },
        { action: 'create', tags: [tag('application', 'web')] },
      ],
    },
  ])('$name', ({ after, requests }) => {
    expect(tagEditRequests(before, after)).toEqual(requests);
  });
});

describe('tagsAfter', () => {
  it('applies the requests in order, as the backend does', () => {
    const after = [tag('env', 'prod'), tag('application', 'web'), tag('team', 'b')];
    expect(tagsAfter(before, tagEditRequests(before, after))).toEqual([
      tag('env', 'prod'),
      tag('team', 'b'),
      tag('application', 'web'),
    ]);
  });

  it('is the image unchanged without requests', () => {
    expect(tagsAfter(before, [])).toEqual(before);
  });
});
