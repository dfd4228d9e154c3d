import { z } from 'zod';
import { GB } from '../limits';
import {
  architectureSchema,
  diskFormatSchema,
  imageStatusSchema,
  osTypeSchema,
  platformSchema,
  type Image,
  type ImageSource,
  type ImageType,
  sourceNameOf,
} from '../model/image';
import { memberStatusSchema } from '../model/member';
import { regionIdSchema, type RegionId } from '../regions';

/** IMS booleans, in attributes and query flags alike, are the strings "true" and "false". */
export const flagSchema = z.enum(['true', 'false']);
const bool = (value: boolean) => (value ? 'true' : 'false');

/**
 * The IMS image object (ims-api.md §18): `__*` flags are strings. Attributes marked "extension"
 * are lowercase custom attributes this mock adds (IMS allows them) so a client can run the same
 * rules: lineage names, KooGallery publication, CSBS history.
 */
export const imsImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: imageStatusSchema,
  visibility: z.enum(['private', 'public', 'shared']),
  owner: z.string(),
  protected: z.boolean(),
  __imagetype: z.enum(['gold', 'private', 'shared', 'market']),
  __isregistered: flagSchema,
  __description: z.string(),
  __os_type: osTypeSchema,
  __os_bit: z.enum(['32', '64']),
  __os_version: z.string(),
  __platform: platformSchema,
  __image_size: z.string(),
  __image_source_type: z.literal('uds'),
  __originalimagename: z.string(),
  __backup_id: z.string(),
  __data_origin: z.string(),
  __root_origin: z.string().optional(),
  __productcode: z.string().optional(),
  __whole_image: flagSchema,
  __system__cmkid: z.string().optional(),
  __support_arm: flagSchema,
  hw_firmware_type: z.enum(['bios', 'uefi']),
  hw_vif_multiqueue_enabled: flagSchema,
  virtual_env_type: z.enum(['FusionCompute', 'Ironic', 'DataImage', 'IsoImage']),
  disk_format: diskFormatSchema,
  container_format: z.literal('bare'),
  min_disk: z.number().int(),
  min_ram: z.number().int(),
  max_ram: z.string().optional(),
  enterprise_project_id: z.string(),
  tags: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  self: z.string(),
  file: z.string(),
  schema: z.literal('/v2/schemas/image'),
  // extension attributes
  __source_kind: z.enum(['ecs', 'bms', 'csbs-backup', 'cbr-backup', 'file', 'iso-file', 'volume', 'image-copy']),
  __source_name: z.string(),
  __source_region: regionIdSchema.optional(),
  __public_image_name: z.string().optional(),
  __public_image_platform: platformSchema.optional(),
  __koogallery_origin: flagSchema,
  __koogallery_published: flagSchema,
  __source_had_csbs_backup: flagSchema,
  /** Recipient view only: the viewer's member status and when it was shared. */
  __member_status: memberStatusSchema.optional(),
  __shared_at: z.string().optional(),
});
export type ImsImage = z.infer<typeof imsImageSchema>;

export const imsImageListSchema = z.object({ images: z.array(imsImageSchema) });

const ENV_TYPES: Record<ImageType, ImsImage['virtual_env_type']> = {
  system: 'FusionCompute',
  whole: 'FusionCompute',
  data: 'DataImage',
  iso: 'IsoImage',
};

function dataOrigin(source: ImageSource): string {
  switch (source.kind) {
    case 'ecs':
    case 'bms':
      return `instance,${source.serverId}`;
    case 'csbs-backup':
    case 'cbr-backup':
      return source.backupId;
    case 'file':
    case 'iso-file':
      return `file,${source.bucket}:${source.object}`;
    case 'volume':
      return `volume,${source.volumeId}`;
    case 'image-copy':
      return `image,${source.imageId}`;
  }
}

export interface WireView {
  /** The image is shared out by its owner or accepted by the viewer. */
  shared: boolean;
  member?: { status: z.infer<typeof memberStatusSchema>; createdAt: string };
}

export function toImsImage(image: Image, view: WireView = { shared: false }): ImsImage {
  const source = image.source;
  return {
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: view.shared || view.member ? 'shared' : 'private',
    owner: image.ownerProjectId,
    protected: false,
    __imagetype: view.shared || view.member ? 'shared' : 'private',
    __isregistered: 'true',
    __description: image.description,
    __os_type: image.osType,
    __os_bit: image.osBit === 32 ? '32' : '64',
    __os_version: image.osVersion,
    __platform: image.platform,
    __image_size: String(Math.round(image.sizeGb * GB)),
    __image_source_type: 'uds',
    __originalimagename: image.publicImage?.id ?? '',
    __backup_id: source.kind === 'csbs-backup' || source.kind === 'cbr-backup' ? source.backupId : '',
    __data_origin: dataOrigin(source),
    ...(source.kind === 'file' || source.kind === 'iso-file' ? { __root_origin: 'file' } : {}),
    ...(image.fromKooGallery ? { __productcode: `kg-${image.publicImage?.id ?? image.id}` } : {}),
    __whole_image: bool(image.type === 'whole'),
    ...(image.kmsKeyId ? { __system__cmkid: image.kmsKeyId } : {}),
    __support_arm: bool(image.architecture === 'arm'),
    hw_firmware_type: image.bootMode,
    hw_vif_multiqueue_enabled: bool(image.nicMultiQueue),
    virtual_env_type: source.kind === 'bms' ? 'Ironic' : ENV_TYPES[image.type],
    disk_format: image.diskFormat,
    container_format: 'bare',
    min_disk: image.minDiskGb,
    min_ram: image.minRamMb,
    ...(image.maxRamMb !== null ? { max_ram: String(image.maxRamMb) } : {}),
    enterprise_project_id: image.enterpriseProjectId,
    tags: image.tags.map((t) => `${t.key}=${t.value}`),
    created_at: image.createdAt,
    updated_at: image.updatedAt,
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
    __source_kind: source.kind,
    __source_name: sourceNameOf(source),
    ...(source.kind === 'image-copy' ? { __source_region: source.regionId } : {}),
    ...(image.publicImage
      ? { __public_image_name: image.publicImage.name, __public_image_platform: image.publicImage.platform }
      : {}),
    __koogallery_origin: bool(image.fromKooGallery),
    __koogallery_published: bool(image.publishedInKooGallery),
    __source_had_csbs_backup: bool(image.sourceServerHadCsbsBackup),
    ...(view.member ? { __member_status: view.member.status, __shared_at: view.member.createdAt } : {}),
  };
}

function originId(wire: ImsImage): string {
  const comma = wire.__data_origin.indexOf(',');
  return comma === -1 ? wire.__data_origin : wire.__data_origin.slice(comma + 1);
}

function fromImsSource(wire: ImsImage, regionId: RegionId): ImageSource {
  const id = originId(wire);
  const name = wire.__source_name;
  switch (wire.__source_kind) {
    case 'ecs':
    case 'bms':
      return { kind: wire.__source_kind, serverId: id, serverName: name };
    case 'csbs-backup':
    case 'cbr-backup':
      return { kind: wire.__source_kind, backupId: id, backupName: name };
    case 'file':
    case 'iso-file': {
      const colon = id.indexOf(':');
      return { kind: wire.__source_kind, bucket: id.slice(0, colon), object: id.slice(colon + 1) };
    }
    case 'volume':
      return { kind: 'volume', volumeId: id, ...(name !== id ? { volumeName: name } : {}) };
    case 'image-copy':
      return { kind: 'image-copy', imageId: id, imageName: name, regionId: wire.__source_region ?? regionId };
  }
}

function imageType(wire: ImsImage): ImageType {
  if (wire.__whole_image === 'true') return 'whole';
  if (wire.virtual_env_type === 'DataImage') return 'data';
  if (wire.virtual_env_type === 'IsoImage') return 'iso';
  return 'system';
}

function parseTag(text: string) {
  const eq = text.indexOf('=');
  return eq === -1 ? { key: text, value: '' } : { key: text.slice(0, eq), value: text.slice(eq + 1) };
}

/** The domain image behind an IMS image object listed in `regionId`. */
export function fromImsImage(wire: ImsImage, regionId: RegionId): Image {
  return {
    id: wire.id,
    name: wire.name,
    description: wire.__description,
    type: imageType(wire),
    status: wire.status,
    regionId,
    ownerProjectId: wire.owner,
    enterpriseProjectId: wire.enterprise_project_id,
    osType: wire.__os_type,
    platform: wire.__platform,
    osVersion: wire.__os_version,
    osBit: wire.__os_bit === '32' ? 32 : 64,
    architecture: architectureSchema.parse(wire.__support_arm === 'true' ? 'arm' : 'x86'),
    bootMode: wire.hw_firmware_type,
    diskFormat: wire.disk_format,
    sizeGb: Math.round((Number(wire.__image_size) / GB) * 100) / 100,
    minDiskGb: wire.min_disk,
    minRamMb: wire.min_ram,
    maxRamMb: wire.max_ram === undefined ? null : Number(wire.max_ram),
    nicMultiQueue: wire.hw_vif_multiqueue_enabled === 'true',
    kmsKeyId: wire.__system__cmkid ?? null,
    source: fromImsSource(wire, regionId),
    publicImage:
      wire.__public_image_name && wire.__public_image_platform
        ? { id: wire.__originalimagename, name: wire.__public_image_name, platform: wire.__public_image_platform }
        : null,
    fromKooGallery: wire.__koogallery_origin === 'true',
    publishedInKooGallery: wire.__koogallery_published === 'true',
    sourceServerHadCsbsBackup: wire.__source_had_csbs_backup === 'true',
    tags: wire.tags.map(parseTag),
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}
