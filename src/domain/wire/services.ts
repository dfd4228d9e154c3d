import { z } from 'zod';
import { pageLimitSchema } from './query';
import { GB } from '../limits';
import { roleSchema, type Agency, type EnterpriseProject, type Project, type User } from '../model/account';
import { architectureSchema, diskFormatSchema, platformSchema } from '../model/image';
import {
  serverStateSchema,
  storageClassSchema,
  type Backup,
  type Bucket,
  type BucketObject,
  type KmsKey,
  type Server,
  type Vault,
} from '../model/services';
import { regionIdSchema, type Region } from '../regions';

/*
 * Supporting services, only what the console reads. Field names follow Huawei's APIs where the
 * console needs a field they have; the rest are this mock's snake_case extensions, so the UI can
 * feed the same rules (create.*, export.bucket, replicate.key, ...) that the mock enforces.
 */

// ---- ECS / BMS ---------------------------------------------------------------------------

const wireDiskSchema = z.object({ id: z.string(), name: z.string(), size: z.number().int() });

export const wireServerSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** ECS states: ACTIVE (Running), SHUTOFF (Stopped), ... */
  status: serverStateSchema,
  tenant_id: z.string(),
  image: z.object({ id: z.string() }).optional(),
  // extensions
  region_id: regionIdSchema,
  /** Frozen for overdue payment. */
  frozen: z.boolean(),
  boot_source: z.enum(['evs', 'local']),
  platform: platformSchema,
  os_version: z.string(),
  architecture: architectureSchema,
  /** The server has had a CSBS backup at some time. */
  had_csbs_backup: z.boolean(),
  /** Sizes in GB. */
  system_disk: wireDiskSchema,
  data_disks: z.array(wireDiskSchema),
});
export type WireServer = z.infer<typeof wireServerSchema>;

/** GET /ecs/{region}/v1/{project_id}/cloudservers/detail and GET /bms/.../baremetalservers/detail. */
export const serverListSchema = z.object({ count: z.number().int(), servers: z.array(wireServerSchema) });
export type ServerList = z.infer<typeof serverListSchema>;

const toDisk = (d: Server['systemDisk']) => ({ id: d.id, name: d.name, size: d.sizeGb });
const fromDisk = (d: z.infer<typeof wireDiskSchema>) => ({ id: d.id, name: d.name, sizeGb: d.size });

export function toWireServer(server: Server): WireServer {
  return {
    id: server.id,
    name: server.name,
    status: server.state,
    tenant_id: server.projectId,
    ...(server.publicImageId ? { image: { id: server.publicImageId } } : {}),
    region_id: server.regionId,
    frozen: server.frozen,
    boot_source: server.bootSource,
    platform: server.platform,
    os_version: server.osVersion,
    architecture: server.architecture,
    had_csbs_backup: server.hadCsbsBackup,
    system_disk: toDisk(server.systemDisk),
    data_disks: server.dataDisks.map(toDisk),
  };
}

export function fromWireServer(wire: WireServer, kind: Server['kind']): Server {
  return {
    id: wire.id,
    name: wire.name,
    kind,
    regionId: wire.region_id,
    projectId: wire.tenant_id,
    state: wire.status,
    frozen: wire.frozen,
    bootSource: wire.boot_source,
    systemDisk: fromDisk(wire.system_disk),
    dataDisks: wire.data_disks.map(fromDisk),
    platform: wire.platform,
    osVersion: wire.os_version,
    architecture: wire.architecture,
    hadCsbsBackup: wire.had_csbs_backup,
    publicImageId: wire.image?.id ?? null,
  };
}

// ---- CBR ---------------------------------------------------------------------------------

export const wireVaultSchema = z.object({
  id: z.string(),
  name: z.string(),
  project_id: z.string(),
  region_id: regionIdSchema,
  /** Capacity in GB. */
  billing: z.object({ size: z.number() }),
});
export type WireVault = z.infer<typeof wireVaultSchema>;
export const vaultListSchema = z.object({ count: z.number().int(), vaults: z.array(wireVaultSchema) });

export function toWireVault(vault: Vault): WireVault {
  return {
    id: vault.id,
    name: vault.name,
    project_id: vault.projectId,
    region_id: vault.regionId,
    billing: { size: vault.capacityGb },
  };
}

export function fromWireVault(wire: WireVault): Vault {
  return {
    id: wire.id,
    name: wire.name,
    projectId: wire.project_id,
    regionId: wire.region_id,
    capacityGb: wire.billing.size,
  };
}

export const wireBackupSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** CSBS (old Cloud Server Backup) or CBR; the share and create rules treat them apart. */
  kind: z.enum(['csbs', 'cbr']),
  resource_id: z.string(),
  resource_type: z.literal('OS::Nova::Server'),
  vault_id: z.string().nullable(),
  /** GB. */
  resource_size: z.number(),
  project_id: z.string(),
  region_id: regionIdSchema,
  created_at: z.string(),
});
export type WireBackup = z.infer<typeof wireBackupSchema>;
export const backupListSchema = z.object({ count: z.number().int(), backups: z.array(wireBackupSchema) });

export function toWireBackup(backup: Backup): WireBackup {
  return {
    id: backup.id,
    name: backup.name,
    kind: backup.kind,
    resource_id: backup.serverId,
    resource_type: 'OS::Nova::Server',
    vault_id: backup.vaultId,
    resource_size: backup.sizeGb,
    project_id: backup.projectId,
    region_id: backup.regionId,
    created_at: backup.createdAt,
  };
}

export function fromWireBackup(wire: WireBackup): Backup {
  return {
    id: wire.id,
    name: wire.name,
    kind: wire.kind,
    regionId: wire.region_id,
    projectId: wire.project_id,
    serverId: wire.resource_id,
    vaultId: wire.vault_id,
    sizeGb: wire.resource_size,
    createdAt: wire.created_at,
  };
}

// ---- OBS ---------------------------------------------------------------------------------

export const wireBucketSchema = z.object({
  name: z.string(),
  /** The bucket's region (OBS `Location`). */
  location: regionIdSchema,
  storage_class: storageClassSchema,
});
export type WireBucket = z.infer<typeof wireBucketSchema>;

/** GET /obs/{region}/buckets: the viewer's buckets in every region, as OBS lists them. */
export const bucketListSchema = z.object({ buckets: z.array(wireBucketSchema) });

export const wireObjectSchema = z.object({
  key: z.string(),
  /** Bytes, as OBS reports sizes. */
  size: z.number(),
  last_modified: z.string(),
  format: diskFormatSchema,
  exported_from_image_id: z.string().nullable(),
});
export type WireObject = z.infer<typeof wireObjectSchema>;

/** GET /obs/{region}/buckets/{bucket}/objects. */
export const objectListSchema = z.object({ name: z.string(), contents: z.array(wireObjectSchema) });

export function toWireBucket(bucket: Bucket): WireBucket {
  return { name: bucket.name, location: bucket.regionId, storage_class: bucket.storageClass };
}

export function toWireObject(object: BucketObject): WireObject {
  return {
    key: object.key,
    size: Math.round(object.sizeGb * GB),
    last_modified: object.createdAt,
    format: object.format,
    exported_from_image_id: object.exportedFromImageId,
  };
}

/** A bucket as the rules read it; objects come from a second request, when needed. */
export function fromWireBucket(wire: WireBucket, accountId: string, objects: readonly WireObject[] = []): Bucket {
  return {
    name: wire.name,
    regionId: wire.location,
    accountId,
    storageClass: wire.storage_class,
    objects: objects.map(fromWireObject),
  };
}

/** An OBS object as the rules read it: size in GB (two decimals), like every size in the domain. */
export function fromWireObject(wire: WireObject): BucketObject {
  return {
    key: wire.key,
    sizeGb: Math.round((wire.size / GB) * 100) / 100,
    format: wire.format,
    createdAt: wire.last_modified,
    exportedFromImageId: wire.exported_from_image_id,
  };
}

// ---- KMS ---------------------------------------------------------------------------------

/** KMS key_state codes: 2 enabled, 3 disabled, 4 pending deletion. */
const KEY_STATES = { enabled: '2', disabled: '3', 'pending-deletion': '4' } as const;

export const wireKeySchema = z.object({
  key_id: z.string(),
  key_alias: z.string(),
  /** The key's region. */
  realm: regionIdSchema,
  domain_id: z.string(),
  key_state: z.enum(['2', '3', '4']),
  /** "1" for the default key (`ims/default`). */
  default_key_flag: z.enum(['0', '1']),
});
export type WireKey = z.infer<typeof wireKeySchema>;

/** GET /kms/{region}/v1.0/{project_id}/kms/list-keys. */
export const keyListSchema = z.object({
  keys: z.array(z.string()),
  key_details: z.array(wireKeySchema),
  total: z.number().int(),
  truncated: z.enum(['true', 'false']),
});

export function toWireKey(key: KmsKey): WireKey {
  return {
    key_id: key.id,
    key_alias: key.alias,
    realm: key.regionId,
    domain_id: key.accountId,
    key_state: KEY_STATES[key.state],
    default_key_flag: key.isDefault ? '1' : '0',
  };
}

export function fromWireKey(wire: WireKey): KmsKey {
  const state = (Object.keys(KEY_STATES) as KmsKey['state'][]).find((s) => KEY_STATES[s] === wire.key_state);
  return {
    id: wire.key_id,
    alias: wire.key_alias,
    regionId: wire.realm,
    accountId: wire.domain_id,
    state: state ?? 'disabled',
    isDefault: wire.default_key_flag === '1',
  };
}

// ---- IAM ---------------------------------------------------------------------------------

export const wireRegionSchema = z.object({
  id: regionIdSchema,
  type: z.literal('public'),
  locales: z.object({ 'en-us': z.string() }),
  capabilities: z.object({
    cross_region_replication_max_gb: z.number(),
    export_large_without_fast_export: z.boolean(),
    export_ubuntu_derived: z.boolean(),
  }),
});
export type WireRegion = z.infer<typeof wireRegionSchema>;
export const regionListSchema = z.object({ regions: z.array(wireRegionSchema) });

export function toWireRegion(region: Region): WireRegion {
  const c = region.capabilities;
  return {
    id: region.id,
    type: 'public',
    locales: { 'en-us': region.displayName },
    capabilities: {
      cross_region_replication_max_gb: c.crossRegionReplicationMaxGb,
      export_large_without_fast_export: c.exportLargeWithoutFastExport,
      export_ubuntu_derived: c.exportUbuntuDerived,
    },
  };
}

export function fromWireRegion(wire: WireRegion): Region {
  const c = wire.capabilities;
  return {
    id: wire.id,
    displayName: wire.locales['en-us'],
    capabilities: {
      crossRegionReplicationMaxGb: c.cross_region_replication_max_gb,
      exportLargeWithoutFastExport: c.export_large_without_fast_export,
      exportUbuntuDerived: c.export_ubuntu_derived,
    },
  };
}

/** The project directory: every tenant's projects, so a recipient id can be typed and checked. */
export const wireProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  /** Extensions: the account's name and the project's region. */
  domain_name: z.string(),
  region_id: regionIdSchema,
});
export type WireProject = z.infer<typeof wireProjectSchema>;
export const projectListSchema = z.object({ projects: z.array(wireProjectSchema) });

export function toWireProject(project: Project, accountName: string): WireProject {
  return {
    id: project.id,
    name: project.name,
    domain_id: project.accountId,
    domain_name: accountName,
    region_id: project.regionId,
  };
}

export function fromWireProject(wire: WireProject): Project {
  return { id: wire.id, name: wire.name, accountId: wire.domain_id, regionId: wire.region_id };
}

/** Mock extension: the demo users, for the account switcher. */
export const wireIdentitySchema = z.object({
  user_id: z.string(),
  user_name: z.string(),
  domain_id: z.string(),
  domain_name: z.string(),
  role: roleSchema,
  token: z.string(),
});
export type WireIdentity = z.infer<typeof wireIdentitySchema>;
export const identityListSchema = z.object({ identities: z.array(wireIdentitySchema) });

export function toWireIdentity(user: User, accountName: string): WireIdentity {
  return {
    user_id: user.id,
    user_name: user.name,
    domain_id: user.accountId,
    domain_name: accountName,
    role: user.role,
    token: user.token,
  };
}

export const wireEnterpriseProjectSchema = z.object({ id: z.string(), name: z.string() });
export const enterpriseProjectListSchema = z.object({
  enterprise_projects: z.array(wireEnterpriseProjectSchema),
  total_count: z.number().int(),
});

export function fromWireEnterpriseProject(
  wire: z.infer<typeof wireEnterpriseProjectSchema>,
  accountId: string,
): EnterpriseProject {
  return { id: wire.id, name: wire.name, accountId };
}

export const wireAgencySchema = z.object({ name: z.string(), domain_id: z.string() });
export const agencyListSchema = z.object({ agencies: z.array(wireAgencySchema) });

export function fromWireAgency(wire: z.infer<typeof wireAgencySchema>): Agency {
  return { name: wire.name, accountId: wire.domain_id };
}

// ---- Audit (mock extension, shaped like CTS traces) --------------------------------------

export const traceResultSchema = z.enum(['success', 'refused', 'failed']);

export const traceQuerySchema = z.object({
  operation: z.string().max(64).optional(),
  result: traceResultSchema.optional(),
  image_id: z.string().max(128).optional(),
  /** A user id or name. */
  user: z.string().max(128).optional(),
  limit: pageLimitSchema(1000).optional(),
  /** The trace_id of the last trace of the previous page. */
  marker: z.string().min(1).max(128).optional(),
});
export type TraceQuery = z.infer<typeof traceQuerySchema>;
export const DEFAULT_TRACE_PAGE = 50;

export const wireTraceSchema = z.object({
  trace_id: z.string(),
  /** The operation attempted (`share`, `tags`, ...). */
  trace_name: z.string(),
  time: z.string(),
  user: z.object({ id: z.string(), name: z.string() }),
  domain_id: z.string(),
  region_id: regionIdSchema.nullable(),
  resource_id: z.string().nullable(),
  resource_name: z.string().nullable(),
  method: z.string(),
  path: z.string(),
  result: traceResultSchema,
  status: z.number().int(),
  error_code: z.string().nullable(),
  rule: z.string().nullable(),
  message: z.string().nullable(),
});
export type WireTrace = z.infer<typeof wireTraceSchema>;

export const traceListSchema = z.object({
  traces: z.array(wireTraceSchema),
  meta_data: z.object({ count: z.number().int(), marker: z.string().optional() }),
});
export type TraceList = z.infer<typeof traceListSchema>;
