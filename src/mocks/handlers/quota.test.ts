import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS, quotaIn, type RegionId } from '../../domain';
import { imsQuotaSchema } from '../../domain/wire/quota';
import { FULL_REGION_IN_DEMO } from '../seed';
import { expectMalformed } from './image-test-kit';
import { api, projectOf, REGION, rulesOf, useBackend, type UserName } from './test-kit';

const { backend } = useBackend();
afterEach(() => backend().reset('demo'));

async function quota(user: UserName, region: RegionId = REGION) {
  const response = await api(user, 'GET', `/ims/${region}/v1/cloudimages/quota`);
  expect(response.status).toBe(200);
  const [image, shared] = imsQuotaSchema.parse(response.body).quotas.resources;
  return { image, shared };
}

describe('GET /v1/cloudimages/quota', () => {
  it.each<[UserName, RegionId]>([
    ['alice', REGION],
    ['alice', FULL_REGION_IN_DEMO],
    ['oliver', REGION],
    ['gina', REGION],
    ['ivan', 'cn-south-1'],
  ])('reports %s’s private-image quota in %s from the computation the rules use', async (user, region) => {
    const { image } = await quota(user, region);
    const usage = quotaIn(rulesOf(backend(), user), region);
    expect(image).toEqual({ type: 'image', used: usage.used, quota: usage.limit, min: 1, max: 1000 });
    expect(usage.limit).toBe(LIMITS.privateImagesPerRegion);
  });

  it('shows the full region full, and counts received shares apart, unlimited', async () => {
    expect((await quota('alice', FULL_REGION_IN_DEMO)).image?.used).toBe(50);
    const { shared } = await quota('alice');
    const received = backend()
      .db()
      .members.filter((m) => m.projectId === projectOf('alice')).length;
    expect(shared).toEqual({ type: 'image_shared', used: received, quota: -1, min: 1, max: 1000 });
  });

  it('moves with creates and deletes', async () => {
    const before = (await quota('alice')).image?.used ?? 0;
    const image = backend()
      .db()
      .images.find((i) => i.ownerProjectId === projectOf('alice') && i.name === 'ubuntu22-k8s-node');
    expect((await api('alice', 'DELETE', `/ims/${REGION}/v2/images/${image?.id ?? ''}`)).status).toBe(204);
    expect((await quota('alice')).image?.used).toBe(before - 1);
  });

  it('is 50 of 50 in cn-north-4 in the quota-full scenario', async () => {
    backend().reset('quota-full');
    expect((await quota('alice')).image).toMatchObject({ used: 50, quota: 50 });
  });

  it('answers 401 without a token and 400 for an unknown region', async () => {
    expectMalformed(await api(null, 'GET', `/ims/${REGION}/v1/cloudimages/quota`), 401);
    expectMalformed(await api('alice', 'GET', '/ims/mars-1/v1/cloudimages/quota'));
  });
});
