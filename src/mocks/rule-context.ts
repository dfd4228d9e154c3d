import { LIMITS, REGIONS, type Image, type QuotaUsage, type RegionId, type RuleContext, type Viewer } from '../domain';
import type { Db } from './db/schema';
import { summarize } from './jobs';

export interface RuleContextScope {
  /**
   * Only the member records of these images are needed (a handler deciding on a few images of
   * the `large` scenario): the rules index the members they are given, so fewer cost less.
   */
  images?: readonly Pick<Image, 'id'>[];
}

/**
 * The facts the rules read for `viewer`, from the db: what the UI fills from its queries. One
 * pass over the images (quota and images being created), so it stays linear with 10,000+ images.
 */
export function ruleContextFor(db: Db, viewer: Viewer, now: number, scope: RuleContextScope = {}): RuleContext {
  const own = new Set(viewer.projectIds);
  const quota: Partial<Record<RegionId, QuotaUsage>> = {};
  for (const region of REGIONS) quota[region.id] = { used: 0, limit: LIMITS.privateImagesPerRegion };
  const creating: RuleContext['images'][number][] = [];
  for (const image of db.images) {
    if (!own.has(image.ownerProjectId)) continue;
    const usage = quota[image.regionId];
    if (usage) usage.used += 1;
    if (image.status === 'queued' || image.status === 'saving')
      creating.push({ id: image.id, name: image.name, status: image.status, source: image.source });
  }
  const scoped = scope.images ? new Set(scope.images.map((i) => i.id)) : undefined;
  return {
    jobs: db.jobs.filter((j) => j.accountId === viewer.accountId).map((j) => summarize(j, now)),
    quota,
    keys: db.keys.filter((k) => k.accountId === viewer.accountId),
    buckets: db.buckets.filter((b) => b.accountId === viewer.accountId),
    // A copy: the rules index the array they are given (context-index.ts), and handlers push to the db's.
    members: scoped ? db.members.filter((m) => scoped.has(m.imageId)) : [...db.members],
    projects: db.projects,
    vaults: db.vaults.filter((v) => own.has(v.projectId)),
    servers: db.servers.filter((s) => own.has(s.projectId)),
    backups: db.backups.filter((b) => own.has(b.projectId)),
    images: creating,
  };
}
