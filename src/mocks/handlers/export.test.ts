import { afterEach, describe, expect, it } from 'vitest';
import { canDelete, canExport, type Image } from '../../domain';
import { exportImageBodySchema, toExportInput } from '../../domain/wire/export';
import { jobAcceptedSchema } from '../../domain/wire/job';
import { ACME_IMAGES, GLOBEX_IMAGES } from '../seed';
import { dbState, expectFieldError, expectMalformed, expectRefusal, imageNamed, lastAudit } from './image-test-kit';
import { api, errorOf, REGION, rulesOf, useBackend, viewerOf, type UserName } from './test-kit';

const { backend } = useBackend();
afterEach(() => backend().reset('demo'));

const A = ACME_IMAGES;
const G = GLOBEX_IMAGES;
const exportPath = (image: Pick<Image, 'id' | 'regionId'>, version = 'v1') =>
  `/ims/${image.regionId}/${version}/cloudimages/${image.id}/file`;
const objectsOf = (bucket: string) =>
  backend()
    .db()
    .buckets.find((b) => b.name === bucket)?.objects ?? [];

describe('exporting', () => {
  it('starts an export job whose file lands in the bucket when it ends', async () => {
    const golden = imageNamed(backend(), A.golden);
    const response = await api('alice', 'POST', exportPath(golden, 'v2.1'), {
      bucket_url: 'acme-image-exports:exports/golden.qcow2',
      file_format: 'qcow2',
    });
    expect(response.status).toBe(200);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
    expect(job).toMatchObject({ kind: 'export', sourceImageId: golden.id, jobType: 'imsNativeExportImageJob' });
    expect(job?.detail).toMatchObject({
      bucket: 'acme-image-exports',
      fileName: 'exports/golden.qcow2',
      format: 'qcow2',
      sizeGb: golden.sizeGb,
    });
    expect(objectsOf('acme-image-exports').find((o) => o.key === 'exports/golden.qcow2')).toMatchObject({
      format: 'qcow2',
      sizeGb: golden.sizeGb,
      exportedFromImageId: golden.id,
    });
    expect(lastAudit(backend())).toMatchObject({ operation: 'export', result: 'success', imageId: golden.id });
  });

  it('fast-exports a large image as ZVHD2', async () => {
    const large = imageNamed(backend(), A.large200);
    const response = await api('alice', 'POST', exportPath(large), {
      bucket_url: 'acme-image-exports:media.zvhd2',
      is_quick_export: true,
    });
    expect(response.status).toBe(200);
    expect(objectsOf('acme-image-exports').find((o) => o.key === 'media.zvhd2')?.format).toBe('zvhd2');
  });

  it('while the export runs, the rules see it: no delete, no second export', async () => {
    backend().updateSettings({ jobSpeed: 'real' });
    const image = imageNamed(backend(), A.ubuntu);
    const body = { bucket_url: 'acme-image-exports:k8s-node.vmdk', file_format: 'vmdk' };
    expect((await api('alice', 'POST', exportPath(image), body)).status).toBe(200);
    expect(objectsOf('acme-image-exports').some((o) => o.key === 'k8s-node.vmdk')).toBe(false);

    const deleteDecision = canDelete(image, viewerOf(backend(), 'alice'), rulesOf(backend(), 'alice'));
    expectRefusal(
      await api('alice', 'DELETE', `/ims/${REGION}/v2/images/${image.id}`),
      deleteDecision,
      'delete.in-progress',
    );
    expect(errorOf(await api('alice', 'DELETE', `/ims/${REGION}/v2/images/${image.id}`)).message).toContain(
      'being exported',
    );

    const again = { bucket_url: 'acme-image-exports:k8s-node-2.vmdk', file_format: 'vmdk' as const };
    const exportDecision = canExport(
      image,
      viewerOf(backend(), 'alice'),
      rulesOf(backend(), 'alice'),
      toExportInput(again),
    );
    expectRefusal(await api('alice', 'POST', exportPath(image), again), exportDecision, 'export.status');
  });

  it.each<[string, UserName, () => Image, Record<string, unknown>]>([
    [
      'access.read-only',
      'oliver',
      () => imageNamed(backend(), A.golden),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'access.owner',
      'alice',
      () => imageNamed(backend(), G.accepted),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.status',
      'alice',
      () => imageNamed(backend(), A.killed),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    ['export.format', 'alice', () => imageNamed(backend(), A.golden), { bucket_url: 'acme-image-exports:a.qcow2' }],
    [
      'export.format',
      'alice',
      () => imageNamed(backend(), A.golden),
      { bucket_url: 'acme-image-exports:a.zvhd2', file_format: 'zvhd2' },
    ],
    [
      'export.max-size',
      'alice',
      () => imageNamed(backend(), A.data1024),
      { bucket_url: 'acme-image-exports:a.zvhd2', is_quick_export: true },
    ],
    [
      'export.fast-only',
      'alice',
      () => imageNamed(backend(), A.shanghai200, 'cn-east-3'),
      { bucket_url: 'acme-sh-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.fast-encrypted',
      'alice',
      () => imageNamed(backend(), A.encrypted),
      { bucket_url: 'acme-image-exports:a.zvhd2', is_quick_export: true },
    ],
    [
      'export.fast-encrypted',
      'alice',
      () => imageNamed(backend(), A.singaporeEncrypted160, 'ap-southeast-3'),
      { bucket_url: 'acme-sg-dr:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.bucket',
      'alice',
      () => imageNamed(backend(), A.golden),
      { bucket_url: 'nobody-bucket:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.bucket',
      'alice',
      () => imageNamed(backend(), A.golden),
      { bucket_url: 'acme-archive-cold:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.bucket',
      'alice',
      () => imageNamed(backend(), A.golden),
      { bucket_url: 'acme-sh-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.bucket',
      'alice',
      () => imageNamed(backend(), A.golden),
      { bucket_url: 'globex-bj-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.bucket',
      'alice',
      () => imageNamed(backend(), A.golden),
      { bucket_url: 'acme-image-exports:ubuntu22-k8s-node.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.whole-image',
      'alice',
      () => imageNamed(backend(), A.wholeFromCbr),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.iso',
      'alice',
      () => imageNamed(backend(), A.iso),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.licensed-os',
      'alice',
      () => imageNamed(backend(), A.windows),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.licensed-os',
      'alice',
      () => imageNamed(backend(), A.sles),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.licensed-os',
      'alice',
      () => imageNamed(backend(), A.oracle),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.licensed-os',
      'gina',
      () => imageNamed(backend(), G.ubuntuSouth, 'cn-south-1'),
      { bucket_url: 'globex-gz-images:a.qcow2', file_format: 'qcow2' },
    ],
    [
      'export.koogallery',
      'alice',
      () => imageNamed(backend(), A.fromKooGallery),
      { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' },
    ],
  ])('refuses with %s exactly as canExport decides', async (rule, user, imageOf, body) => {
    const image = imageOf();
    const expected = canExport(
      image,
      viewerOf(backend(), user),
      rulesOf(backend(), user),
      toExportInput(exportImageBodySchema.parse(body)),
    );
    const before = dbState(backend());
    expectRefusal(await api(user, 'POST', exportPath(image), body), expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'export', result: 'refused', rule, imageId: image.id });
  });
});

describe('malformed and unknown', () => {
  it.each<[string, unknown, string]>([
    ['a bucket_url without a colon', { bucket_url: 'acme-image-exports', file_format: 'qcow2' }, '<bucket>:<file>'],
    ['an empty bucket name', { bucket_url: ':a.qcow2', file_format: 'qcow2' }, 'bucket name is empty'],
    ['an invalid bucket name', { bucket_url: 'Acme_Bucket:a.qcow2', file_format: 'qcow2' }, 'is invalid'],
    ['an empty file name', { bucket_url: 'acme-image-exports:', file_format: 'qcow2' }, 'file name is empty'],
    [
      'a file name with a space',
      { bucket_url: 'acme-image-exports:my image.qcow2', file_format: 'qcow2' },
      'contains a space',
    ],
    [
      'a file name over 255 characters',
      { bucket_url: `acme-image-exports:${'a'.repeat(256)}`, file_format: 'qcow2' },
      'at most 255',
    ],
    [
      'a file name with invalid characters',
      { bucket_url: 'acme-image-exports:a*b.qcow2', file_format: 'qcow2' },
      'contains "*"',
    ],
    [
      'file_format together with fast export',
      { bucket_url: 'acme-image-exports:a.zvhd2', file_format: 'zvhd2', is_quick_export: true },
      'leave file_format out',
    ],
    ['a format IMS does not write', { bucket_url: 'acme-image-exports:a.raw', file_format: 'raw' }, 'format:'],
    ['is_quick_export as text', { bucket_url: 'acme-image-exports:a.zvhd2', is_quick_export: 'true' }, 'fastExport:'],
    ['no bucket_url', { file_format: 'qcow2' }, 'fileName:'],
    ['invalid JSON', '{"bucket_url"', 'not valid JSON'],
  ])('refuses %s with 400 and a clear message', async (_label, body, message) => {
    const golden = imageNamed(backend(), A.golden);
    const before = dbState(backend());
    const response = await api('alice', 'POST', exportPath(golden), body);
    expectMalformed(response);
    expect(errorOf(response).message).toContain(message);
    expect(dbState(backend())).toBe(before);
  });

  it('answers 404 for unknown and foreign images, 401 without a token', async () => {
    const body = { bucket_url: 'acme-image-exports:a.qcow2', file_format: 'qcow2' };
    expectMalformed(await api('alice', 'POST', `/ims/${REGION}/v1/cloudimages/no-such-image/file`, body), 404);
    expectMalformed(await api('alice', 'POST', exportPath(imageNamed(backend(), G.notShared)), body), 404);
    expectMalformed(await api(null, 'POST', exportPath(imageNamed(backend(), A.golden)), body), 401);
  });
});

describe('field names of a refused request', () => {
  it.each<[string, unknown, string]>([
    ['a bucket_url without a colon', { bucket_url: 'acme-image-exports', file_format: 'qcow2' }, 'fileName'],
    ['a file name with a space', { bucket_url: 'acme-image-exports:my image.qcow2', file_format: 'qcow2' }, 'fileName'],
    ['a format IMS does not write', { bucket_url: 'acme-image-exports:a.raw', file_format: 'raw' }, 'format'],
    ['is_quick_export as text', { bucket_url: 'acme-image-exports:a.zvhd2', is_quick_export: 'true' }, 'fastExport'],
  ])('names the export input field of %s', async (_label, body, field) => {
    expectFieldError(await api('alice', 'POST', exportPath(imageNamed(backend(), A.golden)), body), field);
  });
});
