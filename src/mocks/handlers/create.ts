import {
  canCreate,
  DEFAULT_ENTERPRISE_PROJECT_ID,
  osTypeOfPlatform,
  platformSchema,
  tagSetDenials,
  type Backup,
  type BucketObject,
  type Image,
  type ImportBucket,
  type ImageSource,
  type ImageType,
  type OsType,
  type Platform,
  type PublicImageRef,
  sourceNameOf,
  type Server,
  type Tag,
} from '../../domain';
import {
  createBodyFields,
  createDataImageActionSchema,
  type CreateFacts,
  createImageActionSchema,
  type CreateRequest,
  createWholeImageActionSchema,
  quickImportActionSchema,
  toCreateInput,
} from '../../domain/wire/create';
import { parseBucketUrl } from '../../domain/wire/obs';
import { requestedTags } from '../../domain/wire/tags';
import { imsPaths } from '../../domain/wire/paths';
import type { Db } from '../db/schema';
import { badRequest, enforce, imsError, refusal } from '../http/errors';
import { projectIn, regionParams } from '../http/lookup';
import { json, route, type RequestContext, type Route } from '../http/pipeline';
import { createJob, newId } from '../jobs';
import { jobRunOptions } from './jobs';

type Ctx = RequestContext<{ region: Image['regionId'] }, undefined, CreateRequest>;

// ---- sources (404 when not the viewer's) ---------------------------------------------------

function serverOf(ctx: Ctx, id: string): Server {
  const server = ctx.db.servers.find(
    (s) => s.id === id && s.regionId === ctx.params.region && ctx.viewer.projectIds.includes(s.projectId),
  );
  if (!server) throw imsError(404, 'IMG.0005', `ECS ${id} does not exist in ${ctx.params.region}.`);
  return server;
}

function serverOfVolumes(ctx: Ctx, volumeIds: readonly string[]): Server {
  const servers = volumeIds.map((id) => {
    const server = ctx.db.servers.find(
      (s) =>
        s.regionId === ctx.params.region &&
        ctx.viewer.projectIds.includes(s.projectId) &&
        s.dataDisks.some((d) => d.id === id),
    );
    if (!server)
      throw imsError(404, 'IMG.0120', `Data disk ${id} does not exist or is not attached to an ECS of yours.`);
    return server;
  });
  const first = servers[0] as Server;
  if (servers.some((s) => s.id !== first.id))
    throw imsError(400, 'IMG.0140', 'The data disks belong to different ECSs; create the images one ECS at a time.');
  return first;
}

function backupOf(ctx: Ctx, id: string): Backup {
  const backup = ctx.db.backups.find(
    (b) => b.id === id && b.regionId === ctx.params.region && ctx.viewer.projectIds.includes(b.projectId),
  );
  if (!backup) throw imsError(404, 'IMG.0020', `Backup ${id} does not exist in ${ctx.params.region}.`);
  return backup;
}

/**
 * The OBS object `image_url` names, from which import reads the file's format and size, and its
 * bucket, whose region and class import.bucket judges (with the sentence the page shows).
 */
function fileOf(ctx: Ctx, url: string): { bucket: ImportBucket; object: BucketObject } {
  const parts = parseBucketUrl(url) ?? { bucket: '', file: '' };
  const bucket = ctx.db.buckets.find((b) => b.name === parts.bucket && b.accountId === ctx.viewer.accountId);
  const object = bucket?.objects.find((o) => o.key === parts.file);
  if (!bucket || !object) throw imsError(404, 'IMG.0057', `The image file ${url} does not exist or is not yours.`);
  return { bucket: { name: bucket.name, regionId: bucket.regionId, storageClass: bucket.storageClass }, object };
}

// ---- checks no rule makes (after the rules, so a refusal by rule comes first) -----------------

function checkKey(ctx: Ctx, keyId: string | undefined): void {
  if (keyId === undefined) return;
  const key = ctx.db.keys.find(
    (k) => k.id === keyId && k.accountId === ctx.viewer.accountId && k.regionId === ctx.params.region,
  );
  if (!key) throw imsError(400, 'IMG.0095', `KMS key ${keyId} does not exist in ${ctx.params.region}.`);
  if (key.state !== 'enabled')
    throw imsError(400, 'IMG.0097', `KMS key ${key.alias} is ${key.state}; only enabled keys can encrypt.`);
}

function checkEnterpriseProject(ctx: Ctx, id: string | undefined): void {
  if (id !== undefined && !ctx.db.enterpriseProjects.some((p) => p.id === id && p.accountId === ctx.viewer.accountId))
    throw badRequest(`Enterprise project ${id} does not exist in your account.`, [
      { field: 'body.enterprise_project_id', message: 'No such enterprise project.' },
    ]);
}

/** The same tag rules as Manage Tags (tags.key, tags.value, tags.limit). */
function checkTags(tags: readonly Tag[]): void {
  for (const denial of tagSetDenials(tags)) throw refusal(denial);
}

// ---- the new image ----------------------------------------------------------------------

const PLATFORM_MATCH_ORDER: readonly Platform[] = [
  'OpenSUSE',
  'openEuler',
  ...platformSchema.options.filter((p) => p !== 'OpenSUSE' && p !== 'openEuler' && p !== 'Other'),
];
const squash = (text: string) => text.toLowerCase().replaceAll(' ', '');

/** The OS family an `os_version` such as "CentOS 7.9 64bit" or "Red Hat Enterprise Linux 8" names. */
function platformOf(osVersion: string): Platform {
  const text = squash(osVersion);
  return PLATFORM_MATCH_ORDER.find((p) => text.includes(squash(p))) ?? 'Other';
}

interface OsFacts {
  platform: Platform;
  osVersion: string;
  osType: OsType;
  osBit: 32 | 64;
  architecture: Image['architecture'];
  bootMode: Image['bootMode'];
  publicImage: PublicImageRef | null;
}

const NO_OS: OsFacts = {
  platform: 'Other',
  osVersion: '',
  osType: 'Other',
  osBit: 64,
  architecture: 'x86',
  bootMode: 'bios',
  publicImage: null,
};

function osFromVersion(
  osVersion: string,
  extra: { os_type?: OsType; architecture?: 'x86' | 'arm'; hw_firmware_type?: 'bios' | 'uefi' },
): OsFacts {
  const platform = platformOf(osVersion);
  const architecture = extra.architecture ?? 'x86';
  return {
    platform,
    osVersion,
    osType: extra.os_type ?? osTypeOfPlatform(platform),
    osBit: /32\s*bit/i.test(osVersion) ? 32 : 64,
    architecture,
    bootMode: extra.hw_firmware_type ?? (architecture === 'arm' ? 'uefi' : 'bios'),
    publicImage: null,
  };
}

/** An image made from a server carries the server's OS and the public image it was built from. */
function osFromServer(db: Db, server: Server): OsFacts {
  const known = server.publicImageId
    ? db.images.find((i) => i.publicImage?.id === server.publicImageId)?.publicImage
    : undefined;
  return {
    platform: server.platform,
    osVersion: server.osVersion,
    osType: osTypeOfPlatform(server.platform),
    osBit: /32\s*bit/i.test(server.osVersion) ? 32 : 64,
    architecture: server.architecture,
    bootMode: server.architecture === 'arm' ? 'uefi' : 'bios',
    publicImage: server.publicImageId
      ? (known ?? { id: server.publicImageId, name: server.osVersion, platform: server.platform })
      : null,
  };
}

interface NewImage {
  name: string;
  description?: string;
  type: ImageType;
  source: ImageSource;
  os: OsFacts;
  sizeGb: number;
  minDiskGb: number;
  minRamMb?: number;
  maxRamMb?: number;
  kmsKeyId?: string;
  tags: Tag[];
  enterpriseProjectId?: string;
  sourceServerHadCsbsBackup?: boolean;
  jobType: string;
}

// ---- what each request makes -----------------------------------------------------------

interface Plan {
  facts: CreateFacts;
  images: NewImage[];
  keyId?: string;
  enterpriseProjectId?: string;
  afterRules?: () => void;
}

function planFor(ctx: Ctx, request: CreateRequest): Plan {
  switch (request.shape) {
    case 'server': {
      const body = request.body;
      const server = serverOf(ctx, body.instance_id);
      return {
        facts: { server: { id: server.id, kind: server.kind } },
        enterpriseProjectId: body.enterprise_project_id,
        images: [
          {
            name: body.name,
            description: body.description,
            type: 'system',
            source: { kind: server.kind, serverId: server.id, serverName: server.name },
            os: osFromServer(ctx.db, server),
            sizeGb: server.systemDisk.sizeGb,
            minDiskGb: server.systemDisk.sizeGb,
            minRamMb: body.min_ram,
            maxRamMb: body.max_ram,
            tags: requestedTags(body),
            enterpriseProjectId: body.enterprise_project_id,
            jobType: 'imsCreateImageByInstance',
          },
        ],
      };
    }
    case 'data-disks': {
      const body = request.body;
      const server = serverOfVolumes(
        ctx,
        body.data_images.map((d) => d.volume_id),
      );
      return {
        facts: { server: { id: server.id, kind: server.kind } },
        enterpriseProjectId: body.enterprise_project_id,
        images: body.data_images.map((d) => {
          const disk = server.dataDisks.find((x) => x.id === d.volume_id);
          const sizeGb = disk?.sizeGb ?? 0;
          return {
            name: d.name,
            description: d.description,
            type: 'data' as const,
            source: {
              kind: 'volume' as const,
              volumeId: d.volume_id,
              ...(disk ? { volumeName: `${disk.name} of ${server.name}` } : {}),
            },
            os: { ...NO_OS, architecture: server.architecture },
            sizeGb,
            minDiskGb: sizeGb,
            tags: requestedTags({ tags: d.tags }),
            enterpriseProjectId: body.enterprise_project_id,
            jobType: 'imsVolumesToSysDataImagesJob',
          };
        }),
      };
    }
    case 'file':
    case 'iso':
    case 'data-file':
    case 'quick-import': {
      const body = request.body;
      const file = fileOf(ctx, body.image_url);
      const iso = request.shape === 'iso';
      const data =
        request.shape === 'data-file' || (request.shape === 'quick-import' && request.body.type === 'DataImage');
      const osVersion = 'os_version' in body ? (body.os_version ?? '') : '';
      const os = data
        ? { ...NO_OS, osType: body.os_type ?? 'Linux' }
        : osFromVersion(osVersion, {
            ...('os_type' in body && body.os_type ? { os_type: body.os_type } : {}),
            ...('architecture' in body && body.architecture ? { architecture: body.architecture } : {}),
            ...('hw_firmware_type' in body && body.hw_firmware_type ? { hw_firmware_type: body.hw_firmware_type } : {}),
          });
      const keyId = 'cmk_id' in body ? body.cmk_id : undefined;
      return {
        facts: { file: { format: file.object.format, sizeGb: file.object.sizeGb }, bucket: file.bucket },
        keyId: iso ? undefined : keyId,
        enterpriseProjectId: body.enterprise_project_id,
        images: [
          {
            name: body.name,
            description: body.description,
            type: iso ? 'iso' : data ? 'data' : 'system',
            source: { kind: iso ? 'iso-file' : 'file', bucket: file.bucket.name, object: file.object.key },
            os,
            sizeGb: file.object.sizeGb,
            minDiskGb: body.min_disk,
            minRamMb: 'min_ram' in body ? body.min_ram : undefined,
            maxRamMb: 'max_ram' in body ? body.max_ram : undefined,
            kmsKeyId: iso ? undefined : keyId,
            tags: requestedTags(body),
            enterpriseProjectId: body.enterprise_project_id,
            jobType: request.shape === 'data-file' ? 'imsImportDataImageJob' : 'imsImportImageJob',
          },
        ],
      };
    }
    case 'whole': {
      const body = request.body;
      const common = {
        name: body.name,
        description: body.description,
        type: 'whole' as const,
        minRamMb: body.min_ram,
        maxRamMb: body.max_ram,
        tags: requestedTags(body),
        enterpriseProjectId: body.enterprise_project_id,
      };
      if (body.backup_id !== undefined) {
        const backup = backupOf(ctx, body.backup_id);
        const server = ctx.db.servers.find((s) => s.id === backup.serverId);
        return {
          facts: {},
          enterpriseProjectId: body.enterprise_project_id,
          afterRules: () => {
            if (body.whole_image_type !== undefined && body.whole_image_type.toLowerCase() !== backup.kind)
              throw badRequest(
                `Backup ${backup.name} is a ${backup.kind.toUpperCase()} backup, not ${body.whole_image_type}.`,
                [{ field: 'body.whole_image_type', message: `Use ${backup.kind.toUpperCase()}.` }],
              );
          },
          images: [
            {
              ...common,
              source: {
                kind: backup.kind === 'cbr' ? 'cbr-backup' : 'csbs-backup',
                backupId: backup.id,
                backupName: backup.name,
              },
              os: server ? osFromServer(ctx.db, server) : NO_OS,
              sizeGb: backup.sizeGb,
              minDiskGb: server?.systemDisk.sizeGb ?? Math.ceil(backup.sizeGb),
              jobType: 'imsCreateWholeImageByBackupJob',
            },
          ],
        };
      }
      const server = serverOf(ctx, body.instance_id ?? '');
      const vaultId = body.vault_id;
      const vault = ctx.db.vaults.find(
        (v) => v.id === vaultId && v.regionId === ctx.params.region && ctx.viewer.projectIds.includes(v.projectId),
      );
      if (!vault) throw imsError(404, 'IMG.0183', `CBR vault ${vaultId ?? ''} does not exist in ${ctx.params.region}.`);
      const sizeGb = server.systemDisk.sizeGb + server.dataDisks.reduce((sum, d) => sum + d.sizeGb, 0);
      return {
        facts: { server: { id: server.id, kind: server.kind } },
        enterpriseProjectId: body.enterprise_project_id,
        afterRules: () => {
          if (server.kind === 'bms')
            throw imsError(400, 'IMG.0024', `${server.name} is a BMS; full-ECS images are made from ECSs.`);
        },
        images: [
          {
            ...common,
            source: { kind: 'ecs', serverId: server.id, serverName: server.name },
            os: osFromServer(ctx.db, server),
            sizeGb,
            minDiskGb: server.systemDisk.sizeGb,
            sourceServerHadCsbsBackup: server.hadCsbsBackup,
            jobType: 'imsCreateWholeImageByInstanceJob',
          },
        ],
      };
    }
  }
}

function buildImage(spec: NewImage, ownerProjectId: string, regionId: Image['regionId'], now: number): Image {
  const at = new Date(now).toISOString();
  const hasOs = spec.type !== 'data';
  return {
    id: newId(),
    name: spec.name,
    description: spec.description ?? '',
    type: spec.type,
    status: 'saving',
    regionId,
    ownerProjectId,
    enterpriseProjectId: spec.enterpriseProjectId ?? DEFAULT_ENTERPRISE_PROJECT_ID,
    osType: spec.os.osType,
    platform: spec.os.platform,
    osVersion: spec.os.osVersion,
    osBit: spec.os.osBit,
    architecture: spec.os.architecture,
    bootMode: spec.os.bootMode,
    diskFormat: spec.type === 'iso' ? 'iso' : 'zvhd2',
    sizeGb: spec.sizeGb,
    minDiskGb: spec.minDiskGb,
    minRamMb: hasOs ? (spec.minRamMb ?? 0) : 0,
    maxRamMb: hasOs ? (spec.maxRamMb ?? null) : null,
    nicMultiQueue: hasOs && spec.os.osType === 'Linux',
    kmsKeyId: spec.kmsKeyId ?? null,
    source: spec.source,
    publicImage: spec.os.publicImage,
    fromKooGallery: false,
    publishedInKooGallery: false,
    sourceServerHadCsbsBackup: spec.sourceServerHadCsbsBackup ?? false,
    tags: spec.tags,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Every create endpoint: find the source (404), the same canCreate as the Create Image page,
 * then insert the image as `saving` with one `create` job per image (IMS makes one image per task).
 */
function create(ctx: Ctx) {
  const plan = planFor(ctx, ctx.body);
  enforce(canCreate(ctx.viewer, ctx.rules(), ctx.params.region, toCreateInput(ctx.body, plan.facts)));
  for (const spec of plan.images) checkTags(spec.tags);
  checkKey(ctx, plan.keyId);
  checkEnterpriseProject(ctx, plan.enterpriseProjectId);
  plan.afterRules?.();

  const project = projectIn(ctx, ctx.params.region);
  const jobIds = plan.images.map((spec) => {
    const image = buildImage(spec, project.id, ctx.params.region, ctx.now);
    ctx.db.images.push(image);
    ctx.subject.imageId ??= image.id;
    ctx.subject.imageName ??= image.name;
    const job = createJob(
      ctx.db,
      {
        kind: 'create',
        accountId: ctx.viewer.accountId,
        projectId: project.id,
        regionId: ctx.params.region,
        sourceImageId: null,
        sourceImageName: sourceNameOf(image.source),
        resultImageId: image.id,
        resultImageName: image.name,
        sizeGb: image.sizeGb,
        detail: { source: image.source.kind },
      },
      jobRunOptions(ctx.backend, ctx.now),
    );
    job.jobType = spec.jobType;
    return job.id;
  });
  ctx.backend.save();
  // `job_ids` is a mock extension: shape B makes one image, and one job, per data disk.
  return json({ job_id: jobIds[0], ...(jobIds.length > 1 ? { job_ids: jobIds } : {}) });
}

export const createRoutes: Route[] = [
  route(
    'post',
    imsPaths.createImage,
    { params: regionParams, body: createImageActionSchema, fields: createBodyFields, operation: 'create' },
    create,
  ),
  route(
    'post',
    imsPaths.createDataImage,
    { params: regionParams, body: createDataImageActionSchema, fields: createBodyFields, operation: 'create' },
    create,
  ),
  route(
    'post',
    imsPaths.quickImport,
    { params: regionParams, body: quickImportActionSchema, fields: createBodyFields, operation: 'create' },
    create,
  ),
  route(
    'post',
    imsPaths.createWholeImage,
    { params: regionParams, body: createWholeImageActionSchema, fields: createBodyFields, operation: 'create' },
    create,
  ),
];
