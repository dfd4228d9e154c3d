import { describe, expect, it } from 'vitest';
import { placeDenials } from '../../components/form/use-rule-form';
import { canCreate, tagSetDenials, type Decision, type RegionId, type RuleContext, type RuleId } from '../../domain';
import { makeBackup, makeBucket, makeContext, makeJobs, makeServer, makeViewer } from '../../domain/test-fixtures';
import {
  createDataImageActionSchema,
  createImageActionSchema,
  createWholeImageActionSchema,
  quickImportActionSchema,
  toCreateInput,
  type CreateFacts,
} from '../../domain/wire/create';
import { parseBucketUrl } from '../../domain/wire/obs';
import {
  createDenials,
  createRequestOf,
  defaultValues,
  formFieldOf,
  imageNames,
  shapeProblems,
  type CreateFormValues,
} from './create-form';

/*
 * The Create Image form against the backend: for every create rule, the values the page holds
 * are refused on the field of the rule's name, with the rule's sentence, and the request those
 * values send is refused by canCreate (through the body schema and toCreateInput the handler uses)
 * with the same rule, sentence and field. Allowed values pass both.
 */

const REGION: RegionId = 'cn-north-4';
const viewer = makeViewer();

const ECS = makeServer();
const BIG_ECS = makeServer({
  id: 'srv-hana',
  name: 'hana-db',
  systemDisk: { id: 'vol-hana-sys', name: 'hana-sys', sizeGb: 2048 },
  dataDisks: [
    { id: 'vol-hana-d1', name: 'hana-data1', sizeGb: 1500 },
    { id: 'vol-hana-d2', name: 'hana-data2', sizeGb: 500 },
  ],
});
const BMS = makeServer({ id: 'bms-01', name: 'bms-hpc', kind: 'bms', dataDisks: [] });
const FILES = makeBucket({
  name: 'acme-files',
  objects: [
    { key: 'golden.qcow2', sizeGb: 18, format: 'qcow2', createdAt: '2026-01-01T00:00:00Z', exportedFromImageId: null },
    { key: 'big.raw', sizeGb: 300, format: 'raw', createdAt: '2026-01-01T00:00:00Z', exportedFromImageId: null },
    { key: 'big.qcow2', sizeGb: 200, format: 'qcow2', createdAt: '2026-01-01T00:00:00Z', exportedFromImageId: null },
    { key: 'huge.raw', sizeGb: 1300, format: 'raw', createdAt: '2026-01-01T00:00:00Z', exportedFromImageId: null },
    { key: 'live.iso', sizeGb: 2, format: 'iso', createdAt: '2026-01-01T00:00:00Z', exportedFromImageId: null },
    { key: 'data.vhd', sizeGb: 60, format: 'vhd', createdAt: '2026-01-01T00:00:00Z', exportedFromImageId: null },
  ],
});
const COLD = makeBucket({ name: 'acme-cold', storageClass: 'COLD', objects: FILES.objects });
const BACKUP = makeBackup();
const BUSY_BACKUP = makeBackup({ id: 'bk-busy', name: 'cbr-busy' });

const CTX = makeContext({
  servers: [ECS, BIG_ECS, BMS],
  buckets: [FILES, COLD],
  backups: [BACKUP, BUSY_BACKUP],
  images: [
    {
      id: 'img-x',
      name: 'full-x',
      status: 'saving',
      source: { kind: 'cbr-backup', backupId: 'bk-busy', backupName: 'cbr-busy' },
    },
  ],
});

function fileValues(
  imageType: 'system' | 'data' | 'iso',
  key: string,
  patch: Partial<CreateFormValues> = {},
  bucket = FILES,
) {
  const object = bucket.objects.find((o) => o.key === key);
  if (!object) throw new Error(`test: no file ${key}`);
  return {
    ...defaultValues(imageType, 'file'),
    name: 'imported',
    bucket: bucket.name,
    imageUrl: `${bucket.name}:${key}`,
    fileFormat: object.format,
    fileSizeGb: object.sizeGb,
    minDiskGb: String(Math.max(40, Math.ceil(object.sizeGb))),
    quickImport: imageType !== 'iso' && object.sizeGb > 128,
    osVersion: 'CentOS 7.9 64bit',
    ...patch,
  };
}

const ecs = (patch: Partial<CreateFormValues> = {}) => ({
  ...defaultValues('system', 'ecs'),
  name: 'from-ecs',
  serverId: ECS.id,
  ...patch,
});

const SCHEMAS = {
  createImage: createImageActionSchema,
  createDataImage: createDataImageActionSchema,
  quickImport: quickImportActionSchema,
  createWholeImage: createWholeImageActionSchema,
};

/** What the backend decides of the request these values send: the handler's own steps. */
function backendDecision(values: CreateFormValues, ctx: RuleContext, who = viewer): Decision {
  const server = ctx.servers.find((s) => s.id === values.serverId);
  const { endpoint, body } = createRequestOf(values, server);
  const request = SCHEMAS[endpoint].parse(body);
  const url = 'image_url' in request.body ? parseBucketUrl(request.body.image_url) : undefined;
  const bucket = ctx.buckets.find((b) => b.name === url?.bucket);
  const object = bucket?.objects.find((o) => o.key === url?.file);
  const volumeOwner = ctx.servers.find((s) => s.dataDisks.some((d) => values.dataDiskIds.includes(d.id)));
  const owner = server ?? volumeOwner;
  const facts: CreateFacts = {
    ...(owner ? { server: { id: owner.id, kind: owner.kind } } : {}),
    ...(object ? { file: { format: object.format, sizeGb: object.sizeGb } } : {}),
    ...(bucket ? { bucket: { name: bucket.name, regionId: bucket.regionId, storageClass: bucket.storageClass } } : {}),
  };
  const decision = canCreate(who, ctx, REGION, toCreateInput(request, facts));
  if (!decision.allowed) return decision;
  const [tagDenial] = [
    ...tagSetDenials(request.body && 'image_tags' in request.body ? (request.body.image_tags ?? []) : []),
  ];
  return tagDenial ?? decision;
}

interface Row {
  name: string;
  values: CreateFormValues;
  ctx?: RuleContext;
  viewer?: ReturnType<typeof makeViewer>;
}

describe('the Create Image form refuses as the backend does', () => {
  it.each<Row & { rule: RuleId; field: string; reason: string }>([
    {
      name: 'a region at its quota',
      rule: 'create.quota',
      field: 'root',
      reason: 'CN North-Beijing4 already has 50 of 50 private images.',
      values: ecs(),
      ctx: { ...CTX, quota: { [REGION]: { used: 50, limit: 50 } } },
    },
    {
      name: '40 creation tasks',
      rule: 'create.concurrent-tasks',
      field: 'root',
      reason: '40 image-creation tasks are running; at most 40 may run at once.',
      values: ecs(),
      ctx: { ...CTX, jobs: makeJobs(40, { kind: 'create' }) },
    },
    {
      name: 'a read-only user',
      rule: 'access.read-only',
      field: 'root',
      reason: 'Your role is IMS ReadOnlyAccess; it can view images but not change them.',
      values: ecs(),
      viewer: makeViewer({ role: 'read-only' }),
    },
    {
      name: 'a faulty ECS',
      rule: 'create.ecs-state',
      field: 'serverId',
      reason: 'ECS ecs-web-01 is Faulty; it must be Stopped or Running.',
      values: ecs(),
      ctx: { ...CTX, servers: [{ ...ECS, state: 'ERROR' }] },
    },
    {
      name: 'a frozen ECS',
      rule: 'create.ecs-frozen',
      field: 'serverId',
      reason: 'ECS ecs-web-01 is frozen for overdue payment.',
      values: ecs({ imageType: 'whole', vaultId: 'vault-bj4' }),
      ctx: { ...CTX, servers: [{ ...ECS, frozen: true }] },
    },
    {
      name: 'a running BMS',
      rule: 'create.bms-state',
      field: 'serverId',
      reason: 'BMS bms-hpc is Running; it must be Stopped.',
      values: { ...ecs({ source: 'bms' }), serverId: BMS.id },
      ctx: { ...CTX, servers: [{ ...BMS, state: 'ACTIVE' }] },
    },
    {
      name: 'a 2 TB system disk',
      rule: 'create.system-disk-size',
      field: 'serverId',
      reason: 'The system disk of hana-db is 2048 GB; a system disk image allows at most 1024 GB.',
      values: ecs({ serverId: BIG_ECS.id }),
    },
    {
      name: 'a data disk over 1 TB',
      rule: 'create.data-disk-size',
      field: 'dataDiskIds',
      reason: 'Data disk hana-data1 is 1500 GB; a data disk image allows at most 1024 GB.',
      values: ecs({ imageType: 'data', serverId: BIG_ECS.id, dataDiskIds: ['vol-hana-d1'] }),
    },
    {
      name: 'a backup in use',
      rule: 'create.backup-single-use',
      field: 'backupId',
      reason: 'Backup cbr-busy is already being used to create image full-x.',
      values: { ...defaultValues('whole', 'cbr'), name: 'full', backupId: 'bk-busy' },
    },
    {
      name: 'an ISO file as a disk image',
      rule: 'import.format',
      field: 'fileFormat',
      reason: 'The file format ISO cannot be imported as a disk image.',
      values: fileValues('system', 'live.iso'),
    },
    {
      name: 'a 300 GB file without fast import',
      rule: 'import.size',
      field: 'quickImport',
      reason: 'The file is 300 GB; files over 128 GB need fast import.',
      values: fileValues('system', 'big.raw', { quickImport: false }),
    },
    {
      name: 'a QCOW2 file through fast import',
      rule: 'import.size',
      field: 'quickImport',
      reason: 'The file is 200 GB; fast import takes only RAW or ZVHD2 files, not QCOW2.',
      values: fileValues('system', 'big.qcow2'),
    },
    {
      name: 'a file over 1 TB',
      rule: 'import.size',
      field: 'imageUrl',
      reason: 'The file is 1300 GB; at most 1024 GB can be imported.',
      values: fileValues('data', 'huge.raw', { minDiskGb: '1300' }),
    },
    {
      name: 'a data disk capacity below the file',
      rule: 'import.data-disk-capacity',
      field: 'minDiskGb',
      reason: 'A disk capacity of 50 GB is not allowed: it must be 40–2048 GB and at least the 60 GB disk in the file.',
      values: fileValues('data', 'data.vhd', { minDiskGb: '50' }),
    },
    {
      name: 'a QCOW2 file registered as ISO',
      rule: 'import.iso-limits',
      field: 'imageUrl',
      reason: 'ISO registration takes an .iso file, not QCOW2.',
      values: fileValues('iso', 'golden.qcow2'),
    },
    {
      name: 'a Cold bucket',
      rule: 'import.bucket',
      field: 'bucket',
      reason: 'Bucket acme-cold is of the Archive class; images are imported only from Standard buckets.',
      values: fileValues('system', 'golden.qcow2', {}, COLD),
    },
    {
      name: 'an x86 OS on Kunpeng',
      rule: 'import.os-version',
      field: 'osVersion',
      reason: 'CentOS 7.9 64bit is not a supported OS for Kunpeng (Arm) ECSs.',
      values: fileValues('system', 'golden.qcow2', { architecture: 'arm', bootMode: 'uefi' }),
    },
    {
      name: 'UEFI for an OS outside Table 6-6',
      rule: 'import.boot-mode',
      field: 'bootMode',
      reason: 'CentOS 7.9 64bit does not support UEFI boot mode.',
      values: fileValues('iso', 'live.iso', { bootMode: 'uefi' }),
    },
    {
      name: 'a system disk smaller than the file',
      rule: 'import.system-disk-size',
      field: 'minDiskGb',
      reason: 'A system disk of 200 GB is not allowed: it must be 40–1024 GB and at least the 300 GB disk in the file.',
      values: fileValues('system', 'big.raw', { minDiskGb: '200' }),
    },
    {
      name: 'a tag key with a space',
      rule: 'tags.key',
      field: 'tags.0.key',
      reason: 'Tag key "bad key" contains " ", which is not allowed.',
      values: ecs({ tags: [{ key: 'bad key', value: 'v' }] }),
    },
    {
      name: 'eleven tags',
      rule: 'tags.limit',
      field: 'tags',
      reason: 'This would give the image 11 tags; at most 10 are allowed.',
      values: ecs({ tags: Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }),
    },
  ])('$rule: $name, on $field', (row) => {
    const ctx = row.ctx ?? CTX;
    const who = row.viewer ?? viewer;
    const placed = placeDenials(row.values, createDenials(who, ctx, REGION, row.values));
    expect(placed.get(row.field as never)).toMatchObject({ rule: row.rule, reason: row.reason });
    expect(backendDecision(row.values, ctx, who)).toMatchObject({ allowed: false, rule: row.rule, reason: row.reason });
  });
});

describe('the Create Image form allows what the backend allows', () => {
  it.each<Row>([
    { name: 'a system disk image of a stopped ECS', values: ecs() },
    { name: 'a BMS booted from EVS', values: { ...ecs({ source: 'bms' }), serverId: BMS.id } },
    {
      name: 'two data disk images, one per disk',
      values: ecs({ imageType: 'data', serverId: BIG_ECS.id, dataDiskIds: ['vol-hana-d2'] }),
    },
    {
      name: 'a full-ECS image of a 2 TB ECS',
      values: ecs({ imageType: 'whole', serverId: BIG_ECS.id, vaultId: 'vault-bj4' }),
    },
    {
      name: 'a full-ECS image of a CBR backup',
      values: { ...defaultValues('whole', 'cbr'), name: 'full', backupId: BACKUP.id },
    },
    { name: 'a QCOW2 import', values: fileValues('system', 'golden.qcow2', { kmsKeyId: 'key-app-bj4' }) },
    { name: 'a 300 GB RAW through fast import', values: fileValues('system', 'big.raw') },
    { name: 'a data disk import', values: fileValues('data', 'data.vhd', { minDiskGb: '100' }) },
    {
      name: 'an ISO',
      values: fileValues('iso', 'live.iso', { osVersion: 'Ubuntu 18.04 Server 64bit', bootMode: 'uefi' }),
    },
    {
      name: 'a Kunpeng import in UEFI',
      values: fileValues('system', 'golden.qcow2', {
        architecture: 'arm',
        bootMode: 'uefi',
        osVersion: 'openEuler 20.03 64bit',
      }),
    },
    { name: 'ten tags', values: ecs({ tags: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }) },
  ])('$name', (row) => {
    const ctx = row.ctx ?? CTX;
    expect(createDenials(viewer, ctx, REGION, row.values)).toEqual([]);
    expect(
      shapeProblems(
        row.values,
        ctx.servers.find((s) => s.id === row.values.serverId),
      ),
    ).toEqual([]);
    expect(backendDecision(row.values, ctx)).toMatchObject({ allowed: true });
  });
});

describe('shape problems', () => {
  it('says what to choose before the request can be sent', () => {
    const problems = shapeProblems({ ...defaultValues('system', 'ecs'), name: 'x' }, undefined);
    expect(problems[0]).toEqual({ field: 'serverId', message: 'Choose an ECS.' });
  });

  it('names a bad name with the body schema’s own sentence, on the name field', () => {
    const values = ecs({ name: 'bad<name>' });
    const problems = shapeProblems(values, ECS);
    expect(problems).toContainEqual({ field: 'name', message: 'The name contains "<", which is not allowed.' });
    expect(createImageActionSchema.safeParse(createRequestOf(values, ECS).body).error?.issues[0]?.message).toBe(
      'The name contains "<", which is not allowed.',
    );
  });

  it('refuses memory that is not a whole number of MB', () => {
    expect(shapeProblems(ecs({ minRamMb: 'lots' }), ECS)).toContainEqual({
      field: 'minRamMb',
      message: 'Minimum memory is a whole number of MB from 0 to 1048576.',
    });
  });

  it('maps the backend’s body fields to the form’s', () => {
    expect(formFieldOf('body.min_ram')).toBe('minRamMb');
    expect(formFieldOf('data_images.1.name')).toBe('name');
    expect(formFieldOf('os_version')).toBe('osVersion');
    expect(formFieldOf('tags.3.key')).toBe('tags.3.key');
    expect(formFieldOf('minDiskGb')).toBe('minDiskGb');
  });
});

describe('the data disk batch', () => {
  it('names one image per chosen disk and sends them in one request', () => {
    const values = ecs({
      imageType: 'data',
      name: 'fs',
      serverId: BIG_ECS.id,
      dataDiskIds: ['vol-hana-d1', 'vol-hana-d2'],
    });
    expect(imageNames(values, BIG_ECS)).toEqual(['fs-data1', 'fs-data2']);
    expect(createRequestOf(values, BIG_ECS)).toEqual({
      endpoint: 'createImage',
      body: {
        data_images: [
          { name: 'fs-data1', volume_id: 'vol-hana-d1' },
          { name: 'fs-data2', volume_id: 'vol-hana-d2' },
        ],
      },
    });
  });

  it('counts the batch against the quota', () => {
    const values = ecs({ imageType: 'data', serverId: BIG_ECS.id, dataDiskIds: ['vol-hana-d2', 'vol-hana-d1'] });
    const ctx = { ...CTX, quota: { [REGION]: { used: 49, limit: 50 } } };
    expect(createDenials(viewer, ctx, REGION, values)[0]).toMatchObject({
      rule: 'create.quota',
      reason: 'CN North-Beijing4 has 49 of 50 private images; 2 more would pass the quota.',
    });
  });
});
