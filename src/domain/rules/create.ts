import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import type { Architecture, BootMode } from '../model/image';
import { osSupportedOn, osVersionEntry } from '../model/os-versions';
import { STORAGE_CLASS_LABELS, type Bucket, type ServerState } from '../model/services';
import { regionName, type RegionId } from '../regions';
import { deny, onField } from './catalogue';
import { activeJobs, quotaIn, type RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, readOnly, type Denials } from './engine';

/** File formats an external image file may have (ISO only through ISO registration). */
export const IMPORT_FORMATS = ['vmdk', 'vhd', 'qcow2', 'raw', 'vhdx', 'qed', 'vdi', 'qcow', 'zvhd2', 'zvhd'] as const;
export const FAST_IMPORT_FORMATS = ['raw', 'zvhd2'] as const;

/** The bucket an image file is read from, as OBS lists it. */
export type ImportBucket = Pick<Bucket, 'name' | 'regionId' | 'storageClass'>;

/**
 * What an imported system disk or ISO image says of its OS. Each part is judged only when given,
 * so a request that leaves one out (the API defaults it) is not refused for it.
 */
interface ImportedOs {
  osVersion?: string;
  architecture?: Architecture;
  bootMode?: BootMode;
}

export type CreateInput =
  | { source: 'ecs'; imageType: 'system' | 'data' | 'whole'; serverId: string; dataDiskIds?: readonly string[] }
  | { source: 'bms'; serverId: string }
  | { source: 'backup'; backupId: string }
  | ({
      source: 'file';
      imageType: 'system' | 'data';
      /** The OBS file (`bucket:file`) the format and size were read from; no rule reads it. */
      imageUrl?: string;
      bucket?: ImportBucket;
      fileFormat: string;
      fileSizeGb: number;
      minDiskGb: number;
      quickImport: boolean;
    } & ImportedOs)
  | ({
      source: 'iso';
      imageUrl?: string;
      bucket?: ImportBucket;
      fileFormat: string;
      /** The file's size, which the system disk must hold (with `minDiskGb`). */
      fileSizeGb?: number;
      minDiskGb?: number;
      kmsKeyId?: string | null;
      quickImport?: boolean;
    } & ImportedOs);

/** The fields a denial of this operation may name: the input's own names. */
export type CreateField = FieldOf<CreateInput>;

const SERVER_STATE_LABELS: Record<ServerState, string> = {
  ACTIVE: 'Running',
  SHUTOFF: 'Stopped',
  BUILD: 'Creating',
  REBOOT: 'Restarting',
  RESIZE: 'Resizing',
  ERROR: 'Faulty',
};

function* fromServer(ctx: RuleContext, input: Extract<CreateInput, { source: 'ecs' }>): Denials<CreateField> {
  const server = ctx.servers.find((s) => s.id === input.serverId);
  if (!server) return;
  if (server.frozen) yield onField(deny('create.ecs-frozen', { server: server.name }), 'serverId');
  if (server.state !== 'ACTIVE' && server.state !== 'SHUTOFF')
    yield onField(
      deny('create.ecs-state', { server: server.name, state: SERVER_STATE_LABELS[server.state] }),
      'serverId',
    );
  if (input.imageType === 'system' && server.systemDisk.sizeGb > LIMITS.maxSourceDiskGb)
    yield onField(
      deny('create.system-disk-size', { server: server.name, sizeGb: server.systemDisk.sizeGb }),
      'serverId',
    );
  if (input.imageType === 'data')
    for (const disk of server.dataDisks.filter((d) => input.dataDiskIds?.includes(d.id)))
      if (disk.sizeGb > LIMITS.maxSourceDiskGb)
        yield onField(deny('create.data-disk-size', { disk: disk.name, sizeGb: disk.sizeGb }), 'dataDiskIds');
}

function* fromBms(ctx: RuleContext, serverId: string): Denials<CreateField> {
  const server = ctx.servers.find((s) => s.id === serverId);
  if (!server) return;
  if (server.frozen) yield onField(deny('create.ecs-frozen', { server: server.name }), 'serverId');
  if (server.state !== 'SHUTOFF')
    yield onField(
      deny('create.bms-state', {
        server: server.name,
        problem: `is ${SERVER_STATE_LABELS[server.state]}; it must be Stopped`,
      }),
      'serverId',
    );
  if (server.bootSource === 'local')
    yield onField(
      deny('create.bms-state', { server: server.name, problem: 'boots from a local disk, not an EVS disk' }),
      'serverId',
    );
  if (server.systemDisk.sizeGb > LIMITS.maxSourceDiskGb)
    yield onField(
      deny('create.system-disk-size', { server: server.name, sizeGb: server.systemDisk.sizeGb }),
      'serverId',
    );
}

function* fromBackup(ctx: RuleContext, backupId: string): Denials<CreateField> {
  const backup = ctx.backups.find((b) => b.id === backupId);
  if (!backup) return;
  const user = ctx.images.find(
    (i) =>
      (i.status === 'queued' || i.status === 'saving') &&
      (i.source.kind === 'csbs-backup' || i.source.kind === 'cbr-backup') &&
      i.source.backupId === backupId,
  );
  if (user) yield onField(deny('create.backup-single-use', { backup: backup.name, image: user.name }), 'backupId');
}

function* fromBucket(regionId: RegionId, bucket: ImportBucket | undefined): Denials<CreateField> {
  if (!bucket) return;
  if (bucket.regionId !== regionId)
    yield onField(
      deny('import.bucket', {
        bucket: bucket.name,
        problem: `is in ${regionName(bucket.regionId)}; import from a bucket in ${regionName(regionId)}`,
      }),
      'bucket',
    );
  else if (bucket.storageClass !== 'STANDARD')
    yield onField(
      deny('import.bucket', {
        bucket: bucket.name,
        problem: `is of the ${STORAGE_CLASS_LABELS[bucket.storageClass]} class; images are imported only from Standard buckets`,
      }),
      'bucket',
    );
}

/** OS version and boot mode of an imported system disk or ISO image (002 §6). */
function* importedOs(input: ImportedOs): Denials<CreateField> {
  const architecture = input.architecture ?? 'x86';
  const archLabel = architecture === 'arm' ? 'Kunpeng (Arm)' : 'x86';
  if (input.osVersion !== undefined && !osSupportedOn(input.osVersion, architecture))
    yield onField(deny('import.os-version', { osVersion: input.osVersion, architecture: archLabel }), 'osVersion');
  if (input.bootMode === undefined) return;
  if (architecture === 'arm' && input.bootMode === 'bios')
    yield onField(deny('import.boot-mode', { osVersion: input.osVersion ?? '', architecture }), 'bootMode');
  else if (architecture === 'x86' && input.bootMode === 'uefi' && input.osVersion !== undefined) {
    const entry = osVersionEntry(input.osVersion);
    // An OS the tables do not list is judged by import.os-version, not here.
    if (entry && !entry.uefi)
      yield onField(deny('import.boot-mode', { osVersion: input.osVersion, architecture }), 'bootMode');
  }
}

function* systemDisk(minDiskGb: number | undefined, fileSizeGb: number): Denials<CreateField> {
  if (minDiskGb === undefined) return;
  const fits =
    minDiskGb >= LIMITS.systemDiskImportMinGb && minDiskGb <= LIMITS.maxSourceDiskGb && minDiskGb >= fileSizeGb;
  if (!fits) yield onField(deny('import.system-disk-size', { sizeGb: minDiskGb, fileGb: fileSizeGb }), 'minDiskGb');
}

function* fromFile(input: Extract<CreateInput, { source: 'file' }>): Denials<CreateField> {
  const format = input.fileFormat.toLowerCase();
  if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    yield onField(deny('import.format', { format: input.fileFormat.toUpperCase() }), 'fileFormat');
  const size = input.fileSizeGb;
  if (size > LIMITS.fastImportMaxGb)
    yield onField(
      deny('import.size', { sizeGb: size, problem: `at most ${LIMITS.fastImportMaxGb} GB can be imported` }),
      'imageUrl',
    );
  else if (size > LIMITS.importMaxGb && !input.quickImport)
    yield onField(
      deny('import.size', { sizeGb: size, problem: `files over ${LIMITS.importMaxGb} GB need fast import` }),
      'quickImport',
    );
  if (input.quickImport && !(FAST_IMPORT_FORMATS as readonly string[]).includes(format))
    yield onField(
      deny('import.size', {
        sizeGb: size,
        problem: `fast import takes only RAW or ZVHD2 files, not ${input.fileFormat.toUpperCase()}`,
      }),
      'quickImport',
    );
  if (input.imageType === 'data') {
    const capacity = input.minDiskGb;
    if (capacity < LIMITS.dataDiskImportMinGb || capacity > LIMITS.dataDiskImportMaxGb || capacity < size)
      yield onField(deny('import.data-disk-capacity', { capacityGb: capacity, fileGb: size }), 'minDiskGb');
  } else {
    yield* importedOs(input);
    yield* systemDisk(input.minDiskGb, size);
  }
}

function* fromIso(input: Extract<CreateInput, { source: 'iso' }>): Denials<CreateField> {
  if (input.fileFormat.toLowerCase() !== 'iso')
    yield onField(
      deny('import.iso-limits', { problem: `takes an .iso file, not ${input.fileFormat.toUpperCase()}` }),
      'imageUrl',
    );
  if (input.quickImport) yield onField(deny('import.iso-limits', { problem: 'cannot use fast import' }), 'quickImport');
  if (input.kmsKeyId) yield onField(deny('encrypt.iso'), 'kmsKeyId');
  yield* importedOs(input);
  yield* systemDisk(input.minDiskGb, input.fileSizeGb ?? 0);
}

/** How many images (and creation tasks) the input makes: one per chosen data disk, else one. */
export function imagesMade(input: CreateInput | undefined): number {
  if (input?.source === 'ecs' && input.imageType === 'data') return Math.max(1, input.dataDiskIds?.length ?? 1);
  return 1;
}

function* denials(viewer: Viewer, ctx: RuleContext, regionId: RegionId, input?: CreateInput): Denials<CreateField> {
  yield* readOnly(viewer);
  // One image per task (000 T1): a batch of data disk images adds one image and one task per disk.
  const adding = imagesMade(input);
  const quota = quotaIn(ctx, regionId);
  if (quota.used + adding > quota.limit) yield deny('create.quota', { region: regionName(regionId), ...quota, adding });
  const running = activeJobs(ctx, ['create']).length;
  if (running + adding > LIMITS.concurrentCreateTasks) yield deny('create.concurrent-tasks', { running, adding });
  if (!input) return;
  if (input.source === 'ecs') yield* fromServer(ctx, input);
  else if (input.source === 'bms') yield* fromBms(ctx, input.serverId);
  else if (input.source === 'backup') yield* fromBackup(ctx, input.backupId);
  else if (input.source === 'file') {
    yield* fromBucket(regionId, input.bucket);
    yield* fromFile(input);
  } else {
    yield* fromBucket(regionId, input.bucket);
    yield* fromIso(input);
  }
}

export function canCreate(
  viewer: Viewer,
  ctx: RuleContext,
  regionId: RegionId,
  input?: CreateInput,
): Decision<CreateField> {
  return decide(denials(viewer, ctx, regionId, input));
}

export function createViolations(
  viewer: Viewer,
  ctx: RuleContext,
  regionId: RegionId,
  input?: CreateInput,
): Denial<CreateField>[] {
  return collect(denials(viewer, ctx, regionId, input));
}
