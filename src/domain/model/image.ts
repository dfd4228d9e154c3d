import { z } from 'zod';
import { regionIdSchema } from '../regions';

export const imageTypeSchema = z.enum(['system', 'data', 'whole', 'iso']);
export type ImageType = z.infer<typeof imageTypeSchema>;

export const IMAGE_TYPE_LABELS: Record<ImageType, string> = {
  system: 'System disk',
  data: 'Data disk',
  whole: 'Full-ECS',
  iso: 'ISO',
};

/** The type as it reads inside a reason sentence ("This full-ECS image ..."). */
export const IMAGE_TYPE_NOUNS: Record<ImageType, string> = {
  system: 'system disk',
  data: 'data disk',
  whole: 'full-ECS',
  iso: 'ISO',
};

/** IMS API statuses; "Normal" in the console is `active`. */
export const imageStatusSchema = z.enum(['queued', 'saving', 'active', 'killed']);
export type ImageStatus = z.infer<typeof imageStatusSchema>;

export const platformSchema = z.enum([
  'Windows',
  'Ubuntu',
  'RedHat',
  'SUSE',
  'CentOS',
  'Debian',
  'OpenSUSE',
  'Oracle Linux',
  'Fedora',
  'EulerOS',
  'openEuler',
  'CoreOS',
  // The rest are the families 002 §6 lists beyond the IMS enum (ims-api.md §2 marks newer
  // families UNCONFIRMED). KylinSec and NeoKylin come before Kylin: a name is matched to the
  // first family it contains.
  'FreeBSD',
  'KylinSec',
  'NeoKylin',
  'Kylin',
  'Other',
]);
export type Platform = z.infer<typeof platformSchema>;

export const osTypeSchema = z.enum(['Linux', 'Windows', 'Other']);
export type OsType = z.infer<typeof osTypeSchema>;

/** IMS `__os_type` of a family: FreeBSD is no Linux, so it is `Other` as unknown OSs are. */
export function osTypeOfPlatform(platform: Platform): OsType {
  if (platform === 'Windows') return 'Windows';
  return platform === 'Other' || platform === 'FreeBSD' ? 'Other' : 'Linux';
}

export const architectureSchema = z.enum(['x86', 'arm']);
export type Architecture = z.infer<typeof architectureSchema>;

export const bootModeSchema = z.enum(['bios', 'uefi']);
export type BootMode = z.infer<typeof bootModeSchema>;

export const diskFormatSchema = z.enum(['zvhd2', 'zvhd', 'vhd', 'raw', 'qcow2', 'vmdk', 'iso']);
export type DiskFormat = z.infer<typeof diskFormatSchema>;

/** Where an image's content came from (its lineage). */
export const imageSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ecs'), serverId: z.string(), serverName: z.string() }),
  z.object({ kind: z.literal('bms'), serverId: z.string(), serverName: z.string() }),
  z.object({ kind: z.literal('csbs-backup'), backupId: z.string(), backupName: z.string() }),
  z.object({ kind: z.literal('cbr-backup'), backupId: z.string(), backupName: z.string() }),
  z.object({ kind: z.literal('file'), bucket: z.string(), object: z.string() }),
  z.object({ kind: z.literal('iso-file'), bucket: z.string(), object: z.string() }),
  z.object({
    kind: z.literal('volume'),
    volumeId: z.string(),
    /** The disk and its ECS as the console names them ("fileserver-01-data2 of fileserver-01"). */
    volumeName: z.string().optional(),
  }),
  z.object({
    kind: z.literal('image-copy'),
    imageId: z.string(),
    imageName: z.string(),
    regionId: regionIdSchema,
  }),
  /** An answer whose `__data_origin` is absent or of a form the console does not read. */
  z.object({ kind: z.literal('unknown'), origin: z.string() }),
]);
export type ImageSource = z.infer<typeof imageSourceSchema>;

export const publicImageRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  platform: platformSchema,
});
export type PublicImageRef = z.infer<typeof publicImageRefSchema>;

export const tagSchema = z.object({ key: z.string(), value: z.string() });
export type Tag = z.infer<typeof tagSchema>;

export const imageSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  type: imageTypeSchema,
  status: imageStatusSchema,
  regionId: regionIdSchema,
  ownerProjectId: z.string(),
  enterpriseProjectId: z.string(),
  osType: osTypeSchema,
  platform: platformSchema,
  osVersion: z.string(),
  osBit: z.union([z.literal(32), z.literal(64)]),
  architecture: architectureSchema,
  bootMode: bootModeSchema,
  diskFormat: diskFormatSchema,
  /** Image size in GB. */
  sizeGb: z.number().nonnegative(),
  /** Disk capacity (min_disk) in GB. */
  minDiskGb: z.number().int().nonnegative(),
  minRamMb: z.number().int().nonnegative(),
  maxRamMb: z.number().int().nonnegative().nullable(),
  nicMultiQueue: z.boolean(),
  /** KMS key id when the image is encrypted. */
  kmsKeyId: z.string().nullable(),
  source: imageSourceSchema,
  /** The public image the content was built from, when known. */
  publicImage: publicImageRefSchema.nullable(),
  /** Created from a KooGallery (marketplace) image. */
  fromKooGallery: z.boolean(),
  /** Published in KooGallery by its owner; null when the answer does not say (rules then let the server decide). */
  publishedInKooGallery: z.boolean().nullable(),
  /**
   * For full-ECS images made from an ECS: that ECS had a CSBS backup at some time; null when the
   * answer does not say (rules then let the server decide).
   */
  sourceServerHadCsbsBackup: z.boolean().nullable(),
  tags: z.array(tagSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Image = z.infer<typeof imageSchema>;

export function isEncrypted(image: Pick<Image, 'kmsKeyId'>): boolean {
  return image.kmsKeyId !== null;
}

/**
 * The CSBS or CBR backup a full-ECS image was made from: deleting the image may take it along
 * (`delete_backup`, ims-api.md). Undefined for any other image.
 */
export function sourceBackupOf(
  image: Pick<Image, 'type' | 'source'>,
): { backupId: string; backupName: string } | undefined {
  const { source } = image;
  if (image.type !== 'whole' || (source.kind !== 'csbs-backup' && source.kind !== 'cbr-backup')) return undefined;
  return { backupId: source.backupId, backupName: source.backupName };
}

export const IMAGE_STATUS_LABELS: Record<ImageStatus, string> = {
  queued: 'Creating',
  saving: 'Creating',
  active: 'Normal',
  killed: 'Abnormal',
};

/** What an image was made from, by name: the server, backup, OBS object, disk or source image. */
export function sourceNameOf(source: ImageSource): string {
  switch (source.kind) {
    case 'ecs':
    case 'bms':
      return source.serverName;
    case 'csbs-backup':
    case 'cbr-backup':
      return source.backupName;
    case 'file':
    case 'iso-file':
      return `${source.bucket}:${source.object}`;
    case 'volume':
      return source.volumeName ?? source.volumeId;
    case 'image-copy':
      return source.imageName;
    case 'unknown':
      return source.origin === '' ? 'Not known' : source.origin;
  }
}
