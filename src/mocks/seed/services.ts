import {
  DEFAULT_KMS_ALIAS,
  REGIONS,
  type Backup,
  type Bucket,
  type BucketObject,
  type DiskFormat,
  type KmsKey,
  type RegionId,
  type Server,
  type ServerState,
  type StorageClass,
  type Vault,
} from '../../domain';
import { CORE_ACCOUNTS, type CoreAccountId } from './identities';
import { daysBefore, memoized, uuidFrom } from './ids';
import { OS, publicImageOf, type OsKey } from './os-catalogue';
import { projectIdOf } from './projects';

// ---- KMS ------------------------------------------------------------------------------

const cachedUuid = memoized(uuidFrom);

export const keyIdOf = (accountId: string, regionId: RegionId, alias: string) =>
  cachedUuid(`kms:${accountId}:${regionId}:${alias}`);
export const customKeyAlias = (accountId: string) => `${accountId}-cmk-prod`;
export const disabledKeyAlias = (accountId: string) => `${accountId}-cmk-retired`;

/** Every core tenant has, in every region, the default key, a custom key and a disabled one. */
export function seedKeys(): KmsKey[] {
  return CORE_ACCOUNTS.flatMap((a) =>
    REGIONS.flatMap((r) =>
      [
        { alias: DEFAULT_KMS_ALIAS, state: 'enabled' as const, isDefault: true },
        { alias: customKeyAlias(a.id), state: 'enabled' as const, isDefault: false },
        { alias: disabledKeyAlias(a.id), state: 'disabled' as const, isDefault: false },
      ].map((k) => ({ id: keyIdOf(a.id, r.id, k.alias), regionId: r.id, accountId: a.id, ...k })),
    ),
  );
}

// ---- OBS ------------------------------------------------------------------------------

function object(
  key: string,
  sizeGb: number,
  format: DiskFormat,
  days: number,
  exportedFromImageId: string | null = null,
): BucketObject {
  return { key, sizeGb, format, createdAt: daysBefore(days), exportedFromImageId };
}

/** Image files in acme's file bucket, one per import rule they demonstrate. */
export const IMPORT_FILES = {
  /** A QCOW2 under 128 GB: imports normally. */
  golden: object('centos79-golden.qcow2', 18, 'qcow2', 30),
  /** An ISO: refused as a disk image file (import.format), accepted by ISO registration. */
  iso: object('ubuntu-22.04-live-server-amd64.iso', 2, 'iso', 28),
  /** 200 GB QCOW2: over 128 GB needs fast import, which takes only RAW or ZVHD2 (import.size). */
  largeQcow2: object('warehouse-node-disk.qcow2', 200, 'qcow2', 21),
  /** 300 GB RAW: allowed through fast import. */
  largeRaw: object('analytics-node-disk.raw', 300, 'raw', 20),
  /** 1300 GB RAW: above even fast import's 1 TB. */
  tooLarge: object('nas-backup-disk.raw', 1300, 'raw', 19),
  /** A 60 GB data disk: the capacity must be at least 60 (import.data-disk-capacity). */
  dataDisk: object('fileserver-data.vhd', 60, 'vhd', 14),
  /** Ubuntu 18.04, an OS of Table 6-6: may boot in UEFI mode (import.boot-mode). */
  uefi: object('ubuntu1804-uefi-server.qcow2', 12, 'qcow2', 9),
  /** An openEuler disk for Kunpeng ECSs (import.os-version on Arm). */
  kunpeng: object('openeuler2003-kunpeng.zvhd2', 24, 'zvhd2', 7),
} as const;

/** Files in buckets the import rules refuse (import.bucket): another region, a non-Standard class. */
const REFUSED_BUCKET_FILES = {
  cold: object('erp-2019-disk.vmdk', 80, 'vmdk', 400),
  shanghai: object('sh-store-disk.qcow2', 30, 'qcow2', 35),
} as const;

interface BucketSpec {
  name: string;
  accountId: CoreAccountId;
  regionId: RegionId;
  storageClass: StorageClass;
  objects?: BucketObject[];
}

const BUCKETS: BucketSpec[] = [
  { name: 'acme-image-exports', accountId: 'acme', regionId: 'cn-north-4', storageClass: 'STANDARD' },
  {
    name: 'acme-image-files',
    accountId: 'acme',
    regionId: 'cn-north-4',
    storageClass: 'STANDARD',
    objects: Object.values(IMPORT_FILES),
  },
  {
    name: 'acme-archive-cold',
    accountId: 'acme',
    regionId: 'cn-north-4',
    storageClass: 'COLD',
    objects: [REFUSED_BUCKET_FILES.cold],
  },
  { name: 'acme-sh-exports', accountId: 'acme', regionId: 'cn-east-3', storageClass: 'STANDARD' },
  // Import files of another region live apart from the exports, whose empty list e2e tests read.
  {
    name: 'acme-sh-files',
    accountId: 'acme',
    regionId: 'cn-east-3',
    storageClass: 'STANDARD',
    objects: [REFUSED_BUCKET_FILES.shanghai],
  },
  { name: 'acme-sg-dr', accountId: 'acme', regionId: 'ap-southeast-3', storageClass: 'STANDARD' },
  { name: 'globex-bj-exports', accountId: 'globex', regionId: 'cn-north-4', storageClass: 'STANDARD' },
  { name: 'globex-gz-images', accountId: 'globex', regionId: 'cn-south-1', storageClass: 'STANDARD' },
  { name: 'globex-hk-archive', accountId: 'globex', regionId: 'ap-southeast-1', storageClass: 'COLD' },
  { name: 'initech-bj-lab', accountId: 'initech', regionId: 'cn-north-4', storageClass: 'WARM' },
  { name: 'initech-builds', accountId: 'initech', regionId: 'cn-south-1', storageClass: 'STANDARD' },
  { name: 'initech-eu-exports', accountId: 'initech', regionId: 'eu-west-101', storageClass: 'STANDARD' },
];

/** `exported` adds files that seeded, finished export jobs wrote. */
export function seedBuckets(exported: Record<string, BucketObject[]> = {}): Bucket[] {
  return BUCKETS.map((b) => ({
    name: b.name,
    regionId: b.regionId,
    accountId: b.accountId,
    storageClass: b.storageClass,
    objects: [...(b.objects ?? []), ...(exported[b.name] ?? [])].map((o) => ({ ...o })),
  }));
}

// ---- CBR vaults -----------------------------------------------------------------------

export const vaultIdOf = (accountId: string, regionId: RegionId) => uuidFrom(`vault:${accountId}:${regionId}`);

export function seedVaults(): Vault[] {
  return CORE_ACCOUNTS.flatMap((a) =>
    REGIONS.map((r) => ({
      id: vaultIdOf(a.id, r.id),
      name: `${a.id}-server-vault-${r.id}`,
      regionId: r.id,
      projectId: projectIdOf(a.id, r.id),
      capacityGb: 4096,
    })),
  );
}

// ---- ECS / BMS ------------------------------------------------------------------------

export const serverIdOf = (name: string) => cachedUuid(`server:${name}`);
export const diskIdOf = (server: string, disk: string) => uuidFrom(`disk:${server}:${disk}`);

interface ServerSpec {
  name: string;
  accountId: CoreAccountId;
  regionId: RegionId;
  kind?: 'ecs' | 'bms';
  state: ServerState;
  frozen?: boolean;
  bootSource?: 'evs' | 'local';
  os: OsKey;
  arch?: 'x86' | 'arm';
  systemGb: number;
  dataGb?: readonly number[];
  hadCsbsBackup?: boolean;
}

/** acme's cn-north-4 servers each demonstrate one create.* rule (see the coverage test). */
const SERVERS: ServerSpec[] = [
  {
    name: 'web-prod-01',
    accountId: 'acme',
    regionId: 'cn-north-4',
    state: 'ACTIVE',
    os: 'centos79',
    systemGb: 40,
    dataGb: [100],
  },
  { name: 'web-prod-02', accountId: 'acme', regionId: 'cn-north-4', state: 'SHUTOFF', os: 'centos79', systemGb: 40 },
  {
    name: 'batch-worker-07',
    accountId: 'acme',
    regionId: 'cn-north-4',
    state: 'ERROR',
    os: 'ubuntu2204',
    systemGb: 40,
  },
  { name: 'ci-runner-tmp', accountId: 'acme', regionId: 'cn-north-4', state: 'BUILD', os: 'ubuntu2204', systemGb: 40 },
  {
    name: 'legacy-billing-01',
    accountId: 'acme',
    regionId: 'cn-north-4',
    state: 'ACTIVE',
    frozen: true,
    os: 'win2019',
    systemGb: 60,
  },
  {
    name: 'hana-db-01',
    accountId: 'acme',
    regionId: 'cn-north-4',
    state: 'SHUTOFF',
    os: 'sles15',
    systemGb: 2048,
    dataGb: [512],
  },
  {
    name: 'fileserver-01',
    accountId: 'acme',
    regionId: 'cn-north-4',
    state: 'SHUTOFF',
    os: 'debian11',
    systemGb: 40,
    dataGb: [1500, 500],
  },
  {
    name: 'erp-db-01',
    accountId: 'acme',
    regionId: 'cn-north-4',
    state: 'ACTIVE',
    os: 'sles15',
    systemGb: 100,
    dataGb: [200],
    hadCsbsBackup: true,
  },
  { name: 'erp-app-01', accountId: 'acme', regionId: 'cn-north-4', state: 'ACTIVE', os: 'rhel84', systemGb: 60 },
  {
    // Two data disks under 1 TB: a batch of data disk images, one per disk.
    name: 'analytics-db-01',
    accountId: 'acme',
    regionId: 'cn-north-4',
    state: 'SHUTOFF',
    os: 'centos79',
    systemGb: 50,
    dataGb: [200, 300],
  },
  { name: 'payments-api-01', accountId: 'acme', regionId: 'cn-north-4', state: 'ACTIVE', os: 'euler29', systemGb: 40 },
  {
    name: 'bms-hpc-01',
    accountId: 'acme',
    regionId: 'cn-north-4',
    kind: 'bms',
    state: 'SHUTOFF',
    os: 'centos79',
    systemGb: 150,
  },
  {
    name: 'bms-hpc-02',
    accountId: 'acme',
    regionId: 'cn-north-4',
    kind: 'bms',
    state: 'SHUTOFF',
    bootSource: 'local',
    os: 'centos79',
    systemGb: 480,
  },
  { name: 'sh-store-01', accountId: 'acme', regionId: 'cn-east-3', state: 'ACTIVE', os: 'centos79', systemGb: 40 },
  { name: 'sg-web-01', accountId: 'acme', regionId: 'ap-southeast-3', state: 'ACTIVE', os: 'debian11', systemGb: 40 },
  {
    name: 'dispatch-web-01',
    accountId: 'globex',
    regionId: 'cn-north-4',
    state: 'ACTIVE',
    os: 'debian11',
    systemGb: 40,
  },
  {
    name: 'warehouse-scanner-01',
    accountId: 'globex',
    regionId: 'cn-north-4',
    state: 'SHUTOFF',
    os: 'ubuntu2004',
    systemGb: 60,
    dataGb: [100],
  },
  {
    name: 'port-ops-01',
    accountId: 'globex',
    regionId: 'cn-south-1',
    state: 'SHUTOFF',
    os: 'ubuntu2004',
    systemGb: 40,
  },
  {
    name: 'image-factory-01',
    accountId: 'initech',
    regionId: 'cn-south-1',
    state: 'ACTIVE',
    os: 'centos79',
    systemGb: 40,
  },
  {
    name: 'image-factory-eu-01',
    accountId: 'initech',
    regionId: 'eu-west-101',
    state: 'ACTIVE',
    os: 'debian11',
    systemGb: 40,
  },
  {
    name: 'iot-edge-arm-01',
    accountId: 'initech',
    regionId: 'cn-north-4',
    state: 'ACTIVE',
    os: 'openeuler2203',
    arch: 'arm',
    systemGb: 40,
  },
];

export function seedServers(): Server[] {
  return SERVERS.map((s) => ({
    id: serverIdOf(s.name),
    name: s.name,
    kind: s.kind ?? 'ecs',
    regionId: s.regionId,
    projectId: projectIdOf(s.accountId, s.regionId),
    state: s.state,
    frozen: s.frozen ?? false,
    bootSource: s.bootSource ?? 'evs',
    systemDisk: { id: diskIdOf(s.name, 'system'), name: `${s.name}-system`, sizeGb: s.systemGb },
    dataDisks: (s.dataGb ?? []).map((sizeGb, i) => ({
      id: diskIdOf(s.name, `data${i + 1}`),
      name: `${s.name}-data${i + 1}`,
      sizeGb,
    })),
    platform: OS[s.os].platform,
    osVersion: OS[s.os].osVersion,
    architecture: s.arch ?? 'x86',
    hadCsbsBackup: s.hadCsbsBackup ?? false,
    publicImageId: publicImageOf(s.os).id,
  }));
}

// ---- CSBS / CBR backups ---------------------------------------------------------------

export const backupIdOf = (name: string) => uuidFrom(`backup:${name}`);

/** Backup names: erp-db-01 had a CSBS backup; one CBR backup is in use by an image being created. */
export const BACKUPS = {
  erpDbCsbs: 'csbs-erp-db-01-20261015',
  erpAppCbr: 'cbr-erp-app-01-20261020',
  erpAppCbrInUse: 'cbr-erp-app-01-20261031',
  webProdCbr: 'cbr-web-prod-01-20261028',
  scannerCbr: 'cbr-warehouse-scanner-01-20261012',
} as const;

export function seedBackups(): Backup[] {
  const backup = (
    name: string,
    kind: 'csbs' | 'cbr',
    accountId: CoreAccountId,
    server: string,
    sizeGb: number,
    days: number,
  ): Backup => ({
    id: backupIdOf(name),
    name,
    kind,
    regionId: 'cn-north-4',
    projectId: projectIdOf(accountId, 'cn-north-4'),
    serverId: serverIdOf(server),
    vaultId: kind === 'cbr' ? vaultIdOf(accountId, 'cn-north-4') : null,
    sizeGb,
    createdAt: daysBefore(days),
  });
  return [
    backup(BACKUPS.erpDbCsbs, 'csbs', 'acme', 'erp-db-01', 300, 17),
    backup(BACKUPS.erpAppCbr, 'cbr', 'acme', 'erp-app-01', 60, 12),
    backup(BACKUPS.erpAppCbrInUse, 'cbr', 'acme', 'erp-app-01', 60, 1),
    backup(BACKUPS.webProdCbr, 'cbr', 'acme', 'web-prod-01', 140, 4),
    backup(BACKUPS.scannerCbr, 'cbr', 'globex', 'warehouse-scanner-01', 160, 20),
  ];
}
