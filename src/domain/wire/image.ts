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
const bool = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

/**
 * The IMS image object (ims-api.md §18; the official SDK's `ImageInfo`, huaweicloud-sdk-python-v3
 * `huaweicloudsdkims/v2/model/image_info.py`). `__*` flags are strings. Only what every IMS answer
 * carries is required; lineage and the rest are optional, so an answer with only the SDK's fields
 * parses, and a fact it lacks reads as unknown (`fromImsImage`).
 *
 * Lineage travels in IMS's own attributes:
 *
 * | attribute              | holds                                                                      |
 * | ---------------------- | -------------------------------------------------------------------------- |
 * | `__data_origin`        | `instance,<ecs/bms id>`, `volume,<evs id>`, `file,<bucket>:<object>`,       |
 * |                        | `image,<region>,<image id>` (a copy), or the backup id (backup-made images) |
 * | `__backup_id`          | the CSBS/CBR backup of a backup-made image                                 |
 * | `__whole_image`        | `"true"` for full-ECS images (IMS API reference; not in the SDK model)     |
 * | `__root_origin`        | `"file"` for images imported from a file                                   |
 * | `__originalimagename`  | the parent image: the source of a copy, else the public image it was built on |
 * | `__productcode`        | the KooGallery product of an image made from a market image                |
 * | `virtual_env_type`     | `Ironic` for a BMS's image, `DataImage`, `IsoImage`, else `FusionCompute`   |
 *
 * Mock-only attributes (`MOCK_ONLY_IMAGE_ATTRIBUTES`), each for a fact IMS has no field for:
 *
 * | attribute                  | why                                                                   |
 * | -------------------------- | --------------------------------------------------------------------- |
 * | `__source_name`            | the source's name (IMS names only its id)                             |
 * | `__backup_type`            | `csbs` or `cbr`: IMS takes `whole_image_type` on create, answers none  |
 * | `__public_image_id`        | the public image under a copy (`__originalimagename` is the copy's source) |
 * | `__public_image_name`      | that public image's name, for `export.licensed-os`                    |
 * | `__public_image_platform`  | its OS family, for `export.licensed-os`                               |
 * | `__koogallery_published`   | published in KooGallery by its owner (`delete.koogallery`, `share.koogallery`) |
 * | `__source_had_csbs_backup` | the source ECS had a CSBS backup (`share.whole-image-origin`)         |
 * | `__member_status`          | recipient view: the viewer's answer (IMS answers it on the member API) |
 * | `__shared_at`              | recipient view: when it was shared with the viewer                    |
 */
export const imsImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: imageStatusSchema,
  visibility: z.enum(['private', 'public', 'shared']),
  owner: z.string(),
  protected: z.boolean().optional(),
  __imagetype: z.enum(['gold', 'private', 'shared', 'market']),
  __isregistered: flagSchema.optional(),
  __description: z.string().optional(),
  __os_type: osTypeSchema,
  __os_bit: z.enum(['32', '64']),
  __os_version: z.string(),
  __platform: platformSchema,
  __image_size: z.string(),
  __image_source_type: z.string().optional(),
  __originalimagename: z.string().optional(),
  __backup_id: z.string().optional(),
  __data_origin: z.string().nullable().optional(),
  __root_origin: z.string().optional(),
  __productcode: z.string().optional(),
  __account_code: z.string().optional(),
  __system_support_market: z.boolean().optional(),
  // The API reference says Boolean, Terraform's reader compares to the string: both are read.
  __whole_image: z.union([flagSchema, z.boolean()]).optional(),
  __system__cmkid: z.string().optional(),
  __support_arm: flagSchema.optional(),
  hw_firmware_type: z.enum(['bios', 'uefi']).optional(),
  hw_vif_multiqueue_enabled: flagSchema.optional(),
  virtual_env_type: z.enum(['FusionCompute', 'Ironic', 'DataImage', 'IsoImage']).optional(),
  disk_format: diskFormatSchema,
  container_format: z.string().optional(),
  min_disk: z.number().int(),
  min_ram: z.number().int(),
  max_ram: z.string().optional(),
  enterprise_project_id: z.string().optional(),
  tags: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  self: z.string().optional(),
  file: z.string().optional(),
  schema: z.string().optional(),
  // mock-only attributes (the table above)
  __source_name: z.string().optional(),
  __backup_type: z.enum(['csbs', 'cbr']).optional(),
  __public_image_id: z.string().optional(),
  __public_image_name: z.string().optional(),
  __public_image_platform: platformSchema.optional(),
  __koogallery_published: flagSchema.optional(),
  __source_had_csbs_backup: flagSchema.optional(),
  /** Recipient view only: the viewer's member status and when it was shared. */
  __member_status: memberStatusSchema.optional(),
  __shared_at: z.string().optional(),
});

/** The attributes the mock adds where IMS has no field (the table above); the rest are IMS's. */
export const MOCK_ONLY_IMAGE_ATTRIBUTES = [
  '__source_name',
  '__backup_type',
  '__public_image_id',
  '__public_image_name',
  '__public_image_platform',
  '__koogallery_published',
  '__source_had_csbs_backup',
  '__member_status',
  '__shared_at',
] as const satisfies readonly (keyof z.infer<typeof imsImageSchema>)[];

/** IMS attributes the API reference documents that the SDK's `ImageInfo` model lacks. */
export const IMS_ATTRIBUTES_OUTSIDE_SDK = ['__whole_image'] as const;
export type ImsImage = z.infer<typeof imsImageSchema>;

export const imsImageListSchema = z.object({ images: z.array(imsImageSchema) });

const ENV_TYPES: Record<ImageType, NonNullable<ImsImage['virtual_env_type']>> = {
  system: 'FusionCompute',
  whole: 'FusionCompute',
  data: 'DataImage',
  iso: 'IsoImage',
};

function dataOrigin(source: ImageSource): string | undefined {
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
      return `image,${source.regionId},${source.imageId}`;
    case 'unknown':
      return source.origin === '' ? undefined : source.origin;
  }
}

/** `__originalimagename`: the parent image, the source of a copy or the public image under it. */
function parentImageId(image: Image): string {
  if (image.source.kind === 'image-copy') return image.source.imageId;
  return image.publicImage?.id ?? '';
}

/** `virtual_env_type`: a BMS's image is Ironic; the type decides the rest. */
function envType(image: Image): NonNullable<ImsImage['virtual_env_type']> {
  return image.source.kind === 'bms' ? 'Ironic' : ENV_TYPES[image.type];
}

/** Emits a key only when the value is defined: IMS leaves out what does not apply. */
const present = <K extends string, V>(key: K, value: V | undefined | null) =>
  (value === undefined || value === null ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** A fact the image may not know (null) as an IMS flag, left out when unknown. */
const flagOf = (value: boolean | null) => (value === null ? undefined : bool(value));

export interface WireView {
  /** The image is shared out by its owner or accepted by the viewer. */
  shared: boolean;
  member?: { status: z.infer<typeof memberStatusSchema>; createdAt: string };
}

export function toImsImage(image: Image, view: WireView = { shared: false }): ImsImage {
  const source = image.source;
  const fromBackup = source.kind === 'csbs-backup' || source.kind === 'cbr-backup';
  const fromFile = source.kind === 'file' || source.kind === 'iso-file';
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
    __originalimagename: parentImageId(image),
    __backup_id: fromBackup ? source.backupId : '',
    ...present('__data_origin', dataOrigin(source)),
    ...(fromFile ? { __root_origin: 'file' } : {}),
    ...(image.fromKooGallery ? { __productcode: `kg-${image.publicImage?.id ?? image.id}` } : {}),
    __whole_image: bool(image.type === 'whole'),
    ...present('__system__cmkid', image.kmsKeyId),
    __support_arm: bool(image.architecture === 'arm'),
    hw_firmware_type: image.bootMode,
    hw_vif_multiqueue_enabled: bool(image.nicMultiQueue),
    virtual_env_type: envType(image),
    disk_format: image.diskFormat,
    container_format: 'bare',
    min_disk: image.minDiskGb,
    min_ram: image.minRamMb,
    ...present('max_ram', image.maxRamMb === null ? null : String(image.maxRamMb)),
    enterprise_project_id: image.enterpriseProjectId,
    tags: image.tags.map((t) => `${t.key}=${t.value}`),
    created_at: image.createdAt,
    updated_at: image.updatedAt,
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
    // mock-only: facts IMS has no field for
    ...(source.kind === 'unknown' ? {} : { __source_name: sourceNameOf(source) }),
    ...(fromBackup ? { __backup_type: source.kind === 'csbs-backup' ? 'csbs' : 'cbr' } : {}),
    ...(image.publicImage
      ? {
          __public_image_id: image.publicImage.id,
          __public_image_name: image.publicImage.name,
          __public_image_platform: image.publicImage.platform,
        }
      : {}),
    ...present('__koogallery_published', flagOf(image.publishedInKooGallery)),
    ...present('__source_had_csbs_backup', flagOf(image.sourceServerHadCsbsBackup)),
    ...(view.member ? { __member_status: view.member.status, __shared_at: view.member.createdAt } : {}),
  };
}

/** `"a,b,c"` → its parts after the kind; `__data_origin` values are comma-separated. */
function originParts(origin: string): { kind: string; rest: string[] } {
  const [kind = '', ...rest] = origin.split(',');
  return { kind, rest };
}

/**
 * The lineage of an answer, from IMS's own attributes (`__data_origin`, `__backup_id`,
 * `virtual_env_type`); the mock's `__source_name` and `__backup_type` only add names and the
 * backup service. A backup-made image whose service is not said is read as CBR's, the service
 * IMS creates backup images from today; an origin of no known form is `unknown`.
 */
function fromImsSource(wire: ImsImage, regionId: RegionId): ImageSource {
  const origin = wire.__data_origin ?? '';
  const { kind, rest } = originParts(origin);
  const named = (id: string) => wire.__source_name ?? id;
  if (wire.__backup_id) {
    const backupId = wire.__backup_id;
    const service = wire.__backup_type === 'csbs' ? 'csbs-backup' : 'cbr-backup';
    return { kind: service, backupId, backupName: named(backupId) };
  }
  if (kind === 'instance' && rest[0]) {
    const serverId = rest[0];
    return { kind: wire.virtual_env_type === 'Ironic' ? 'bms' : 'ecs', serverId, serverName: named(serverId) };
  }
  if (kind === 'volume' && rest[0]) {
    const volumeId = rest[0];
    return { kind: 'volume', volumeId, ...(wire.__source_name ? { volumeName: wire.__source_name } : {}) };
  }
  if (kind === 'file' && rest.length > 0) {
    const location = rest.join(',');
    const colon = location.indexOf(':');
    return {
      kind: wire.virtual_env_type === 'IsoImage' ? 'iso-file' : 'file',
      bucket: colon === -1 ? location : location.slice(0, colon),
      object: colon === -1 ? '' : location.slice(colon + 1),
    };
  }
  if (kind === 'image') {
    // `image,<region>,<id>`; an older form names only the image.
    const [region, imageId] = rest.length >= 2 ? rest : [undefined, rest[0]];
    const sourceRegion = regionIdSchema.safeParse(region);
    if (imageId)
      return {
        kind: 'image-copy',
        imageId,
        imageName: named(imageId),
        regionId: sourceRegion.success ? sourceRegion.data : regionId,
      };
  }
  return { kind: 'unknown', origin };
}

function imageType(wire: ImsImage): ImageType {
  if (wire.__whole_image === 'true' || wire.__whole_image === true) return 'whole';
  if (wire.virtual_env_type === 'DataImage') return 'data';
  if (wire.virtual_env_type === 'IsoImage') return 'iso';
  return 'system';
}

/** A flag the answer may leave out: true, false, or null for "the answer does not say". */
function knownFlag(flag: 'true' | 'false' | undefined): boolean | null {
  return flag === undefined ? null : flag === 'true';
}

function parseTag(text: string) {
  const eq = text.indexOf('=');
  return eq === -1 ? { key: text, value: '' } : { key: text.slice(0, eq), value: text.slice(eq + 1) };
}

/** The public image under the answer's image, when the answer names it (the mock's attributes). */
function publicImageOf(wire: ImsImage): Image['publicImage'] {
  if (!wire.__public_image_name || !wire.__public_image_platform) return null;
  return {
    id: wire.__public_image_id ?? wire.__originalimagename ?? '',
    name: wire.__public_image_name,
    platform: wire.__public_image_platform,
  };
}

/** The domain image behind an IMS image object listed in `regionId`. */
export function fromImsImage(wire: ImsImage, regionId: RegionId): Image {
  return {
    id: wire.id,
    name: wire.name,
    description: wire.__description ?? '',
    type: imageType(wire),
    status: wire.status,
    regionId,
    ownerProjectId: wire.owner,
    enterpriseProjectId: wire.enterprise_project_id ?? '0',
    osType: wire.__os_type,
    platform: wire.__platform,
    osVersion: wire.__os_version,
    osBit: wire.__os_bit === '32' ? 32 : 64,
    architecture: architectureSchema.parse(wire.__support_arm === 'true' ? 'arm' : 'x86'),
    bootMode: wire.hw_firmware_type ?? 'bios',
    diskFormat: wire.disk_format,
    sizeGb: Math.round((Number(wire.__image_size) / GB) * 100) / 100,
    minDiskGb: wire.min_disk,
    minRamMb: wire.min_ram,
    maxRamMb: wire.max_ram === undefined ? null : Number(wire.max_ram),
    nicMultiQueue: wire.hw_vif_multiqueue_enabled === 'true',
    // IMS may answer an empty key id for an unencrypted image.
    kmsKeyId: wire.__system__cmkid || null,
    source: fromImsSource(wire, regionId),
    publicImage: publicImageOf(wire),
    // A market image's product code is IMS's own mark of an image made from KooGallery.
    fromKooGallery: Boolean(wire.__productcode),
    publishedInKooGallery: knownFlag(wire.__koogallery_published),
    sourceServerHadCsbsBackup: knownFlag(wire.__source_had_csbs_backup),
    tags: wire.tags.map(parseTag),
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}
