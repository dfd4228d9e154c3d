import { z } from 'zod';
import { GB } from '../limits';
import { bootModeSchema, osTypeSchema, platformSchema } from '../model/image';
import type { PublicImage } from '../model/public-image';
import type { RegionId } from '../regions';
import { flagSchema } from './image';

/*
 * A public image as IMS lists it (`GET /v2/cloudimages?__imagetype=gold`, ims-api.md §2 and §18):
 * `visibility: public`, `protected: true`, no lineage (`__originalimagename` empty, no
 * `__data_origin`), the `__support_*` flags present only when `"true"`.
 *
 * The features of 002 §6 ("image features such as user data injection and disk hot swap", 002
 * §1) read from the attributes IMS has for them: user data injection is `__is_config_init`
 * (Cloud-Init or Cloudbase-Init is set up in the image), NIC multi-queue is
 * `hw_vif_multiqueue_enabled`. IMS has no attribute of its own for disk hot swap; it travels in
 * `__os_feature_list` (§18: a JSON-encoded list of advanced features) as `disk_hot_swap`.
 */

export const DISK_HOT_SWAP_FEATURE = 'disk_hot_swap';

/** `__os_feature_list`: a JSON array of feature names; anything else reads as no features. */
export function parseOsFeatureList(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

const trueFlag = z.literal('true').optional();

export const imsPublicImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.literal('active'),
  visibility: z.literal('public'),
  /** The cloud's own project, which no tenant is. */
  owner: z.string(),
  protected: z.literal(true),
  __imagetype: z.literal('gold'),
  __isregistered: flagSchema,
  __description: z.string(),
  __os_type: osTypeSchema,
  __os_bit: z.enum(['32', '64']),
  __os_version: z.string(),
  __platform: platformSchema,
  __image_size: z.string(),
  __image_source_type: z.literal('uds'),
  __originalimagename: z.literal(''),
  __support_arm: flagSchema,
  __support_kvm: trueFlag,
  __support_diskintensive: trueFlag,
  __support_highperformance: trueFlag,
  __support_largememory: trueFlag,
  __is_config_init: flagSchema,
  __os_feature_list: z.string().optional(),
  hw_firmware_type: bootModeSchema,
  hw_vif_multiqueue_enabled: flagSchema,
  virtual_env_type: z.literal('FusionCompute'),
  disk_format: z.literal('zvhd2'),
  container_format: z.literal('bare'),
  min_disk: z.number().int().positive(),
  min_ram: z.number().int().nonnegative(),
  tags: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  self: z.string(),
  file: z.string(),
  schema: z.literal('/v2/schemas/image'),
});
export type ImsPublicImage = z.infer<typeof imsPublicImageSchema>;

/** The list response for `__imagetype=gold`, with this mock's `total` and `next_marker` (as for the others). */
export const imsPublicImagePageSchema = z.object({
  images: z.array(imsPublicImageSchema),
  total: z.number().int().nonnegative(),
  next_marker: z.string().optional(),
});
export type ImsPublicImagePage = z.infer<typeof imsPublicImagePageSchema>;

/** The project IMS lists as the owner of every public image. */
export const PUBLIC_IMAGE_OWNER = '0000000000000000000000000000public';

const bool = (value: boolean) => (value ? 'true' : 'false');

export function toImsPublicImage(image: PublicImage): ImsPublicImage {
  const x86 = image.architecture === 'x86';
  return {
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: 'public',
    owner: PUBLIC_IMAGE_OWNER,
    protected: true,
    __imagetype: 'gold',
    __isregistered: 'true',
    __description: '',
    __os_type: image.osType,
    __os_bit: image.osBit === 32 ? '32' : '64',
    __os_version: image.osVersion,
    __platform: image.platform,
    __image_size: String(Math.round(image.sizeGb * GB)),
    __image_source_type: 'uds',
    __originalimagename: '',
    __support_arm: bool(!x86),
    __support_kvm: 'true',
    // The x86 flavor families of Tables 6-1 and 6-3 (D, H, E): every x86 public image here may
    // start them; Kunpeng images start only the Kunpeng flavors of Table 6-5.
    ...(x86 ? { __support_diskintensive: 'true', __support_highperformance: 'true' } : {}),
    ...(x86 && image.osBit === 64 ? { __support_largememory: 'true' } : {}),
    __is_config_init: bool(image.features.userDataInjection),
    ...(image.features.diskHotSwap ? { __os_feature_list: JSON.stringify([DISK_HOT_SWAP_FEATURE]) } : {}),
    hw_firmware_type: image.bootMode,
    hw_vif_multiqueue_enabled: bool(image.features.nicMultiQueue),
    virtual_env_type: 'FusionCompute',
    disk_format: 'zvhd2',
    container_format: 'bare',
    min_disk: image.minDiskGb,
    min_ram: image.minRamMb,
    tags: [],
    created_at: image.createdAt,
    updated_at: image.createdAt,
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
  };
}

/** The domain record behind a public image listed in `regionId`. */
export function fromImsPublicImage(wire: ImsPublicImage, regionId: RegionId): PublicImage {
  return {
    id: wire.id,
    name: wire.name,
    visibility: 'public',
    type: 'system',
    status: wire.status,
    regionId,
    osType: wire.__os_type,
    platform: wire.__platform,
    osVersion: wire.__os_version,
    osBit: wire.__os_bit === '32' ? 32 : 64,
    architecture: wire.__support_arm === 'true' ? 'arm' : 'x86',
    bootMode: wire.hw_firmware_type,
    minDiskGb: wire.min_disk,
    minRamMb: wire.min_ram,
    sizeGb: Math.round((Number(wire.__image_size) / GB) * 100) / 100,
    features: {
      userDataInjection: wire.__is_config_init === 'true',
      diskHotSwap: parseOsFeatureList(wire.__os_feature_list).includes(DISK_HOT_SWAP_FEATURE),
      nicMultiQueue: wire.hw_vif_multiqueue_enabled === 'true',
    },
    createdAt: wire.created_at,
  };
}
