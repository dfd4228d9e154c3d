import { describe, expect, it } from 'vitest';
import { traceListSchema } from '../../domain/wire/audit';
import { addImage, api, projectOf, REGION, useBackend } from './test-kit';

const { backend } = useBackend();
const MEMBERS = `/ims/${REGION}/v1/cloudimages/members`;

async function traces(query = '', user: 'alice' | 'gina' | 'oliver' = 'alice') {
  const response = await api(user, 'GET', `/audit/v1/traces${query}`);
  expect(response.status).toBe(200);
  return traceListSchema.parse(response.body);
}

/** Three writes of acme: a share (success), a refused share, and a read-only refusal. */
async function someWrites() {
  // The seeded history (seed/audit-demo.test.ts) is set aside: these tests count their own writes.
  backend().db().audit.length = 0;
  const good = addImage(backend(), 'alice', { name: 'good' });
  const iso = addImage(backend(), 'alice', { name: 'iso', type: 'iso', diskFormat: 'iso' });
  expect((await api('alice', 'POST', MEMBERS, { images: [good.id], projects: [projectOf('gina')] })).status).toBe(200);
  expect((await api('alice', 'POST', MEMBERS, { images: [iso.id], projects: [projectOf('gina')] })).status).toBe(400);
  expect((await api('oliver', 'POST', MEMBERS, { images: [good.id], projects: [projectOf('ivan')] })).status).toBe(403);
  return { good, iso };
}

describe('GET /audit/v1/traces', () => {
  it("lists the account's writes newest first, with rule and result", async () => {
    const { good, iso } = await someWrites();
    const list = await traces();
    expect(list.traces.slice(0, 3).map((t) => [t.user.name, t.trace_name, t.result, t.rule, t.resource_id])).toEqual([
      ['oliver', 'share', 'refused', 'access.read-only', good.id],
      ['alice', 'share', 'refused', 'share.iso', iso.id],
      ['alice', 'share', 'success', null, good.id],
    ]);
    expect(list.traces[1]).toMatchObject({
      status: 400,
      error_code: 'IMG.0167',
      method: 'POST',
      path: MEMBERS,
      region_id: REGION,
    });
  });

  it('tells each write as a sentence: the act, the image and the outcome with its reason', async () => {
    await someWrites();
    expect((await traces()).traces.map((t) => t.message)).toEqual([
      'Share good with 1 project refused: Your role is IMS ReadOnlyAccess; it can view images but not change them.',
      'Share iso with 1 project refused: This is an ISO image; ISO images cannot be shared.',
      'Shared good with 1 project',
    ]);
  });

  it('starts the demo with a history of the account, newest first', async () => {
    const list = await traces('?limit=1000');
    expect(list.traces.length).toBeGreaterThanOrEqual(20);
    expect(new Set(list.traces.map((t) => t.user.name))).toEqual(new Set(['alice', 'oliver']));
    const times = list.traces.map((t) => t.time);
    expect(times).toEqual([...times].sort().reverse());
    expect((await traces('?limit=1000', 'gina')).traces.every((t) => t.user.name === 'gina')).toBe(true);
  });

  it("filters by operation, result, image and user, and hides other accounts' traces", async () => {
    const { good } = await someWrites();
    expect((await traces('?result=refused')).traces.map((t) => t.rule)).toEqual(['access.read-only', 'share.iso']);
    expect((await traces(`?image_id=${good.id}`)).traces).toHaveLength(2);
    expect((await traces('?user=oliver')).traces).toHaveLength(1);
    expect((await traces('?operation=share&result=success')).traces).toHaveLength(1);
    expect((await traces('?operation=tags')).traces).toHaveLength(0);
    expect((await traces('', 'gina')).traces).toEqual([]);
  });

  it('pages with limit and marker', async () => {
    await someWrites();
    const first = await traces('?limit=2');
    expect(first.traces).toHaveLength(2);
    expect(first.meta_data.marker).toBe(first.traces[1]?.trace_id);
    const second = await traces(`?limit=2&marker=${first.meta_data.marker ?? ''}`);
    expect(second.traces.map((t) => t.result)).toEqual(['success']);
    expect(second.meta_data.marker).toBeUndefined();
  });

  it('answers 400 for bad paging or filters and 401 without a token', async () => {
    for (const query of ['?limit=0', '?limit=abc', '?result=maybe', '?marker=nope'])
      expect((await api('alice', 'GET', `/audit/v1/traces${query}`)).status).toBe(400);
    expect((await api(null, 'GET', '/audit/v1/traces')).status).toBe(401);
  });
});
