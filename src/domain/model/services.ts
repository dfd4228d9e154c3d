import { z } from 'zod';
import { regionIdSchema } from '../regions';
import { architectureSchema, diskFormatSchema, platformSchema } from './image';

export const kmsKeyStateSchema = z.enum(['enabled', 'disabled', 'pending-deletion']);
export const kmsKeySchema = z.object({
  id: z.string(),
  alias: z.string(),
  regionId: regionIdSchema,
  accountId: z.string(),
  state: kmsKeyStateSchema,
  isDefault: z.boolean(),
});
export type KmsKey = z.infer<typeof kmsKeySchema>;
export const DEFAULT_KMS_ALIAS = 'ims/default';

/** OBS storage classes: Standard, Infrequent Access (WARM), Archive (COLD), Deep Archive. */
export const storageClassSchema = z.enum(['STANDARD', 'WARM', 'COLD', 'DEEP_ARCHIVE']);
export type StorageClass = z.infer<typeof storageClassSchema>;
export const STORAGE_CLASS_LABELS: Record<StorageClass, string> = {
  STANDARD: 'Standard',
  WARM: 'Infrequent Access',
  COLD: 'Archive',
  DEEP_ARCHIVE: 'Deep Archive',
};

export const bucketObjectSchema = z.object({
  key: z.string(),
  sizeGb: z.number().nonnegative(),
  format: diskFormatSchema,
  createdAt: z.string(),
  /** Image the object was exported from, when it was. */
  exportedFromImageId: z.string().nullable(),
});
export type BucketObject = z.infer<typeof bucketObjectSchema>;

export const bucketSchema = z.object({
  name: z.string(),
  regionId: regionIdSchema,
  accountId: z.string(),
  storageClass: storageClassSchema,
  objects: z.array(bucketObjectSchema),
});
export type Bucket = z.infer<typeof bucketSchema>;

/** ECS states as the ECS API names them: ACTIVE is Running, SHUTOFF is Stopped. */
export const serverStateSchema = z.enum(['ACTIVE', 'SHUTOFF', 'BUILD', 'REBOOT', 'RESIZE', 'ERROR']);
export type ServerState = z.infer<typeof serverStateSchema>;

export const diskSchema = z.object({ id: z.string(), name: z.string(), sizeGb: z.number().int() });
export type Disk = z.infer<typeof diskSchema>;

export const serverSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['ecs', 'bms']),
  regionId: regionIdSchema,
  projectId: z.string(),
  state: serverStateSchema,
  /** Frozen for overdue payment. */
  frozen: z.boolean(),
  bootSource: z.enum(['evs', 'local']),
  systemDisk: diskSchema,
  dataDisks: z.array(diskSchema),
  platform: platformSchema,
  osVersion: z.string(),
  architecture: architectureSchema,
  /** The server has had a CSBS backup at some time. */
  hadCsbsBackup: z.boolean(),
  publicImageId: z.string().nullable(),
});
export type Server = z.infer<typeof serverSchema>;

export const vaultSchema = z.object({
  id: z.string(),
  name: z.string(),
  regionId: regionIdSchema,
  projectId: z.string(),
  capacityGb: z.number(),
});
export type Vault = z.infer<typeof vaultSchema>;

export const backupSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['csbs', 'cbr']),
  regionId: regionIdSchema,
  projectId: z.string(),
  serverId: z.string(),
  vaultId: z.string().nullable(),
  sizeGb: z.number(),
  createdAt: z.string(),
});
export type Backup = z.infer<typeof backupSchema>;
