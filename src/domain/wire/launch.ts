import { z } from 'zod';
import { flavorSchema, type Flavor, type FlavorFamily } from '../model/flavors';
import type { RegionId } from '../regions';
import type { LaunchField, LaunchInput } from '../rules/launch';
import type { BodyFieldTable } from './error';

/*
 * Creating servers and disks from an image: the ECS API's POST /v1/{project_id}/cloudservers and
 * the EVS API's POST /v2/{project_id}/cloudvolumes (both answer a job), and the ECS flavor list.
 * Strings are bounded only loosely here: launch.name and launch.count speak first, with the
 * sentence the dialog shows.
 */

const loose = z.string().max(1024);

export const volumeTypeSchema = z.enum(['SSD', 'GPSSD', 'SAS', 'SATA']);
export type VolumeType = z.infer<typeof volumeTypeSchema>;

/** `{"server": {...}}`; `metadata.__temporary_ecs` is this mock's flag for an ISO's install ECS. */
export const createServersBodySchema = z.object({
  server: z.object({
    imageRef: z.string().min(1).max(64),
    flavorRef: z.string().min(1).max(64),
    name: loose,
    count: z.number().optional(),
    availability_zone: z.string().max(64).optional(),
    root_volume: z.object({ volumetype: volumeTypeSchema, size: z.number().optional() }),
    metadata: z.object({ __temporary_ecs: z.enum(['true', 'false']).optional() }).optional(),
  }),
});
export type CreateServersBody = z.infer<typeof createServersBodySchema>;

/** `{"volume": {...}}` with `imageRef`: EVS disks with a data disk image's data. */
export const createVolumesBodySchema = z.object({
  volume: z.object({
    imageRef: z.string().min(1).max(64),
    name: loose,
    size: z.number(),
    volume_type: volumeTypeSchema,
    count: z.number().optional(),
    availability_zone: z.string().max(64).optional(),
  }),
});
export type CreateVolumesBody = z.infer<typeof createVolumesBodySchema>;

/** The launch input a create-servers body asks, with the facts of the flavor it names. */
export function toServersInput(body: CreateServersBody, regionId: RegionId, flavor: Flavor): LaunchInput {
  const s = body.server;
  return {
    target: s.metadata?.__temporary_ecs === 'true' ? 'temporary-ecs' : 'ecs',
    regionId,
    architecture: flavor.architecture,
    memoryGb: flavor.memoryGb,
    flavorName: flavor.name,
    heterogeneous: flavor.heterogeneous,
    count: s.count ?? 1,
    name: s.name,
    ...(s.root_volume.size !== undefined ? { diskSizeGb: s.root_volume.size } : {}),
  };
}

export function toVolumesInput(body: CreateVolumesBody, regionId: RegionId): LaunchInput {
  const v = body.volume;
  return { target: 'evs', regionId, count: v.count ?? 1, name: v.name, diskSizeGb: v.size };
}

/** The request of a launch the rules have allowed (the inverse of the two above). */
export function toServersBody(imageId: string, input: LaunchInput, volumeType: VolumeType): CreateServersBody {
  return {
    server: {
      imageRef: imageId,
      flavorRef: input.flavorName ?? '',
      name: input.name ?? '',
      count: input.count,
      root_volume: {
        volumetype: volumeType,
        ...(input.diskSizeGb !== undefined ? { size: input.diskSizeGb } : {}),
      },
      ...(input.target === 'temporary-ecs' ? { metadata: { __temporary_ecs: 'true' as const } } : {}),
    },
  };
}

export function toVolumesBody(imageId: string, input: LaunchInput, volumeType: VolumeType): CreateVolumesBody {
  return {
    volume: {
      imageRef: imageId,
      name: input.name ?? '',
      size: input.diskSizeGb ?? 0,
      volume_type: volumeType,
      count: input.count,
    },
  };
}

/** The launch input's field each body key is, for the 400s of a malformed request. */
export const createServersBodyFields = {
  'server.imageRef': 'target',
  'server.flavorRef': 'flavorName',
  'server.name': 'name',
  'server.count': 'count',
  'server.availability_zone': 'regionId',
  'server.root_volume.size': 'diskSizeGb',
  'server.root_volume': 'diskSizeGb',
  'server.metadata': 'target',
} as const satisfies Record<string, LaunchField> & BodyFieldTable;

export const createVolumesBodyFields = {
  'volume.imageRef': 'target',
  'volume.name': 'name',
  'volume.size': 'diskSizeGb',
  'volume.volume_type': 'diskSizeGb',
  'volume.count': 'count',
  'volume.availability_zone': 'regionId',
} as const satisfies Record<string, LaunchField> & BodyFieldTable;

/* ---- flavors: GET /v1/{project_id}/cloudservers/flavors ------------------------------------ */

const PERFORMANCE_TYPES: Record<FlavorFamily, string> = {
  general: 'normal',
  memory: 'highmem',
  gpu: 'gpu',
  npu: 'ai',
  kunpeng: 'kunpeng_computing',
};

export const wireFlavorSchema = z.object({
  id: z.string(),
  name: z.string(),
  vcpus: z.string(),
  /** MB. */
  ram: z.number().int(),
  disk: z.string(),
  os_extra_specs: z.object({
    'ecs:performancetype': z.string(),
    'ecs:instance_architecture': z.enum(['x86', 'arm64']),
    /** Mock extension: the GPU, NPU or encoding card, when the flavor has one. */
    'info:accelerator': z.string().optional(),
  }),
});
export type WireFlavor = z.infer<typeof wireFlavorSchema>;
export const flavorListSchema = z.object({ flavors: z.array(wireFlavorSchema) });

export function toWireFlavor(f: Flavor): WireFlavor {
  return {
    id: f.name,
    name: f.name,
    vcpus: String(f.vcpus),
    ram: f.memoryGb * 1024,
    disk: '0',
    os_extra_specs: {
      'ecs:performancetype': PERFORMANCE_TYPES[f.family],
      'ecs:instance_architecture': f.architecture === 'arm' ? 'arm64' : 'x86',
      ...(f.accelerator ? { 'info:accelerator': f.accelerator } : {}),
    },
  };
}

export function fromWireFlavor(w: WireFlavor): Flavor {
  const family = (Object.keys(PERFORMANCE_TYPES) as FlavorFamily[]).find(
    (k) => PERFORMANCE_TYPES[k] === w.os_extra_specs['ecs:performancetype'],
  );
  const accelerator = w.os_extra_specs['info:accelerator'] ?? null;
  return flavorSchema.parse({
    name: w.name,
    family: family ?? 'general',
    vcpus: Number(w.vcpus),
    memoryGb: w.ram / 1024,
    architecture: w.os_extra_specs['ecs:instance_architecture'] === 'arm64' ? 'arm' : 'x86',
    heterogeneous: accelerator !== null,
    accelerator,
  });
}
