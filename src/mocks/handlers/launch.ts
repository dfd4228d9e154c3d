import { z } from 'zod';
import {
  canLaunch,
  FLAVORS,
  REGIONS,
  regionIdSchema,
  type LaunchableImage,
  type LaunchInput,
  type RegionId,
  type Server,
} from '../../domain';
import {
  createServersBodyFields,
  createServersBodySchema,
  createVolumesBodyFields,
  createVolumesBodySchema,
  toServersInput,
  toVolumesInput,
  toWireFlavor,
  type CreateServersBody,
  type CreateVolumesBody,
} from '../../domain/wire/launch';
import { ecsPaths, evsPaths } from '../../domain/wire/paths';
import { enforce, fieldRefusal, notFound } from '../http/errors';
import { json, route, type RequestContext, type Route } from '../http/pipeline';
import { createJob, newId } from '../jobs';
import { findPublicImage } from '../seed/public-images';
import { jobRunOptions } from './jobs';
import { projectScope } from './services';

/*
 * Servers and disks from an image (ARCHITECTURE.md §4): the ECS API's create, the EVS API's create
 * with `imageRef`, and the flavor list the dialog reads. Both creates parse with the domain's
 * schemas, refuse with the same canLaunch the dialog runs, and only then add the servers (Creating)
 * and the job that makes them Running.
 */

const projectParams = z.object({ region: regionIdSchema, projectId: z.string().min(1) });
type Params = z.infer<typeof projectParams>;
type Ctx<B> = RequestContext<Params, undefined, B>;

/**
 * The image an `imageRef` names, in any region, so that launch.region (not a 404) answers an
 * image of another region: one of the viewer's, one shared with them, or a public image.
 */
function findLaunchable(ctx: Ctx<unknown>, imageId: string): LaunchableImage {
  const image = ctx.db.images.find(
    (i) =>
      i.id === imageId &&
      (ctx.viewer.projectIds.includes(i.ownerProjectId) ||
        ctx.db.members.some((m) => m.imageId === i.id && ctx.viewer.projectIds.includes(m.projectId))),
  );
  // A public image is no tenant's record: any tenant may start servers from it (seed/public-images).
  const found = image ?? REGIONS.map((r) => findPublicImage(r.id, imageId)).find((i) => i !== undefined);
  if (!found) throw notFound(`Image ${imageId}`);
  ctx.subject.imageId = found.id;
  ctx.subject.imageName = found.name;
  ctx.subject.regionId = found.regionId;
  return found;
}

/** `web`, or `web-0001`, `web-0002`, ... for a batch, as the ECS console names a batch. */
export function serverNames(name: string, count: number): string[] {
  if (count === 1) return [name];
  return Array.from({ length: count }, (_, i) => `${name}-${String(i + 1).padStart(4, '0')}`);
}

/** A new ECS, Creating; it runs the image's OS (an ISO's temporary ECS: the OS installed from it). */
function newServer(image: LaunchableImage, input: LaunchInput, name: string, projectId: string, region: RegionId) {
  const server: Server = {
    id: newId(),
    name,
    kind: 'ecs',
    regionId: region,
    projectId,
    state: 'BUILD',
    frozen: false,
    bootSource: 'evs',
    systemDisk: { id: newId(), name: `${name}-system`, sizeGb: input.diskSizeGb ?? image.minDiskGb },
    dataDisks: [],
    platform: image.platform,
    osVersion: image.osVersion,
    architecture: input.architecture ?? image.architecture,
    hadCsbsBackup: false,
    publicImageId: 'visibility' in image ? image.id : (image.publicImage?.id ?? null),
  };
  return server;
}

function createServers(ctx: Ctx<CreateServersBody>) {
  const region = ctx.params.region;
  const project = projectScope(ctx, region, ctx.params.projectId);
  const image = findLaunchable(ctx, ctx.body.server.imageRef);
  const flavor = FLAVORS.find((f) => f.name === ctx.body.server.flavorRef);
  if (!flavor)
    throw fieldRefusal(
      `Flavor ${ctx.body.server.flavorRef} does not exist in this region.`,
      'flavorName',
      'No such flavor.',
    );
  const input = toServersInput(ctx.body, region, flavor);
  // An unsized system disk is the image's minimum, as the ECS API reads it.
  const sized: LaunchInput = { ...input, diskSizeGb: input.diskSizeGb ?? Math.max(image.minDiskGb, 1) };
  enforce(canLaunch(image, ctx.viewer, ctx.rules(), sized));
  const servers = serverNames(sized.name ?? '', sized.count).map((name) =>
    newServer(image, sized, name, project.id, region),
  );
  ctx.db.servers.push(...servers);
  const job = createJob(
    ctx.db,
    {
      kind: 'launch-ecs',
      accountId: ctx.viewer.accountId,
      projectId: project.id,
      regionId: region,
      sourceImageId: image.id,
      sourceImageName: image.name,
      sizeGb: image.sizeGb,
      detail: {
        count: servers.length,
        serverIds: servers.map((s) => s.id),
        target: sized.target,
        flavorName: flavor.name,
        sourcePublic: 'visibility' in image,
      },
    },
    jobRunOptions(ctx.backend, ctx.now),
  );
  ctx.backend.save();
  return json({ job_id: job.id, serverIds: servers.map((s) => s.id) });
}

/** EVS disks are not listed by this console; the job keeps what it made (names, size). */
function createVolumes(ctx: Ctx<CreateVolumesBody>) {
  const region = ctx.params.region;
  const project = projectScope(ctx, region, ctx.params.projectId);
  const image = findLaunchable(ctx, ctx.body.volume.imageRef);
  const input = toVolumesInput(ctx.body, region);
  enforce(canLaunch(image, ctx.viewer, ctx.rules(), input));
  const names = serverNames(input.name ?? '', input.count);
  const job = createJob(
    ctx.db,
    {
      kind: 'launch-evs',
      accountId: ctx.viewer.accountId,
      projectId: project.id,
      regionId: region,
      sourceImageId: image.id,
      sourceImageName: image.name,
      sizeGb: image.sizeGb,
      detail: {
        count: names.length,
        volumes: names.map((name) => ({ id: newId(), name, sizeGb: input.diskSizeGb })),
        target: 'evs',
      },
    },
    jobRunOptions(ctx.backend, ctx.now),
  );
  ctx.backend.save();
  return json({ job_id: job.id });
}

const servers = route(
  'post',
  ecsPaths.createServers,
  { params: projectParams, body: createServersBodySchema, fields: createServersBodyFields, operation: 'launch' },
  createServers,
);

const volumes = route(
  'post',
  evsPaths.createVolumes,
  { params: projectParams, body: createVolumesBodySchema, fields: createVolumesBodyFields, operation: 'launch' },
  createVolumes,
);

const flavors = route('get', ecsPaths.flavors, { params: projectParams }, (ctx) => {
  projectScope(ctx, ctx.params.region, ctx.params.projectId);
  return json({ flavors: FLAVORS.map(toWireFlavor) });
});

export const launchRoutes: Route[] = [servers, volumes, flavors];
