import { afterEach, describe, expect, it } from 'vitest';
import { canCreate, tagSetDenials, type Decision, type RegionId } from '../../domain';
import { imsImageSchema } from '../../domain/wire/image';
import {
  createDataImageActionSchema,
  type CreateFacts,
  createImageActionSchema,
  type CreateRequest,
  createWholeImageActionSchema,
  quickImportActionSchema,
  toCreateInput,
} from '../../domain/wire/create';
import { parseBucketUrl } from '../../domain/wire/obs';
import { jobAcceptedSchema } from '../../domain/wire/job';
import type { Backend } from '../backend';
import { BACKUPS, backupIdOf, diskIdOf, IMPORT_FILES, keyIdOf, serverIdOf, vaultIdOf } from '../seed';
import { dbState, expectFieldError, expectMalformed, expectRefusal, lastAudit } from './image-test-kit';
import { api, errorOf, projectOf, REGION, rulesOf, useBackend, viewerOf, type UserName } from './test-kit';

const { backend } = useBackend();
afterEach(() => backend().reset('demo'));

const ACTION = `/ims/${REGION}/v2/cloudimages/action`;
const DATA_ACTION = `/ims/${REGION}/v1/cloudimages/dataimages/action`;
const QUICK_ACTION = `/ims/${REGION}/v2/cloudimages/quickimport/action`;
const WHOLE_ACTION = `/ims/${REGION}/v1/cloudimages/wholeimages/action`;
const file = (object: { key: string }, bucket = 'acme-image-files') => `${bucket}:${object.key}`;

const SCHEMAS: Record<string, { parse: (body: unknown) => CreateRequest }> = {
  [ACTION]: createImageActionSchema,
  [`/ims/${REGION}/v2.1/cloudimages/action`]: createImageActionSchema,
  [DATA_ACTION]: createDataImageActionSchema,
  [QUICK_ACTION]: quickImportActionSchema,
  [WHOLE_ACTION]: createWholeImageActionSchema,
};

/** The facts the UI learns from the ECS and OBS APIs, read here from the same seeded db. */
function factsOf(b: Backend, request: CreateRequest): CreateFacts {
  const db = b.db();
  const body = request.body as { instance_id?: string; image_url?: string; data_images?: { volume_id: string }[] };
  const serverId =
    body.instance_id ?? db.servers.find((s) => s.dataDisks.some((d) => d.id === body.data_images?.[0]?.volume_id))?.id;
  const server = db.servers.find((s) => s.id === serverId);
  const url = body.image_url ? parseBucketUrl(body.image_url) : undefined;
  const bucket = url ? db.buckets.find((x) => x.name === url.bucket) : undefined;
  const object = bucket?.objects.find((o) => o.key === url?.file);
  return {
    ...(server ? { server: { id: server.id, kind: server.kind } } : {}),
    ...(object ? { file: { format: object.format, sizeGb: object.sizeGb } } : {}),
    ...(bucket ? { bucket: { name: bucket.name, regionId: bucket.regionId, storageClass: bucket.storageClass } } : {}),
  };
}

function decisionFor(user: UserName, path: string, body: unknown, region: RegionId = REGION): Decision {
  const schema = SCHEMAS[path.replace(/\/ims\/[^/]+\//, `/ims/${REGION}/`)];
  if (!schema) throw new Error(`test: no schema for ${path}`);
  const request = schema.parse(body);
  return canCreate(
    viewerOf(backend(), user),
    rulesOf(backend(), user),
    region,
    toCreateInput(request, factsOf(backend(), request)),
  );
}

async function created(user: UserName, path: string, body: unknown) {
  const response = await api(user, 'POST', path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const { job_id } = jobAcceptedSchema.parse(response.body);
  const job = backend()
    .db()
    .jobs.find((j) => j.id === job_id);
  if (!job?.resultImageId) throw new Error('test: the job names no image');
  const image = backend()
    .db()
    .images.find((i) => i.id === job.resultImageId);
  if (!image) throw new Error('test: no image was created');
  return { job, image, response };
}

describe('creating images', () => {
  it('makes a system disk image of an ECS: saving with its lineage and OS, then active when its job ends', async () => {
    backend().updateSettings({ jobSpeed: 'real' });
    const { job, image } = await created('alice', ACTION, {
      name: 'web-prod-01-image',
      instance_id: serverIdOf('web-prod-01'),
      description: 'From the storefront ECS',
      image_tags: [{ key: 'env', value: 'prod' }],
    });
    expect(image).toMatchObject({
      status: 'saving',
      type: 'system',
      ownerProjectId: projectOf('alice'),
      source: { kind: 'ecs', serverId: serverIdOf('web-prod-01'), serverName: 'web-prod-01' },
      platform: 'CentOS',
      osVersion: 'CentOS 7.9 64bit',
      osType: 'Linux',
      architecture: 'x86',
      sizeGb: 40,
      tags: [{ key: 'env', value: 'prod' }],
      kmsKeyId: null,
    });
    expect(image.publicImage?.platform).toBe('CentOS');
    expect(job).toMatchObject({
      kind: 'create',
      jobType: 'imsCreateImageByInstance',
      resultImageName: 'web-prod-01-image',
    });
    expect(lastAudit(backend())).toMatchObject({ operation: 'create', result: 'success', imageId: image.id });

    backend().updateSettings({ jobSpeed: 'instant' });
    job.durationMs = 0;
    const detail = await api('alice', 'GET', `/ims/${REGION}/v2/cloudimages/${image.id}`);
    expect(imsImageSchema.parse(detail.body).status).toBe('active');
  });

  it('makes a BMS image through the same action', async () => {
    const { image } = await created('alice', ACTION, { name: 'hpc-node', instance_id: serverIdOf('bms-hpc-01') });
    expect(image.source.kind).toBe('bms');
    const wire = imsImageSchema.parse((await api('alice', 'GET', `/ims/${REGION}/v2/cloudimages/${image.id}`)).body);
    expect(wire.virtual_env_type).toBe('Ironic');
  });

  it('makes one data disk image, and one job, per data disk', async () => {
    const response = await api('alice', 'POST', ACTION, {
      data_images: [
        { name: 'web-prod-01-data1', volume_id: diskIdOf('web-prod-01', 'data1'), tags: ['team.storefront'] },
      ],
    });
    expect(response.status).toBe(200);
    const image = backend()
      .db()
      .images.find((i) => i.name === 'web-prod-01-data1');
    expect(image).toMatchObject({ type: 'data', sizeGb: 100, tags: [{ key: 'team', value: 'storefront' }] });

    const two = await api('alice', 'POST', ACTION, {
      data_images: [
        { name: 'fs-data2', volume_id: diskIdOf('fileserver-01', 'data2') },
        { name: 'erp-db-data', volume_id: diskIdOf('erp-db-01', 'data1') },
      ],
    });
    expect(two.status).toBe(400);
    expect(errorOf(two).code).toBe('IMG.0140');
  });

  it('imports an OS of Table 6-6 in UEFI mode, and a Kunpeng disk (UEFI only) as Arm', async () => {
    const uefi = await created('alice', ACTION, {
      name: 'ubuntu1804-uefi',
      image_url: file(IMPORT_FILES.uefi),
      min_disk: 40,
      os_version: 'Ubuntu 18.04 Server 64bit',
      hw_firmware_type: 'uefi',
    });
    expect(uefi.image).toMatchObject({ platform: 'Ubuntu', architecture: 'x86', bootMode: 'uefi' });
    const arm = await created('alice', ACTION, {
      name: 'openeuler-kunpeng',
      image_url: file(IMPORT_FILES.kunpeng),
      min_disk: 40,
      os_version: 'openEuler 20.03 64bit',
      architecture: 'arm',
      hw_firmware_type: 'uefi',
    });
    expect(arm.image).toMatchObject({ platform: 'openEuler', architecture: 'arm', bootMode: 'uefi' });
  });

  it('imports a file, registers an ISO, imports a data disk, fast-imports a large RAW (v2 and v2.1 paths)', async () => {
    const system = await created('alice', `/ims/${REGION}/v2.1/cloudimages/action`, {
      name: 'golden-import',
      image_url: file(IMPORT_FILES.golden),
      min_disk: 40,
      os_version: 'CentOS 7.9 64bit',
    });
    expect(system.image).toMatchObject({
      type: 'system',
      platform: 'CentOS',
      sizeGb: 18,
      minDiskGb: 40,
      source: { kind: 'file', bucket: 'acme-image-files' },
    });
    expect(system.job.jobType).toBe('imsImportImageJob');

    const iso = await created('alice', ACTION, {
      type: 'IsoImage',
      name: 'ubuntu-live',
      image_url: file(IMPORT_FILES.iso),
      min_disk: 40,
      os_version: 'Ubuntu 20.04 Server 64bit',
    });
    expect(iso.image).toMatchObject({
      type: 'iso',
      diskFormat: 'iso',
      platform: 'Ubuntu',
      source: { kind: 'iso-file' },
    });

    const data = await created('alice', `/ims/${REGION}/v2.1/cloudimages/dataimages/action`, {
      name: 'fileserver-data',
      image_url: file(IMPORT_FILES.dataDisk),
      min_disk: 60,
    });
    expect(data.image).toMatchObject({ type: 'data', sizeGb: 60, minDiskGb: 60 });
    expect(data.job.jobType).toBe('imsImportDataImageJob');

    const quick = await created('alice', QUICK_ACTION, {
      name: 'analytics-node',
      image_url: file(IMPORT_FILES.largeRaw),
      min_disk: 300,
      os_version: 'Ubuntu 20.04 Server 64bit',
    });
    expect(quick.image).toMatchObject({ type: 'system', sizeGb: 300 });
  });

  it('makes full-ECS images from an ECS (with a vault) and from a CBR backup', async () => {
    backend().updateSettings({ jobSpeed: 'real' });
    const fromEcs = await created('alice', WHOLE_ACTION, {
      name: 'erp-app-full',
      instance_id: serverIdOf('erp-app-01'),
      vault_id: vaultIdOf('acme', REGION),
    });
    expect(fromEcs.image).toMatchObject({ type: 'whole', source: { kind: 'ecs' }, platform: 'RedHat', sizeGb: 60 });
    expect(fromEcs.job.jobType).toBe('imsCreateWholeImageByInstanceJob');

    const fromBackup = await created('alice', WHOLE_ACTION, {
      name: 'web-prod-full',
      backup_id: backupIdOf(BACKUPS.webProdCbr),
      whole_image_type: 'CBR',
    });
    expect(fromBackup.image).toMatchObject({
      type: 'whole',
      source: { kind: 'cbr-backup', backupName: BACKUPS.webProdCbr },
      sizeGb: 140,
    });
    // The backup is now in use: a second image from it waits (create.backup-single-use).
    const again = await api('alice', 'POST', WHOLE_ACTION, {
      name: 'web-prod-full-2',
      backup_id: backupIdOf(BACKUPS.webProdCbr),
    });
    expect(errorOf(again).rule).toBe('create.backup-single-use');
  });

  it.each<[string, UserName, string, Record<string, unknown>]>([
    ['access.read-only', 'oliver', ACTION, { name: 'x', instance_id: serverIdOf('web-prod-01') }],
    [
      'access.read-only',
      'oliver',
      `/ims/${REGION}/v2.1/cloudimages/action`,
      { name: 'x', image_url: file(IMPORT_FILES.golden), min_disk: 40 },
    ],
    ['access.read-only', 'oliver', DATA_ACTION, { name: 'x', image_url: file(IMPORT_FILES.dataDisk), min_disk: 60 }],
    [
      'access.read-only',
      'oliver',
      QUICK_ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.largeRaw), min_disk: 300, os_version: 'CentOS 7.9 64bit' },
    ],
    ['access.read-only', 'oliver', WHOLE_ACTION, { name: 'x', backup_id: backupIdOf(BACKUPS.webProdCbr) }],
    [
      'create.concurrent-tasks',
      'ivan',
      `/ims/cn-south-1/v2/cloudimages/action`,
      { name: 'x', instance_id: serverIdOf('image-factory-01') },
    ],
    ['create.ecs-state', 'alice', ACTION, { name: 'x', instance_id: serverIdOf('batch-worker-07') }],
    ['create.ecs-frozen', 'alice', ACTION, { name: 'x', instance_id: serverIdOf('legacy-billing-01') }],
    ['create.bms-state', 'alice', ACTION, { name: 'x', instance_id: serverIdOf('bms-hpc-02') }],
    ['create.system-disk-size', 'alice', ACTION, { name: 'x', instance_id: serverIdOf('hana-db-01') }],
    [
      'create.data-disk-size',
      'alice',
      ACTION,
      { data_images: [{ name: 'x', volume_id: diskIdOf('fileserver-01', 'data1') }] },
    ],
    ['create.backup-single-use', 'alice', WHOLE_ACTION, { name: 'x', backup_id: backupIdOf(BACKUPS.erpAppCbrInUse) }],
    ['import.format', 'alice', ACTION, { name: 'x', image_url: file(IMPORT_FILES.iso), min_disk: 40 }],
    ['import.size', 'alice', ACTION, { name: 'x', image_url: file(IMPORT_FILES.largeQcow2), min_disk: 200 }],
    [
      'import.size',
      'alice',
      QUICK_ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.largeQcow2), min_disk: 200, os_version: 'CentOS 7.9 64bit' },
    ],
    [
      'import.size',
      'alice',
      QUICK_ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.tooLarge), min_disk: 1024, os_version: 'CentOS 7.9 64bit' },
    ],
    [
      'import.data-disk-capacity',
      'alice',
      DATA_ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.dataDisk), min_disk: 50 },
    ],
    [
      'import.iso-limits',
      'alice',
      ACTION,
      {
        type: 'IsoImage',
        name: 'x',
        image_url: file(IMPORT_FILES.golden),
        min_disk: 40,
        os_version: 'CentOS 7.9 64bit',
      },
    ],
    [
      'encrypt.iso',
      'alice',
      ACTION,
      {
        type: 'IsoImage',
        name: 'x',
        image_url: file(IMPORT_FILES.iso),
        min_disk: 40,
        os_version: 'Ubuntu 22.04',
        cmk_id: keyIdOf('acme', REGION, 'ims/default'),
      },
    ],
    [
      'import.bucket',
      'alice',
      ACTION,
      { name: 'x', image_url: 'acme-archive-cold:erp-2019-disk.vmdk', min_disk: 80, os_version: 'CentOS 7.9 64bit' },
    ],
    [
      'import.bucket',
      'alice',
      DATA_ACTION,
      { name: 'x', image_url: 'acme-sh-files:sh-store-disk.qcow2', min_disk: 40 },
    ],
    [
      'import.os-version',
      'alice',
      ACTION,
      {
        name: 'x',
        image_url: file(IMPORT_FILES.golden),
        min_disk: 40,
        os_version: 'CentOS 7.9 64bit',
        architecture: 'arm',
        hw_firmware_type: 'uefi',
      },
    ],
    [
      'import.os-version',
      'alice',
      ACTION,
      { type: 'IsoImage', name: 'x', image_url: file(IMPORT_FILES.iso), min_disk: 40, os_version: 'Solaris 11 64bit' },
    ],
    [
      'import.boot-mode',
      'alice',
      ACTION,
      {
        name: 'x',
        image_url: file(IMPORT_FILES.golden),
        min_disk: 40,
        os_version: 'CentOS 7.9 64bit',
        hw_firmware_type: 'uefi',
      },
    ],
    [
      'import.boot-mode',
      'alice',
      QUICK_ACTION,
      {
        name: 'x',
        image_url: file(IMPORT_FILES.largeRaw),
        min_disk: 300,
        os_version: 'openEuler 20.03 64bit',
        architecture: 'arm',
        hw_firmware_type: 'bios',
      },
    ],
    [
      'import.system-disk-size',
      'alice',
      QUICK_ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.largeRaw), min_disk: 200, os_version: 'CentOS 7.9 64bit' },
    ],
    [
      'import.system-disk-size',
      'alice',
      ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.golden), min_disk: 2048, os_version: 'CentOS 7.9 64bit' },
    ],
  ])('refuses with %s exactly as canCreate decides', async (rule, user, path, body) => {
    const region = (/\/ims\/([^/]+)\//.exec(path)?.[1] ?? REGION) as RegionId;
    const before = dbState(backend());
    const expected = decisionFor(user, path, body, region);
    const response = await api(user, 'POST', path, body);
    expectRefusal(response, expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'create', result: 'refused', rule });
  });

  it.each([
    ['tags.key', [{ key: 'bad key!', value: 'v' }]],
    ['tags.value', [{ key: 'env', value: 'has space' }]],
    ['tags.limit', Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: 'v' }))],
  ])('refuses invalid tags with %s, as the Manage Tags rules decide', async (rule, tags) => {
    const [expected] = [...tagSetDenials(tags)];
    const before = dbState(backend());
    const response = await api('alice', 'POST', ACTION, {
      name: 'x',
      instance_id: serverIdOf('web-prod-01'),
      image_tags: tags,
    });
    expectRefusal(response, expected ?? { allowed: true }, rule);
    expect(dbState(backend())).toBe(before);
  });

  it('refuses a create in a region at its quota with create.quota (quota-full scenario)', async () => {
    backend().reset('quota-full');
    const body = { name: 'one-too-many', instance_id: serverIdOf('web-prod-01') };
    const before = dbState(backend());
    const expected = decisionFor('alice', ACTION, body);
    expectRefusal(await api('alice', 'POST', ACTION, body), expected, 'create.quota');
    expect(dbState(backend())).toBe(before);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['an unknown ECS', ACTION, { name: 'x', instance_id: 'no-such-server' }],
    ['another tenant’s ECS', ACTION, { name: 'x', instance_id: serverIdOf('dispatch-web-01') }],
    ['an ECS of another region', ACTION, { name: 'x', instance_id: serverIdOf('sh-store-01') }],
    ['an unknown data disk', ACTION, { data_images: [{ name: 'x', volume_id: 'no-such-disk' }] }],
    ['an unknown file', ACTION, { name: 'x', image_url: 'acme-image-files:missing.qcow2', min_disk: 40 }],
    ['another tenant’s bucket', ACTION, { name: 'x', image_url: 'globex-bj-exports:x.qcow2', min_disk: 40 }],
    ['an unknown backup', WHOLE_ACTION, { name: 'x', backup_id: 'no-such-backup' }],
    ['an unknown vault', WHOLE_ACTION, { name: 'x', instance_id: serverIdOf('erp-app-01'), vault_id: 'no-such-vault' }],
  ])('answers 404 for %s', async (_label, path, body) => {
    const before = dbState(backend());
    expectMalformed(await api('alice', 'POST', path, body), 404);
    expect(dbState(backend())).toBe(before);
  });

  it.each<[string, string, unknown]>([
    ['an empty object', ACTION, {}],
    ['an array', ACTION, [{ name: 'x' }]],
    ['a bad name', ACTION, { name: ' padded ', instance_id: serverIdOf('web-prod-01') }],
    ['a description with <>', ACTION, { name: 'x', instance_id: serverIdOf('web-prod-01'), description: '<b>' }],
    [
      'tags and image_tags together',
      ACTION,
      { name: 'x', instance_id: serverIdOf('web-prod-01'), tags: ['a.b'], image_tags: [] },
    ],
    ['min_ram not a number', ACTION, { name: 'x', instance_id: serverIdOf('web-prod-01'), min_ram: 'lots' }],
    ['image_url without a colon', ACTION, { name: 'x', image_url: 'acme-image-files', min_disk: 40 }],
    ['min_disk as text', ACTION, { name: 'x', image_url: file(IMPORT_FILES.golden), min_disk: '40' }],
    [
      'Arm with BIOS',
      ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.golden), min_disk: 40, architecture: 'arm', hw_firmware_type: 'bios' },
    ],
    [
      'an ISO without os_version',
      ACTION,
      { type: 'IsoImage', name: 'x', image_url: file(IMPORT_FILES.iso), min_disk: 40 },
    ],
    ['no data disks', ACTION, { data_images: [] }],
    ['a data image without a capacity', DATA_ACTION, { name: 'x', image_url: file(IMPORT_FILES.dataDisk) }],
    [
      'a fast import without os_version',
      QUICK_ACTION,
      { name: 'x', image_url: file(IMPORT_FILES.largeRaw), min_disk: 300 },
    ],
    [
      'a full-ECS image from an ECS and a backup',
      WHOLE_ACTION,
      { name: 'x', instance_id: 'a', backup_id: 'b', vault_id: 'v' },
    ],
    ['a full-ECS image of an ECS without a vault', WHOLE_ACTION, { name: 'x', instance_id: serverIdOf('erp-app-01') }],
    [
      'a backup type that is not this backup’s',
      WHOLE_ACTION,
      { name: 'x', backup_id: backupIdOf(BACKUPS.webProdCbr), whole_image_type: 'CSBS' },
    ],
    ['invalid JSON', ACTION, '{"name":'],
  ])('refuses %s with 400', async (_label, path, body) => {
    const before = dbState(backend());
    const response = await api('alice', 'POST', path, body);
    expectMalformed(response);
    expect(dbState(backend())).toBe(before);
  });

  it('answers an empty body with IMG.0007 and a missing token with 401', async () => {
    const empty = await fetch(`http://localhost${ACTION}`, {
      method: 'POST',
      headers: { 'X-Auth-Token': 'demo-token-alice' },
    });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('IMG.0007');
    expectMalformed(await api(null, 'POST', ACTION, { name: 'x', instance_id: serverIdOf('web-prod-01') }), 401);
  });

  it('refuses a disabled KMS key for an encrypted import', async () => {
    const response = await api('alice', 'POST', ACTION, {
      name: 'x',
      image_url: file(IMPORT_FILES.golden),
      min_disk: 40,
      cmk_id: keyIdOf('acme', REGION, 'acme-cmk-retired'),
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('IMG.0097');
  });
});

describe('field names of a refused request', () => {
  it.each<[string, string, unknown, string]>([
    ['image_url without a colon', ACTION, { name: 'x', image_url: 'acme-image-files', min_disk: 40 }, 'imageUrl'],
    ['min_disk as text', ACTION, { name: 'x', image_url: file(IMPORT_FILES.golden), min_disk: '40' }, 'minDiskGb'],
    ['a data disk id that is not a string', ACTION, { data_images: [{ name: 'x', volume_id: 7 }] }, 'dataDiskIds.0'],
    [
      'a tag key that is not a string',
      ACTION,
      { name: 'x', instance_id: serverIdOf('web-prod-01'), image_tags: [{ key: 1, value: 'v' }] },
      'tags.0.key',
    ],
    [
      'min_ram, which no create rule reads',
      ACTION,
      { name: 'x', instance_id: serverIdOf('web-prod-01'), min_ram: 'lots' },
      'body.min_ram',
    ],
  ])('names the field of %s', async (_label, path, body, field) => {
    expectFieldError(await api('alice', 'POST', path, body), field);
  });
});
