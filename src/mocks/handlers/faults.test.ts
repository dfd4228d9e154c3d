import { describe, expect, it } from 'vitest';
import { faultSeedFrom } from '../settings';
import { addImage, api, REGION, useBackend } from './test-kit';

const { backend } = useBackend();

const quotaPath = `/ims/${REGION}/v1/cloudimages/quota`;

/** The statuses of `count` reads in a row: which of them the fault source failed. */
async function statusesOfReads(count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await api('alice', 'GET', quotaPath)).status);
  return statuses;
}

describe('faultSeed', () => {
  it('gives the same sequence of injected faults for the same seed', async () => {
    backend().updateSettings({ failureRate: 0.3, faultSeed: 42 });
    const first = await statusesOfReads(30);
    backend().updateSettings({ faultSeed: 42 });
    const second = await statusesOfReads(30);
    expect(second).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('gives another sequence for another seed', async () => {
    backend().updateSettings({ failureRate: 0.3, faultSeed: 42 });
    const seeded42 = await statusesOfReads(30);
    backend().updateSettings({ faultSeed: 43 });
    expect(await statusesOfReads(30)).not.toEqual(seeded42);
  });

  it('is set through PUT /mock/settings, which starts its sequence afresh', async () => {
    expect((await api(null, 'PUT', '/mock/settings', { failureRate: 0.5, faultSeed: 7 })).status).toBe(200);
    const first = await statusesOfReads(20);
    const put = await api(null, 'PUT', '/mock/settings', { faultSeed: 7 });
    expect(put.body).toMatchObject({ faultSeed: 7, failureRate: 0.5 });
    expect(await statusesOfReads(20)).toEqual(first);
  });

  it('goes back to unseeded draws with null and refuses what is not a seed', async () => {
    for (const faultSeed of [-1, 1.5, '7', 2 ** 31]) {
      expect((await api(null, 'PUT', '/mock/settings', { faultSeed })).status).toBe(400);
    }
    expect((await api(null, 'PUT', '/mock/settings', { faultSeed: null })).body).toMatchObject({ faultSeed: null });
  });

  it.each([
    ['0', 0],
    ['42', 42],
    ['2147483647', 2_147_483_647],
    ['2147483648', undefined],
    ['-1', undefined],
    ['4.2', undefined],
    ['seven', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads ?faultSeed=%s as %s', (text, seed) => {
    expect(faultSeedFrom(text)).toBe(seed);
  });
});

describe('an injected fault never applies a write', () => {
  it('keeps the old name on a 500 and takes the new one on a 200', async () => {
    const image = addImage(backend(), 'alice', { name: 'fault-probe' });
    backend().updateSettings({ failureRate: 0.5, faultSeed: 3 });
    const outcomes: number[] = [];
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const before = backend()
        .db()
        .images.find((i) => i.id === image.id)?.name;
      const name = `fault-probe-${attempt}`;
      const { status } = await api('alice', 'PATCH', `/ims/${REGION}/v2/cloudimages/${image.id}`, [
        { op: 'replace', path: '/name', value: name },
      ]);
      outcomes.push(status);
      const after = backend()
        .db()
        .images.find((i) => i.id === image.id)?.name;
      expect(after, `attempt ${attempt} answered ${status}`).toBe(status === 200 ? name : before);
    }
    expect(outcomes).toContain(500);
    expect(outcomes).toContain(200);
    const audited = backend()
      .db()
      .audit.filter((entry) => entry.imageId === image.id || entry.path.includes(image.id));
    expect(audited.filter((entry) => entry.result === 'failed')).toHaveLength(outcomes.filter((s) => s === 500).length);
  });
});
