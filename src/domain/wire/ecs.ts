import { z } from 'zod';
import { architectureSchema, platformSchema } from '../model/image';
import { serverStateSchema, type Server } from '../model/services';
import { regionIdSchema } from '../regions';

/* ECS and BMS servers, only what the create rules read; the rest are this mock's extensions. */

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
