import { describe, expect, it } from 'vitest';
import type { RegionId } from '../regions';
import { makeBackup, makeContext, makeJobs, makeServer, makeViewer, outcome, type Outcome } from '../test-fixtures';
import type { RuleContext } from './context';
import { canCreate, createViolations, type CreateInput } from './create';

const SYSTEM_FROM_ECS: CreateInput = { source: 'ecs', imageType: 'system', serverId: 'srv-web-01' };
const DATA_FROM_ECS: CreateInput = {
  source: 'ecs',
  imageType: 'data',
  serverId: 'srv-web-01',
  dataDiskIds: ['vol-data-01'],
};
const FROM_BMS: CreateInput = { source: 'bms', serverId: 'bms-db-01' };
const FROM_BACKUP: CreateInput = { source: 'backup', backupId: 'bk-web-01' };
const FILE: Extract<CreateInput, { source: 'file' }> = {
  source: 'file',
  imageType: 'system',
  fileFormat: 'qcow2',
  fileSizeGb: 20,
  minDiskGb: 40,
  quickImport: false,
};
const ISO: Extract<CreateInput, { source: 'iso' }> = { source: 'iso', fileFormat: 'iso' };
const DISK_1 = { id: 'vol-data-01', name: 'data-01', sizeGb: 100 };
const DISK_2 = { id: 'vol-data-02', name: 'data-02', sizeGb: 200 };
const BUCKET = { name: 'acme-image-files', regionId: 'cn-north-4', storageClass: 'STANDARD' } as const;
const BMS = makeServer({ id: 'bms-db-01', name: 'bms-db-01', kind: 'bms', state: 'SHUTOFF', bootSource: 'evs' });

const FULL_FROM_BACKUP: RuleContext['images'][number] = {
  id: 'img-full-01',
  name: 'full-web-01',
  status: 'saving',
  source: { kind: 'cbr-backup', backupId: 'bk-web-01', backupName: 'cbr-web-0101' },
};
/** A backup of srv-web-01 that image `full-web-01` is being created from. */
const busyBackup: Partial<RuleContext> = { backups: [makeBackup()], images: [FULL_FROM_BACKUP] };

interface Row {
  name: string;
  ctx?: Partial<RuleContext>;
  input?: CreateInput;
  region?: RegionId;
}

function decide(row: Row) {
  return canCreate(
    makeViewer(),
    makeContext({ servers: [makeServer(), BMS], ...row.ctx }),
    row.region ?? 'cn-north-4',
    row.input,
  );
}

describe('canCreate allows', () => {
  it.each<Row & { guards: string }>([
    {
      guards: 'create.quota',
      name: '49 of 50 images (menu)',
      ctx: { quota: { 'cn-north-4': { used: 49, limit: 50 } } },
    },
    { guards: 'create.quota', name: 'a raised quota', ctx: { quota: { 'cn-north-4': { used: 50, limit: 60 } } } },
    {
      guards: 'create.quota',
      name: 'another region is full',
      ctx: { quota: { 'cn-east-3': { used: 50, limit: 50 } } },
    },
    {
      guards: 'create.quota',
      name: 'two data disk images at 48 of 50',
      ctx: {
        quota: { 'cn-north-4': { used: 48, limit: 50 } },
        servers: [makeServer({ dataDisks: [DISK_1, DISK_2] })],
      },
      input: { ...DATA_FROM_ECS, dataDiskIds: [DISK_1.id, DISK_2.id] },
    },
    {
      guards: 'create.concurrent-tasks',
      name: 'two data disk images with 38 tasks running',
      ctx: { jobs: makeJobs(38, { kind: 'create' }), servers: [makeServer({ dataDisks: [DISK_1, DISK_2] })] },
      input: { ...DATA_FROM_ECS, dataDiskIds: [DISK_1.id, DISK_2.id] },
    },
    {
      guards: 'create.concurrent-tasks',
      name: '39 creation tasks running',
      ctx: { jobs: makeJobs(39, { kind: 'create' }) },
    },
    {
      guards: 'create.concurrent-tasks',
      name: 'finished creation tasks do not count',
      ctx: { jobs: makeJobs(40, { kind: 'create', status: 'SUCCESS' }) },
    },
    { guards: 'create.ecs-state', name: 'a stopped ECS', input: SYSTEM_FROM_ECS },
    {
      guards: 'create.ecs-state',
      name: 'a running ECS',
      ctx: { servers: [makeServer({ state: 'ACTIVE' })] },
      input: SYSTEM_FROM_ECS,
    },
    { guards: 'create.ecs-frozen', name: 'an ECS that is not frozen', input: DATA_FROM_ECS },
    { guards: 'create.bms-state', name: 'a stopped BMS booted from EVS', input: FROM_BMS },
    {
      guards: 'create.system-disk-size',
      name: 'a 1024 GB system disk',
      ctx: { servers: [makeServer({ systemDisk: { id: 'v', name: 'sys', sizeGb: 1024 } })] },
      input: SYSTEM_FROM_ECS,
    },
    {
      guards: 'create.system-disk-size',
      name: 'a full-ECS image of an ECS with a 2 TB system disk',
      ctx: { servers: [makeServer({ systemDisk: { id: 'v', name: 'sys', sizeGb: 2048 } })] },
      input: { ...SYSTEM_FROM_ECS, imageType: 'whole' },
    },
    {
      guards: 'create.data-disk-size',
      name: 'a 1024 GB data disk',
      ctx: { servers: [makeServer({ dataDisks: [{ id: 'vol-data-01', name: 'data-01', sizeGb: 1024 }] })] },
      input: DATA_FROM_ECS,
    },
    {
      guards: 'create.data-disk-size',
      name: 'a large data disk that is not selected',
      ctx: {
        servers: [
          makeServer({
            dataDisks: [
              { id: 'vol-data-01', name: 'data-01', sizeGb: 100 },
              { id: 'vol-data-02', name: 'data-02', sizeGb: 4096 },
            ],
          }),
        ],
      },
      input: DATA_FROM_ECS,
    },
    {
      guards: 'create.backup-single-use',
      name: 'an unused backup',
      ctx: { backups: [makeBackup()] },
      input: FROM_BACKUP,
    },
    {
      guards: 'create.backup-single-use',
      name: 'a backup whose earlier image is finished',
      ctx: { ...busyBackup, images: [{ ...FULL_FROM_BACKUP, status: 'active' }] },
      input: FROM_BACKUP,
    },
    ...['vmdk', 'VHD', 'qcow2', 'raw', 'VHDX', 'qed', 'vdi', 'qcow', 'zvhd2', 'zvhd'].map((fileFormat) => ({
      guards: 'import.format',
      name: `a ${fileFormat} file`,
      input: { ...FILE, fileFormat },
    })),
    { guards: 'import.size', name: 'a 128 GB file', input: { ...FILE, fileSizeGb: 128, minDiskGb: 128 } },
    {
      guards: 'import.size',
      name: 'a 1024 GB RAW file with fast import',
      input: { ...FILE, fileFormat: 'raw', fileSizeGb: 1024, minDiskGb: 1024, quickImport: true },
    },
    {
      guards: 'import.size',
      name: 'a 200 GB ZVHD2 file with fast import',
      input: { ...FILE, fileFormat: 'zvhd2', fileSizeGb: 200, minDiskGb: 200, quickImport: true },
    },
    {
      guards: 'import.data-disk-capacity',
      name: '40 GB for a 30 GB data disk',
      input: { ...FILE, imageType: 'data', fileSizeGb: 30, minDiskGb: 40 },
    },
    {
      guards: 'import.data-disk-capacity',
      name: '2048 GB for a 100 GB data disk',
      input: { ...FILE, imageType: 'data', fileSizeGb: 100, minDiskGb: 2048 },
    },
    {
      guards: 'import.data-disk-capacity',
      name: 'exactly the disk size',
      input: { ...FILE, imageType: 'data', fileSizeGb: 100, minDiskGb: 100 },
    },
    { guards: 'import.iso-limits', name: 'an .iso file registered as ISO', input: ISO },
    {
      guards: 'import.iso-limits',
      name: 'an uppercase ISO format',
      input: { ...ISO, fileFormat: 'ISO', quickImport: false },
    },
    { guards: 'encrypt.iso', name: 'an ISO image with no key', input: { ...ISO, kmsKeyId: null } },
    { guards: 'import.bucket', name: 'a Standard bucket in the region', input: { ...FILE, bucket: BUCKET } },
    { guards: 'import.bucket', name: 'an ISO in a Standard bucket', input: { ...ISO, bucket: BUCKET } },
    { guards: 'import.os-version', name: 'a listed x86 OS', input: { ...FILE, osVersion: 'CentOS 7.9 64bit' } },
    {
      guards: 'import.os-version',
      name: 'a Kunpeng OS of Table 6-5',
      input: { ...FILE, osVersion: 'openEuler 20.03 64bit', architecture: 'arm', bootMode: 'uefi' },
    },
    {
      guards: 'import.os-version',
      name: 'Other_Linux 32 bit for an unlisted OS',
      input: { ...FILE, osVersion: 'Other_Linux(32_bit)' },
    },
    {
      guards: 'import.os-version',
      name: 'a data disk image names no OS',
      input: { ...FILE, imageType: 'data', fileSizeGb: 30, minDiskGb: 40, osVersion: 'Solaris 11' },
    },
    {
      guards: 'import.boot-mode',
      name: 'UEFI for an OS of Table 6-6',
      input: { ...FILE, osVersion: 'Ubuntu 18.04 Server 64bit', bootMode: 'uefi' },
    },
    {
      guards: 'import.boot-mode',
      name: 'UEFI for a Windows ISO',
      input: { ...ISO, osVersion: 'Windows Server 2019 Datacenter 64bit', bootMode: 'uefi' },
    },
    {
      guards: 'import.boot-mode',
      name: 'BIOS for any x86 OS',
      input: { ...FILE, osVersion: 'CentOS 8.1 64bit', bootMode: 'bios' },
    },
    {
      guards: 'import.boot-mode',
      name: 'UEFI on Kunpeng',
      input: { ...FILE, osVersion: 'Ubuntu 18.04 Server 64bit', architecture: 'arm', bootMode: 'uefi' },
    },
    { guards: 'import.system-disk-size', name: 'a 40 GB system disk for a 20 GB file', input: FILE },
    {
      guards: 'import.system-disk-size',
      name: 'a 1024 GB system disk for a 1024 GB file',
      input: { ...FILE, fileFormat: 'raw', fileSizeGb: 1024, minDiskGb: 1024, quickImport: true },
    },
    {
      guards: 'import.system-disk-size',
      name: 'an ISO on a 40 GB disk',
      input: { ...ISO, fileSizeGb: 4, minDiskGb: 40 },
    },
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canCreate denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'a full region',
      ctx: { quota: { 'cn-north-4': { used: 50, limit: 50 } } },
      expected: {
        allowed: false,
        rule: 'create.quota',
        reason: 'CN North-Beijing4 already has 50 of 50 private images.',
      },
    },
    {
      name: 'a full region elsewhere',
      region: 'ap-southeast-3',
      ctx: { quota: { 'ap-southeast-3': { used: 52, limit: 50 } } },
      input: FILE,
      expected: { allowed: false, rule: 'create.quota', reason: 'AP-Singapore already has 52 of 50 private images.' },
    },
    {
      name: 'two data disk images at 49 of 50',
      ctx: {
        quota: { 'cn-north-4': { used: 49, limit: 50 } },
        servers: [makeServer({ dataDisks: [DISK_1, DISK_2] })],
      },
      input: { ...DATA_FROM_ECS, dataDiskIds: [DISK_1.id, DISK_2.id] },
      expected: {
        allowed: false,
        rule: 'create.quota',
        reason: 'CN North-Beijing4 has 49 of 50 private images; 2 more would pass the quota.',
      },
    },
    {
      name: 'two data disk images with 39 tasks running',
      ctx: { jobs: makeJobs(39, { kind: 'create' }), servers: [makeServer({ dataDisks: [DISK_1, DISK_2] })] },
      input: { ...DATA_FROM_ECS, dataDiskIds: [DISK_1.id, DISK_2.id] },
      expected: {
        allowed: false,
        rule: 'create.concurrent-tasks',
        reason: '39 image-creation tasks are running; 2 more would pass the 40 that may run at once.',
      },
    },
    {
      name: '40 creation tasks running',
      ctx: { jobs: makeJobs(40, { kind: 'create' }) },
      expected: {
        allowed: false,
        rule: 'create.concurrent-tasks',
        reason: '40 image-creation tasks are running; at most 40 may run at once.',
      },
    },
    {
      name: 'an ECS being created',
      ctx: { servers: [makeServer({ state: 'BUILD' })] },
      input: SYSTEM_FROM_ECS,
      expected: {
        allowed: false,
        rule: 'create.ecs-state',
        reason: 'ECS ecs-web-01 is Creating; it must be Stopped or Running.',
        field: 'serverId',
      },
    },
    {
      name: 'a faulty ECS',
      ctx: { servers: [makeServer({ state: 'ERROR' })] },
      input: { ...SYSTEM_FROM_ECS, imageType: 'whole' },
      expected: {
        allowed: false,
        rule: 'create.ecs-state',
        reason: 'ECS ecs-web-01 is Faulty; it must be Stopped or Running.',
        field: 'serverId',
      },
    },
    {
      name: 'a frozen ECS',
      ctx: { servers: [makeServer({ frozen: true })] },
      input: DATA_FROM_ECS,
      expected: {
        allowed: false,
        rule: 'create.ecs-frozen',
        reason: 'ECS ecs-web-01 is frozen for overdue payment.',
        field: 'serverId',
      },
    },
    {
      name: 'a running BMS',
      ctx: { servers: [{ ...BMS, state: 'ACTIVE' }] },
      input: FROM_BMS,
      expected: {
        allowed: false,
        rule: 'create.bms-state',
        reason: 'BMS bms-db-01 is Running; it must be Stopped.',
        field: 'serverId',
      },
    },
    {
      name: 'a BMS booted from a local disk',
      ctx: { servers: [{ ...BMS, bootSource: 'local' }] },
      input: FROM_BMS,
      expected: {
        allowed: false,
        rule: 'create.bms-state',
        reason: 'BMS bms-db-01 boots from a local disk, not an EVS disk.',
        field: 'serverId',
      },
    },
    {
      name: 'a 2 TB system disk',
      ctx: { servers: [makeServer({ systemDisk: { id: 'v', name: 'sys', sizeGb: 2048 } })] },
      input: SYSTEM_FROM_ECS,
      expected: {
        allowed: false,
        rule: 'create.system-disk-size',
        reason: 'The system disk of ecs-web-01 is 2048 GB; a system disk image allows at most 1024 GB.',
        field: 'serverId',
      },
    },
    {
      name: 'a BMS with a 1025 GB system disk',
      ctx: { servers: [{ ...BMS, systemDisk: { id: 'v', name: 'sys', sizeGb: 1025 } }] },
      input: FROM_BMS,
      expected: {
        allowed: false,
        rule: 'create.system-disk-size',
        reason: 'The system disk of bms-db-01 is 1025 GB; a system disk image allows at most 1024 GB.',
        field: 'serverId',
      },
    },
    {
      name: 'a selected 2 TB data disk',
      ctx: { servers: [makeServer({ dataDisks: [{ id: 'vol-data-01', name: 'data-01', sizeGb: 2048 }] })] },
      input: DATA_FROM_ECS,
      expected: {
        allowed: false,
        rule: 'create.data-disk-size',
        reason: 'Data disk data-01 is 2048 GB; a data disk image allows at most 1024 GB.',
        field: 'dataDiskIds',
      },
    },
    {
      name: 'a backup already in use',
      ctx: busyBackup,
      input: FROM_BACKUP,
      expected: {
        allowed: false,
        rule: 'create.backup-single-use',
        reason: 'Backup cbr-web-0101 is already being used to create image full-web-01.',
        field: 'backupId',
      },
    },
    {
      name: 'an OVA file',
      input: { ...FILE, fileFormat: 'ova' },
      expected: {
        allowed: false,
        rule: 'import.format',
        reason: 'The file format OVA cannot be imported as a disk image.',
        field: 'fileFormat',
      },
    },
    {
      name: 'an ISO file as a disk image',
      input: { ...FILE, fileFormat: 'iso' },
      expected: {
        allowed: false,
        rule: 'import.format',
        reason: 'The file format ISO cannot be imported as a disk image.',
        field: 'fileFormat',
      },
    },
    {
      name: 'a 129 GB file without fast import',
      input: { ...FILE, fileFormat: 'raw', fileSizeGb: 129 },
      expected: {
        allowed: false,
        rule: 'import.size',
        reason: 'The file is 129 GB; files over 128 GB need fast import.',
        field: 'quickImport',
      },
    },
    {
      name: 'a 1025 GB file',
      input: { ...FILE, fileFormat: 'raw', fileSizeGb: 1025, quickImport: true },
      expected: {
        allowed: false,
        rule: 'import.size',
        reason: 'The file is 1025 GB; at most 1024 GB can be imported.',
        field: 'imageUrl',
      },
    },
    {
      name: 'a QCOW2 file with fast import',
      input: { ...FILE, fileSizeGb: 200, quickImport: true },
      expected: {
        allowed: false,
        rule: 'import.size',
        reason: 'The file is 200 GB; fast import takes only RAW or ZVHD2 files, not QCOW2.',
        field: 'quickImport',
      },
    },
    {
      name: 'a 30 GB capacity',
      input: { ...FILE, imageType: 'data', fileSizeGb: 20, minDiskGb: 30 },
      expected: {
        allowed: false,
        rule: 'import.data-disk-capacity',
        reason:
          'A disk capacity of 30 GB is not allowed: it must be 40–2048 GB and at least the 20 GB disk in the file.',
        field: 'minDiskGb',
      },
    },
    {
      name: 'a 2049 GB capacity',
      input: { ...FILE, imageType: 'data', fileSizeGb: 20, minDiskGb: 2049 },
      expected: {
        allowed: false,
        rule: 'import.data-disk-capacity',
        reason:
          'A disk capacity of 2049 GB is not allowed: it must be 40–2048 GB and at least the 20 GB disk in the file.',
        field: 'minDiskGb',
      },
    },
    {
      name: 'a capacity below the disk in the file',
      input: { ...FILE, imageType: 'data', fileSizeGb: 100, minDiskGb: 80 },
      expected: {
        allowed: false,
        rule: 'import.data-disk-capacity',
        reason:
          'A disk capacity of 80 GB is not allowed: it must be 40–2048 GB and at least the 100 GB disk in the file.',
        field: 'minDiskGb',
      },
    },
    {
      name: 'a QCOW2 file registered as ISO',
      input: { ...ISO, fileFormat: 'qcow2' },
      expected: {
        allowed: false,
        rule: 'import.iso-limits',
        reason: 'ISO registration takes an .iso file, not QCOW2.',
        field: 'imageUrl',
      },
    },
    {
      name: 'an ISO with fast import',
      input: { ...ISO, quickImport: true },
      expected: {
        allowed: false,
        rule: 'import.iso-limits',
        reason: 'ISO registration cannot use fast import.',
        field: 'quickImport',
      },
    },
    {
      name: 'an encrypted ISO',
      input: { ...ISO, kmsKeyId: 'key-app-bj4' },
      expected: { allowed: false, rule: 'encrypt.iso', reason: 'ISO images cannot be encrypted.', field: 'kmsKeyId' },
    },
    {
      name: 'a bucket in another region',
      input: { ...FILE, bucket: { ...BUCKET, regionId: 'cn-east-3' } },
      expected: {
        allowed: false,
        rule: 'import.bucket',
        reason: 'Bucket acme-image-files is in CN East-Shanghai1; import from a bucket in CN North-Beijing4.',
        field: 'bucket',
      },
    },
    {
      name: 'an Archive bucket',
      input: { ...ISO, bucket: { ...BUCKET, storageClass: 'COLD' } },
      expected: {
        allowed: false,
        rule: 'import.bucket',
        reason: 'Bucket acme-image-files is of the Archive class; images are imported only from Standard buckets.',
        field: 'bucket',
      },
    },
    {
      name: 'no OS version',
      input: { ...FILE, osVersion: '' },
      expected: {
        allowed: false,
        rule: 'import.os-version',
        reason: 'No OS version is chosen; an imported system disk or ISO image needs one.',
        field: 'osVersion',
      },
    },
    {
      name: 'an x86-only OS on Kunpeng',
      input: { ...FILE, osVersion: 'CentOS 7.9 64bit', architecture: 'arm', bootMode: 'uefi' },
      expected: {
        allowed: false,
        rule: 'import.os-version',
        reason: 'CentOS 7.9 64bit is not a supported OS for Kunpeng (Arm) ECSs.',
        field: 'osVersion',
      },
    },
    {
      name: 'an OS the tables do not list',
      input: { ...ISO, osVersion: 'Solaris 11 64bit' },
      expected: {
        allowed: false,
        rule: 'import.os-version',
        reason: 'Solaris 11 64bit is not a supported OS for x86 ECSs.',
        field: 'osVersion',
      },
    },
    {
      name: 'UEFI for an OS that Table 6-6 leaves out',
      input: { ...FILE, osVersion: 'CentOS 7.9 64bit', bootMode: 'uefi' },
      expected: {
        allowed: false,
        rule: 'import.boot-mode',
        reason: 'CentOS 7.9 64bit does not support UEFI boot mode.',
        field: 'bootMode',
      },
    },
    {
      name: 'UEFI for Other_Linux',
      input: { ...FILE, osVersion: 'Other_Linux(64_bit)', bootMode: 'uefi' },
      expected: {
        allowed: false,
        rule: 'import.boot-mode',
        reason: 'Other_Linux(64_bit) does not support UEFI boot mode.',
        field: 'bootMode',
      },
    },
    {
      name: 'BIOS on Kunpeng',
      input: { ...FILE, osVersion: 'openEuler 20.03 64bit', architecture: 'arm', bootMode: 'bios' },
      expected: {
        allowed: false,
        rule: 'import.boot-mode',
        reason: 'A Kunpeng (Arm) image boots in UEFI mode only, not BIOS.',
        field: 'bootMode',
      },
    },
    {
      name: 'a 30 GB system disk',
      input: { ...FILE, minDiskGb: 30 },
      expected: {
        allowed: false,
        rule: 'import.system-disk-size',
        reason: 'A system disk of 30 GB is not allowed: it must be 40–1024 GB and at least the 20 GB disk in the file.',
        field: 'minDiskGb',
      },
    },
    {
      name: 'a system disk over 1 TB',
      input: { ...ISO, fileSizeGb: 4, minDiskGb: 1025 },
      expected: {
        allowed: false,
        rule: 'import.system-disk-size',
        reason:
          'A system disk of 1025 GB is not allowed: it must be 40–1024 GB and at least the 4 GB disk in the file.',
        field: 'minDiskGb',
      },
    },
    {
      name: 'a system disk smaller than the file',
      input: { ...FILE, fileFormat: 'raw', fileSizeGb: 300, minDiskGb: 200, quickImport: true },
      expected: {
        allowed: false,
        rule: 'import.system-disk-size',
        reason:
          'A system disk of 200 GB is not allowed: it must be 40–1024 GB and at least the 300 GB disk in the file.',
        field: 'minDiskGb',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(decide(row))).toEqual(row.expected);
  });

  it('tells how large a system disk to choose', () => {
    const decision = decide({ name: 'hint', input: { ...FILE, fileSizeGb: 60.5, minDiskGb: 50 } });
    expect(decision.allowed ? undefined : decision.hint).toBe('Choose a system disk from 61 to 1024 GB.');
  });

  it('tells how much capacity to choose', () => {
    const decision = decide({ name: 'hint', input: { ...FILE, imageType: 'data', fileSizeGb: 100, minDiskGb: 80 } });
    expect(decision.allowed ? undefined : decision.hint).toBe('Choose a capacity from 100 to 2048 GB.');
  });
});

describe('createViolations', () => {
  it('lists quota, tasks and every file problem in order', () => {
    const ctx = makeContext({
      quota: { 'cn-north-4': { used: 50, limit: 50 } },
      jobs: makeJobs(40, { kind: 'create' }),
    });
    const rules = createViolations(makeViewer(), ctx, 'cn-north-4', {
      ...FILE,
      imageType: 'data',
      fileFormat: 'vmdk',
      fileSizeGb: 300,
      minDiskGb: 30,
      quickImport: true,
    }).map((d) => d.rule);
    expect(rules).toEqual(['create.quota', 'create.concurrent-tasks', 'import.size', 'import.data-disk-capacity']);
  });

  it('a frozen ECS being resized fails both ECS rules', () => {
    const ctx = makeContext({ servers: [makeServer({ frozen: true, state: 'RESIZE' })] });
    const reasons = createViolations(makeViewer(), ctx, 'cn-north-4', SYSTEM_FROM_ECS).map((d) => d.reason);
    expect(reasons).toEqual([
      'ECS ecs-web-01 is frozen for overdue payment.',
      'ECS ecs-web-01 is Resizing; it must be Stopped or Running.',
    ]);
  });
});
