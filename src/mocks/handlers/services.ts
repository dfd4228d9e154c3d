import { z } from 'zod';
import { DEFAULT_ENTERPRISE_PROJECT_ID, REGIONS, regionIdSchema, type Server } from '../../domain';
import { toWireBackup, toWireVault } from '../../domain/wire/cbr';
import { toWireServer } from '../../domain/wire/ecs';
import { toWireIdentity, toWireProject, toWireRegion } from '../../domain/wire/iam';
import { toWireKey } from '../../domain/wire/kms';
import { toWireBucket, toWireObject } from '../../domain/wire/obs';
import { bmsPaths, cbrPaths, ecsPaths, iamPaths, kmsPaths, obsPaths } from '../../domain/wire/paths';
import type { Db } from '../db/schema';
import { imsError, notFound } from '../http/errors';
import { json, route, type RequestContext, type Route } from '../http/pipeline';

type Scoped = Pick<RequestContext<unknown, unknown, unknown>, 'db' | 'viewer'>;

/**
 * A `{project_id}` in a path must be the viewer's project in that region, as a scoped IAM token
 * would require; any other id is answered 404 so other tenants' projects are not confirmed.
 */
export function projectScope(ctx: Scoped, region: string, projectId: string) {
  const project = ctx.db.projects.find(
    (p) => p.id === projectId && p.regionId === region && ctx.viewer.projectIds.includes(p.id),
  );
  if (!project) throw notFound(`Project ${projectId} in ${region}`);
  return project;
}

const regionParams = z.object({ region: regionIdSchema });
const projectParams = z.object({ region: regionIdSchema, projectId: z.string().min(1) });

export const accountName = (db: Db, accountId: string) =>
  db.accounts.find((a) => a.id === accountId)?.name ?? accountId;

function serverList(kind: Server['kind']) {
  return (ctx: RequestContext<z.infer<typeof projectParams>, unknown, undefined>) => {
    const project = projectScope(ctx, ctx.params.region, ctx.params.projectId);
    const servers = ctx.db.servers.filter((s) => s.kind === kind && s.projectId === project.id).map(toWireServer);
    return json({ count: servers.length, servers });
  };
}

const ecs = route('get', ecsPaths.servers, { params: projectParams }, serverList('ecs'));
const bms = route('get', bmsPaths.servers, { params: projectParams }, serverList('bms'));

const vaults = route('get', cbrPaths.vaults, { params: projectParams }, (ctx) => {
  const project = projectScope(ctx, ctx.params.region, ctx.params.projectId);
  const list = ctx.db.vaults.filter((v) => v.projectId === project.id).map(toWireVault);
  return json({ count: list.length, vaults: list });
});

const backups = route('get', cbrPaths.backups, { params: projectParams }, (ctx) => {
  const project = projectScope(ctx, ctx.params.region, ctx.params.projectId);
  const list = ctx.db.backups.filter((b) => b.projectId === project.id).map(toWireBackup);
  return json({ count: list.length, backups: list });
});

// OBS bucket names are global, so the list spans regions; the export dialog disables the others.
const buckets = route('get', obsPaths.buckets, { params: regionParams }, (ctx) =>
  json({ buckets: ctx.db.buckets.filter((b) => b.accountId === ctx.viewer.accountId).map(toWireBucket) }),
);

const objects = route(
  'get',
  obsPaths.objects,
  { params: regionParams.extend({ bucket: z.string().min(1) }) },
  (ctx) => {
    const bucket = ctx.db.buckets.find(
      (b) => b.name === ctx.params.bucket && b.accountId === ctx.viewer.accountId && b.regionId === ctx.params.region,
    );
    if (!bucket) throw imsError(404, 'OBS.0404', `Bucket ${ctx.params.bucket} does not exist in ${ctx.params.region}.`);
    return json({ name: bucket.name, contents: bucket.objects.map(toWireObject) });
  },
);

const keys = route('get', kmsPaths.keys, { params: projectParams }, (ctx) => {
  projectScope(ctx, ctx.params.region, ctx.params.projectId);
  const details = ctx.db.keys
    .filter((k) => k.accountId === ctx.viewer.accountId && k.regionId === ctx.params.region)
    .map(toWireKey);
  return json({ keys: details.map((k) => k.key_id), key_details: details, total: details.length, truncated: 'false' });
});

const regions = route('get', iamPaths.regions, {}, () => json({ regions: REGIONS.map(toWireRegion) }));

const projects = route('get', iamPaths.projects, {}, (ctx) =>
  json({ projects: ctx.db.projects.map((p) => toWireProject(p, accountName(ctx.db, p.accountId))) }),
);

const identities = route('get', iamPaths.identities, {}, (ctx) =>
  json({ identities: ctx.db.users.map((u) => toWireIdentity(u, accountName(ctx.db, u.accountId))) }),
);

const enterpriseProjects = route('get', iamPaths.enterpriseProjects, {}, (ctx) => {
  const own = ctx.db.enterpriseProjects.filter((e) => e.accountId === ctx.viewer.accountId);
  // Huawei always lists the "default" enterprise project; a seed need not store it.
  const list = own.some((e) => e.id === DEFAULT_ENTERPRISE_PROJECT_ID)
    ? own
    : [{ id: DEFAULT_ENTERPRISE_PROJECT_ID, name: 'default' }, ...own];
  const wire = list.map((e) => ({ id: e.id, name: e.name }));
  return json({ enterprise_projects: wire, total_count: wire.length });
});

const agencies = route('get', iamPaths.agencies, {}, (ctx) =>
  json({
    agencies: ctx.db.agencies
      .filter((a) => a.accountId === ctx.viewer.accountId)
      .map((a) => ({ name: a.name, domain_id: a.accountId })),
  }),
);

export const serviceRoutes: Route[] = [
  ecs,
  bms,
  vaults,
  backups,
  buckets,
  objects,
  keys,
  regions,
  projects,
  identities,
  enterpriseProjects,
  agencies,
];
