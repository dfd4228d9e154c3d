import type { Project, Viewer } from './model/account';
import { imageSchema, type Image } from './model/image';
import type { JobSummary } from './model/job';
import type { Member } from './model/member';
import type { Backup, Bucket, KmsKey, Server, Vault } from './model/services';
import { REGIONS, type RegionId } from './regions';
import type { RuleId } from './rules/catalogue';
import { emptyContext, type RuleContext } from './rules/context';
import type { Decision } from './rules/decision';

/**
 * Builders for rule tests. Defaults describe the common case (an active 40 GB CentOS system disk
 * image in cn-north-4 owned by Alice, who has full access), so each table row states only the
 * fact it is about. Kept free of Vitest so the domain layer imports nothing but zod.
 */

export const TENANTS = { alice: 'acc-alice', bob: 'acc-bob' } as const;
export type Tenant = keyof typeof TENANTS;

/** Projects are named after their region, as IAM names them; one per tenant and region. */
export function projectIdOf(tenant: Tenant, region: RegionId = 'cn-north-4'): string {
  return `p-${tenant}-${region}`;
}

export const DIRECTORY: readonly Project[] = (Object.keys(TENANTS) as Tenant[]).flatMap((tenant) =>
  REGIONS.map((r) => ({ id: projectIdOf(tenant, r.id), name: r.id, accountId: TENANTS[tenant], regionId: r.id })),
);

const STAMP = '2025-10-01T08:00:00Z';

export function makeViewer(overrides: Partial<Viewer> = {}): Viewer {
  return tenantViewer('alice', overrides);
}

export function tenantViewer(tenant: Tenant, overrides: Partial<Viewer> = {}): Viewer {
  return {
    userId: `u-${tenant}`,
    accountId: TENANTS[tenant],
    role: 'full-access',
    projectIds: REGIONS.map((r) => projectIdOf(tenant, r.id)),
    ...overrides,
  };
}

export function makeImage(overrides: Partial<Image> = {}): Image {
  const regionId = overrides.regionId ?? 'cn-north-4';
  // Parsing keeps fixtures honest: a row cannot build an image the schema would reject.
  return imageSchema.parse({
    id: 'img-0001',
    name: 'centos-7-web',
    description: 'Web tier base image',
    type: 'system',
    status: 'active',
    regionId,
    ownerProjectId: projectIdOf('alice', regionId),
    enterpriseProjectId: '0',
    osType: 'Linux',
    platform: 'CentOS',
    osVersion: 'CentOS 7.9 64bit',
    osBit: 64,
    architecture: 'x86',
    bootMode: 'bios',
    diskFormat: 'zvhd2',
    sizeGb: 40,
    minDiskGb: 40,
    minRamMb: 0,
    maxRamMb: null,
    nicMultiQueue: false,
    kmsKeyId: null,
    source: { kind: 'ecs', serverId: 'srv-web-01', serverName: 'ecs-web-01' },
    publicImage: { id: 'pub-centos-79', name: 'CentOS 7.9 64bit', platform: 'CentOS' },
    fromKooGallery: false,
    publishedInKooGallery: false,
    sourceServerHadCsbsBackup: false,
    tags: [{ key: 'env', value: 'prod' }],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

/** An image of Bob's in cn-north-4, as Alice sees it when it is shared with her. */
export function bobsImage(overrides: Partial<Image> = {}): Image {
  return makeImage({ id: 'img-bob-01', name: 'bob-base', ownerProjectId: projectIdOf('bob'), ...overrides });
}

export function makeKey(overrides: Partial<KmsKey> = {}): KmsKey {
  return {
    id: 'key-app-bj4',
    alias: 'app-data',
    regionId: 'cn-north-4',
    accountId: TENANTS.alice,
    state: 'enabled',
    isDefault: false,
    ...overrides,
  };
}

export const KEYS: readonly KmsKey[] = [
  makeKey({ id: 'key-default-bj4', alias: 'ims/default', isDefault: true }),
  makeKey(),
  makeKey({ id: 'key-old-bj4', alias: 'old-data', state: 'disabled' }),
  makeKey({ id: 'key-app-sg', alias: 'app-data-sg', regionId: 'ap-southeast-3' }),
  makeKey({ id: 'key-app-sh1', alias: 'app-data-sh1', regionId: 'cn-east-3' }),
];

export function makeBucket(overrides: Partial<Bucket> = {}): Bucket {
  return {
    name: 'ims-export-bj4',
    regionId: 'cn-north-4',
    accountId: TENANTS.alice,
    storageClass: 'STANDARD',
    objects: [
      {
        key: 'centos-7-web-2025.qcow2',
        sizeGb: 40,
        format: 'qcow2',
        createdAt: STAMP,
        exportedFromImageId: 'img-0001',
      },
    ],
    ...overrides,
  };
}

export const BUCKETS: readonly Bucket[] = [
  makeBucket(),
  makeBucket({ name: 'ims-export-sh1', regionId: 'cn-east-3', objects: [] }),
  makeBucket({ name: 'ims-export-gz', regionId: 'cn-south-1', objects: [] }),
  makeBucket({ name: 'ims-archive-bj4', storageClass: 'WARM', objects: [] }),
];

export const VAULTS: readonly Vault[] = [
  { id: 'vault-bj4', name: 'vault-bj4', regionId: 'cn-north-4', projectId: projectIdOf('alice'), capacityGb: 500 },
  {
    id: 'vault-sh1',
    name: 'vault-sh1',
    regionId: 'cn-east-3',
    projectId: projectIdOf('alice', 'cn-east-3'),
    capacityGb: 500,
  },
];

export function makeContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return emptyContext({ projects: DIRECTORY, keys: KEYS, buckets: BUCKETS, vaults: VAULTS, ...overrides });
}

export function makeJob(overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    kind: 'replicate-in-region',
    status: 'RUNNING',
    sourceImageId: 'img-other',
    resultImageId: null,
    targetRegionId: null,
    ...overrides,
  };
}

export function makeJobs(count: number, overrides: Partial<JobSummary> = {}): JobSummary[] {
  return Array.from({ length: count }, (_, i) => makeJob({ sourceImageId: `img-other-${i}`, ...overrides }));
}

export function makeMember(overrides: Partial<Member> = {}): Member {
  return {
    imageId: 'img-bob-01',
    projectId: projectIdOf('alice'),
    status: 'pending',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function makeServer(overrides: Partial<Server> = {}): Server {
  return {
    id: 'srv-web-01',
    name: 'ecs-web-01',
    kind: 'ecs',
    regionId: 'cn-north-4',
    projectId: projectIdOf('alice'),
    state: 'SHUTOFF',
    frozen: false,
    bootSource: 'evs',
    systemDisk: { id: 'vol-sys-01', name: 'ecs-web-01-sys', sizeGb: 40 },
    dataDisks: [{ id: 'vol-data-01', name: 'data-01', sizeGb: 100 }],
    platform: 'CentOS',
    osVersion: 'CentOS 7.9 64bit',
    architecture: 'x86',
    hadCsbsBackup: false,
    publicImageId: 'pub-centos-79',
    ...overrides,
  };
}

export function makeBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    id: 'bk-web-01',
    name: 'cbr-web-0101',
    kind: 'cbr',
    regionId: 'cn-north-4',
    projectId: projectIdOf('alice'),
    serverId: 'srv-web-01',
    vaultId: 'vault-bj4',
    sizeGb: 40,
    createdAt: STAMP,
    ...overrides,
  };
}

/** What a table row asserts of a decision; `field` is compared too, so a stray one fails. */
export interface Outcome {
  allowed: boolean;
  rule?: RuleId;
  reason?: string;
  field?: string;
}

export function outcome(decision: Decision): Outcome {
  if (decision.allowed) return { allowed: true };
  return { allowed: false, rule: decision.rule, reason: decision.reason, field: decision.field };
}
