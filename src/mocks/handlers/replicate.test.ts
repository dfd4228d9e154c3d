import { afterEach, describe, expect, it } from 'vitest';
import { canReplicate, type Image } from '../../domain';
import { imsImageSchema } from '../../domain/wire/image';
import { copyInRegionBodySchema, crossRegionCopyBodySchema, toReplicateInput } from '../../domain/wire/replicate';
import { jobAcceptedSchema } from '../../domain/wire/job';
import {
  ACME_IMAGES,
  customKeyAlias,
  disabledKeyAlias,
  enterpriseProjectIdOf,
  GLOBEX_IMAGES,
  IMS_AGENCY,
  INITECH_IMAGES,
  keyIdOf,
} from '../seed';
import { dbState, expectFieldError, expectMalformed, expectRefusal, imageNamed, lastAudit } from './image-test-kit';
import { addImage, api, errorOf, projectOf, REGION, rulesOf, useBackend, viewerOf, type UserName } from './test-kit';

const { backend } = useBackend();
afterEach(() => backend().reset('demo'));

const A = ACME_IMAGES;
const G = GLOBEX_IMAGES;
const copyPath = (image: Pick<Image, 'id' | 'regionId'>, version = 'v1') =>
  `/ims/${image.regionId}/${version}/cloudimages/${image.id}/copy`;
const crossPath = (image: Pick<Image, 'id' | 'regionId'>) =>
  `/ims/${image.regionId}/v1/cloudimages/${image.id}/cross_region_copy`;
const cross = (region: string, extra: Record<string, unknown> = {}) => ({
  name: 'dr-copy',
  region,
  project_name: region,
  agency_name: IMS_AGENCY,
  ...extra,
});

async function replicated(user: UserName, path: string, body: unknown) {
  const response = await api(user, 'POST', path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const job = backend()
    .db()
    .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
  const copy = backend()
    .db()
    .images.find((i) => i.id === job?.resultImageId);
  if (!job || !copy) throw new Error('test: no job or copy');
  return { job, copy };
}

describe('replicating within a region', () => {
  it('copies to a new private image, encrypted with the chosen key, without tags', async () => {
    backend().updateSettings({ jobSpeed: 'real' });
    const golden = imageNamed(backend(), A.golden);
    const key = keyIdOf('acme', REGION, customKeyAlias('acme'));
    const { job, copy } = await replicated('alice', copyPath(golden, 'v2.1'), {
      name: 'golden-encrypted',
      description: 'Encrypted copy',
      cmk_id: key,
      enterprise_project_id: enterpriseProjectIdOf('acme', 'development'),
    });
    expect(copy).toMatchObject({
      name: 'golden-encrypted',
      description: 'Encrypted copy',
      status: 'saving',
      regionId: REGION,
      ownerProjectId: projectOf('alice'),
      kmsKeyId: key,
      tags: [],
      enterpriseProjectId: enterpriseProjectIdOf('acme', 'development'),
      source: { kind: 'image-copy', imageId: golden.id, imageName: golden.name, regionId: REGION },
      platform: golden.platform,
      publicImage: golden.publicImage,
    });
    expect(job).toMatchObject({ kind: 'replicate-in-region', sourceImageId: golden.id, targetRegionId: null });
    expect(lastAudit(backend())).toMatchObject({ operation: 'replicate', result: 'success', imageId: golden.id });
  });

  it('lets a recipient copy an accepted share into their own project', async () => {
    const shared = imageNamed(backend(), G.accepted);
    const { copy } = await replicated('alice', copyPath(shared), { name: 'route-optimizer-mine' });
    expect(copy.ownerProjectId).toBe(projectOf('alice'));
    expect(copy.kmsKeyId).toBeNull();
    const listed = await api(
      'alice',
      'GET',
      `/ims/${REGION}/v2/cloudimages?__imagetype=private&name=route-optimizer-mine`,
    );
    expect((listed.body as { images: unknown[] }).images).toHaveLength(1);
  });
});

describe('replicating across regions', () => {
  it('copies into the named project of the target region, unencrypted, polled in the source region', async () => {
    const golden = imageNamed(backend(), A.golden);
    const { job, copy } = await replicated(
      'alice',
      crossPath(golden),
      cross('ap-southeast-1', { description: 'HK DR' }),
    );
    expect(copy).toMatchObject({
      regionId: 'ap-southeast-1',
      ownerProjectId: projectOf('alice', 'ap-southeast-1'),
      kmsKeyId: null,
      tags: [],
    });
    expect(job).toMatchObject({ kind: 'replicate-cross-region', regionId: REGION, targetRegionId: 'ap-southeast-1' });
    const detail = await api('alice', 'GET', `/ims/ap-southeast-1/v2/cloudimages/${copy.id}`);
    // IMS's own lineage of a copy: its source image and region, and that image as its parent.
    const wire = imsImageSchema.parse(detail.body);
    expect(wire.__data_origin).toBe(`image,${REGION},${golden.id}`);
    expect(wire.__originalimagename).toBe(golden.id);
  });

  it('copies a full-ECS image with a vault in the target region', async () => {
    const whole = imageNamed(backend(), A.wholeFromCbr);
    const vault = backend()
      .db()
      .vaults.find((v) => v.regionId === 'ap-southeast-3' && v.projectId === projectOf('alice', 'ap-southeast-3'));
    const { copy } = await replicated('alice', crossPath(whole), cross('ap-southeast-3', { vault_id: vault?.id }));
    expect(copy.type).toBe('whole');
  });
});

describe('replication rules', () => {
  const smallInFullRegion = () =>
    backend()
      .db()
      .images.find(
        (i) => i.ownerProjectId === projectOf('alice', 'cn-east-3') && i.status === 'active' && i.sizeGb <= 128,
      ) as Image;

  it.each<[string, UserName, () => Image, 'copy' | 'cross', Record<string, unknown>]>([
    ['access.read-only', 'oliver', () => imageNamed(backend(), A.golden), 'copy', { name: 'x' }],
    ['access.read-only', 'oliver', () => imageNamed(backend(), A.golden), 'cross', cross('ap-southeast-1')],
    ['replicate.status', 'alice', () => imageNamed(backend(), A.killed), 'copy', { name: 'x' }],
    ['replicate.iso', 'alice', () => imageNamed(backend(), A.iso), 'copy', { name: 'x' }],
    ['replicate.in-region.whole-image', 'alice', () => imageNamed(backend(), A.wholeFromCbr), 'copy', { name: 'x' }],
    ['replicate.in-region.size', 'alice', () => imageNamed(backend(), A.large200), 'copy', { name: 'x' }],
    ['replicate.quota', 'alice', smallInFullRegion, 'copy', { name: 'x' }],
    ['replicate.quota', 'alice', () => imageNamed(backend(), A.golden), 'cross', cross('cn-east-3')],
    [
      'replicate.key',
      'alice',
      () => imageNamed(backend(), A.golden),
      'copy',
      { name: 'x', cmk_id: keyIdOf('acme', REGION, disabledKeyAlias('acme')) },
    ],
    ['replicate.key', 'alice', () => imageNamed(backend(), A.golden), 'copy', { name: 'x', cmk_id: 'no-such-key' }],
    [
      'replicate.key',
      'alice',
      () => imageNamed(backend(), A.golden),
      'copy',
      { name: 'x', cmk_id: keyIdOf('acme', 'cn-east-3', customKeyAlias('acme')) },
    ],
    ['replicate.name', 'alice', () => imageNamed(backend(), A.golden), 'copy', { name: ' padded' }],
    ['replicate.name', 'alice', () => imageNamed(backend(), A.golden), 'copy', { name: '' }],
    ['replicate.cross-region.size', 'alice', () => imageNamed(backend(), A.data350), 'cross', cross('ap-southeast-1')],
    [
      'replicate.cross-region.encrypted',
      'alice',
      () => imageNamed(backend(), A.encrypted),
      'cross',
      cross('ap-southeast-1'),
    ],
    [
      'replicate.cross-region.sequential',
      'alice',
      () => imageNamed(backend(), A.replicating),
      'cross',
      cross('ap-southeast-1'),
    ],
    ['replicate.cross-region.target', 'alice', () => imageNamed(backend(), A.golden), 'cross', cross(REGION)],
    [
      'replicate.cross-region.target',
      'alice',
      () => imageNamed(backend(), A.golden),
      'cross',
      cross('ap-southeast-1', { project_name: 'someone-else' }),
    ],
    [
      'replicate.cross-region.target',
      'alice',
      () => imageNamed(backend(), A.wholeFromCbr),
      'cross',
      cross('ap-southeast-1'),
    ],
    [
      'replicate.concurrent',
      'ivan',
      () => imageNamed(backend(), INITECH_IMAGES.euGateway, 'eu-west-101'),
      'copy',
      { name: 'x' },
    ],
    ['received.replicate-accepted', 'alice', () => imageNamed(backend(), G.pending), 'copy', { name: 'x' }],
    ['received.replicate-accepted', 'alice', () => imageNamed(backend(), G.accepted), 'cross', cross('ap-southeast-1')],
    ['received.replicate-encrypted', 'alice', () => imageNamed(backend(), G.acceptedEncrypted), 'copy', { name: 'x' }],
  ])('refuses with %s exactly as canReplicate decides', async (rule, user, imageOf, mode, body) => {
    const image = imageOf();
    const input = toReplicateInput(
      mode === 'copy' ? copyInRegionBodySchema.parse(body) : crossRegionCopyBodySchema.parse(body),
    );
    const expected = canReplicate(image, viewerOf(backend(), user), rulesOf(backend(), user), input);
    const before = dbState(backend());
    const response = await api(user, 'POST', mode === 'copy' ? copyPath(image) : crossPath(image), body);
    expectRefusal(response, expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'replicate', result: 'refused', rule, imageId: image.id });
  });

  it('refuses an in-region copy into a full region in the quota-full scenario', async () => {
    backend().reset('quota-full');
    const golden = imageNamed(backend(), A.golden);
    const input = toReplicateInput({ name: 'one-too-many' });
    const expected = canReplicate(golden, viewerOf(backend(), 'alice'), rulesOf(backend(), 'alice'), input);
    expectRefusal(await api('alice', 'POST', copyPath(golden), { name: 'one-too-many' }), expected, 'replicate.quota');
  });

  it('runs at most 5 replications per tenant: the 6th waits', async () => {
    backend().reset('empty');
    backend().updateSettings({ jobSpeed: 'real' });
    const images = Array.from({ length: 6 }, () => addImage(backend(), 'alice'));
    for (const [i, image] of images.slice(0, 5).entries())
      expect((await api('alice', 'POST', copyPath(image), { name: `copy-${i}` })).status).toBe(200);
    const sixth = images[5] as Image;
    const expected = canReplicate(sixth, viewerOf(backend(), 'alice'), rulesOf(backend(), 'alice'), {
      mode: 'in-region',
      name: 'copy-5',
      kmsKeyId: null,
    });
    const before = dbState(backend());
    expectRefusal(await api('alice', 'POST', copyPath(sixth), { name: 'copy-5' }), expected, 'replicate.concurrent');
    expect(dbState(backend())).toBe(before);
  });
});

describe('malformed and unknown', () => {
  it.each<[string, 'copy' | 'cross', unknown]>([
    ['no name', 'copy', {}],
    ['a name that is not a string', 'copy', { name: 42 }],
    ['a description with <>', 'copy', { name: 'x', description: '<b>' }],
    ['an empty cmk_id', 'copy', { name: 'x', cmk_id: '' }],
    ['an unknown region', 'cross', cross('mars-1')],
    ['no agency', 'cross', { name: 'x', region: 'ap-southeast-1', project_name: 'ap-southeast-1' }],
    ['no project', 'cross', { name: 'x', region: 'ap-southeast-1', agency_name: IMS_AGENCY }],
    ['an agency that does not exist', 'cross', cross('ap-southeast-1', { agency_name: 'nobody' })],
    ['an enterprise project that does not exist', 'copy', { name: 'x', enterprise_project_id: 'nope' }],
    ['invalid JSON', 'copy', '{'],
  ])('refuses %s with 400', async (_label, mode, body) => {
    const golden = imageNamed(backend(), A.golden);
    const before = dbState(backend());
    expectMalformed(await api('alice', 'POST', mode === 'copy' ? copyPath(golden) : crossPath(golden), body));
    expect(dbState(backend())).toBe(before);
  });

  it('answers 404 for unknown and foreign images, 401 without a token', async () => {
    expectMalformed(await api('alice', 'POST', `/ims/${REGION}/v1/cloudimages/no-such-image/copy`, { name: 'x' }), 404);
    expectMalformed(await api('alice', 'POST', copyPath(imageNamed(backend(), G.notShared)), { name: 'x' }), 404);
    expectMalformed(await api('gina', 'POST', crossPath(imageNamed(backend(), A.sles)), cross('ap-southeast-1')), 404);
    expectMalformed(await api(null, 'POST', copyPath(imageNamed(backend(), A.golden)), { name: 'x' }), 401);
    expect(errorOf(await api(null, 'POST', copyPath(imageNamed(backend(), A.golden)), { name: 'x' })).code).toBe(
      'APIGW.0301',
    );
  });
});

describe('field names of a refused request', () => {
  it.each<[string, 'copy' | 'cross', unknown, string]>([
    ['an empty cmk_id', 'copy', { name: 'x', cmk_id: '' }, 'kmsKeyId'],
    ['a description with <>', 'copy', { name: 'x', description: '<b>' }, 'description'],
    ['an unknown region', 'cross', cross('mars-1'), 'targetRegionId'],
    ['no agency', 'cross', { name: 'x', region: 'ap-southeast-1', project_name: 'ap-southeast-1' }, 'agencyName'],
    ['no project', 'cross', { name: 'x', region: 'ap-southeast-1', agency_name: IMS_AGENCY }, 'targetProjectName'],
    ['an agency that does not exist', 'cross', cross('ap-southeast-1', { agency_name: 'nobody' }), 'agencyName'],
    ['an unknown enterprise project', 'copy', { name: 'x', enterprise_project_id: 'nope' }, 'enterpriseProjectId'],
  ])('names the replicate input field of %s', async (_label, mode, body, field) => {
    const golden = imageNamed(backend(), A.golden);
    expectFieldError(await api('alice', 'POST', mode === 'copy' ? copyPath(golden) : crossPath(golden), body), field);
  });
});
