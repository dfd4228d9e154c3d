import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import type { ServerState } from '../model/services';
import { regionName, type RegionId } from '../regions';
import { deny, onField } from './catalogue';
import { activeJobs, quotaIn, type RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, readOnly, type Denials } from './engine';

/** File formats an external image file may have (ISO only through ISO registration). */
export const IMPORT_FORMATS = ['vmdk', 'vhd', 'qcow2', 'raw', 'vhdx', 'qed', 'vdi', 'qcow', 'zvhd2', 'zvhd'] as const;
export const FAST_IMPORT_FORMATS = ['raw', 'zvhd2'] as const;

export type CreateInput =
  | { source: 'ecs'; imageType: 'system' | 'data' | 'whole'; serverId: string; dataDiskIds?: readonly string[] }
  | { source: 'bms'; serverId: string }
  | { source: 'backup'; backupId: string }
  | {
      source: 'file';
      imageType: 'system' | 'data';
      /** The OBS file (`bucket:file`) the format and size were read from; no rule reads it. */
      imageUrl?: string;
      fileFormat: string;
      fileSizeGb: number;
      minDiskGb: number;
      quickImport: boolean;
    }
  | { source: 'iso'; imageUrl?: string; fileFormat: string; kmsKeyId?: string | null; quickImport?: boolean };

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
}

function* denials(viewer: Viewer, ctx: RuleContext, regionId: RegionId, input?: CreateInput): Denials<CreateField> {
  yield* readOnly(viewer);
  const quota = quotaIn(ctx, regionId);
  if (quota.used >= quota.limit) yield deny('create.quota', { region: regionName(regionId), ...quota });
  const running = activeJobs(ctx, ['create']).length;
  if (running >= LIMITS.concurrentCreateTasks) yield deny('create.concurrent-tasks', { running });
  if (!input) return;
  if (input.source === 'ecs') yield* fromServer(ctx, input);
  else if (input.source === 'bms') yield* fromBms(ctx, input.serverId);
  else if (input.source === 'backup') yield* fromBackup(ctx, input.backupId);
  else if (input.source === 'file') yield* fromFile(input);
  else yield* fromIso(input);
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
