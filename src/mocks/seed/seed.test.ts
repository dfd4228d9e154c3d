import { describe, expect, it } from 'vitest';
import { isActiveJobStatus, jobProgress, LIMITS, REGIONS, type Image } from '../../domain';
import { COLLECTION_NAMES, COLLECTIONS, keyOf } from '../db/collections';
import { SCENARIOS, type Db } from '../db/schema';
import {
  CORE_ACCOUNTS,
  FULL_REGION_IN_DEMO,
  INITECH_RUNNING_CREATES,
  LARGE_PRIVATE_IMAGES,
  LARGE_SHARED_IMAGES,
  projectIdOf,
  RUNNING_CROSS_REGION_JOB_ID,
  SEED_EPOCH,
  seedScenario,
} from './index';

const NOW = SEED_EPOCH + 22 * 86_400_000;
const seeds = Object.fromEntries(SCENARIOS.map((s) => [s, seedScenario(s, NOW)])) as Record<
  (typeof SCENARIOS)[number],
  Db
>;
const { demo, empty, large } = seeds;
const quotaFull = seeds['quota-full'];

const accountOf = (db: Db, image: Image) => db.projects.find((p) => p.id === image.ownerProjectId)?.accountId;
const privateIn = (db: Db, account: string, region: (typeof REGIONS)[number]['id']) =>
  db.images.filter((i) => i.ownerProjectId === projectIdOf(account, region));

describe.each(SCENARIOS)('scenario %s', (name) => {
  const db = seeds[name];

  it('is deterministic', () => {
    expect(seedScenario(name, NOW)).toEqual(db);
  });

  it('holds only well-formed records with unique keys', () => {
    for (const collection of COLLECTION_NAMES) {
      const records = db[collection] as unknown[];
      const keys = records.map(keyOf(collection));
      expect(new Set(keys).size, collection).toBe(keys.length);
      // Sampled for `large`: the generator is the same for every record.
      const step = records.length > 1000 ? 97 : 1;
      records.forEach((record, i) => {
        if (i % step === 0)
          expect(COLLECTIONS[collection].schema.safeParse(record).success, `${collection}[${i}]`).toBe(true);
      });
    }
  });

  it('refers only to records that exist', () => {
    const projects = new Set(db.projects.map((p) => p.id));
    const images = new Set(db.images.map((i) => i.id));
    const keys = new Set(db.keys.map((k) => k.id));
    for (const image of db.images) {
      expect(projects.has(image.ownerProjectId)).toBe(true);
      if (image.kmsKeyId) expect(keys.has(image.kmsKeyId), image.name).toBe(true);
    }
    for (const member of db.members) {
      expect(images.has(member.imageId)).toBe(true);
      expect(projects.has(member.projectId)).toBe(true);
      const image = db.images.find((i) => i.id === member.imageId);
      const project = db.projects.find((p) => p.id === member.projectId);
      expect(project?.regionId, 'shares stay in their region').toBe(image?.regionId);
    }
    for (const job of db.jobs) {
      if (job.resultImageId) expect(images.has(job.resultImageId)).toBe(true);
      if (job.sourceImageId) expect(images.has(job.sourceImageId)).toBe(true);
    }
  });

  it('dates nothing after now', () => {
    for (const image of db.images) expect(Date.parse(image.createdAt)).toBeLessThanOrEqual(NOW);
    for (const job of db.jobs) expect(job.beginAt).toBeLessThanOrEqual(NOW);
  });

  it('has the identities and services of every scenario', () => {
    expect(db.users.map((u) => u.token)).toEqual(
      expect.arrayContaining(['demo-token-alice', 'demo-token-oliver', 'demo-token-gina', 'demo-token-ivan']),
    );
    for (const account of db.accounts) {
      const projects = db.projects.filter((p) => p.accountId === account.id);
      expect(projects.map((p) => p.name).sort()).toEqual(REGIONS.map((r) => r.id).sort());
      for (const p of projects) expect(p.id).toMatch(/^[0-9a-f]{32}$/);
      expect(db.enterpriseProjects.filter((e) => e.accountId === account.id).map((e) => e.id)).toContain('0');
      expect(db.agencies).toContainEqual({ name: 'ims_admin_trust', accountId: account.id });
    }
    expect(db.servers.length).toBeGreaterThan(10);
    expect(db.buckets.some((b) => b.storageClass === 'COLD')).toBe(true);
  });
});

describe('demo', () => {
  it('has at least 40 images across at least 3 regions and 3 tenants', () => {
    expect(demo.images.length).toBeGreaterThanOrEqual(40);
    expect(new Set(demo.images.map((i) => i.regionId)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(demo.images.map((i) => accountOf(demo, i))).size).toBeGreaterThanOrEqual(3);
    console.log(
      `demo: ${demo.images.length} images in ${new Set(demo.images.map((i) => i.regionId)).size} regions, ` +
        `${demo.members.length} members, ${demo.jobs.length} jobs`,
    );
  });

  it('shares images with acme cn-north-4 in every member state, and between every core tenant', () => {
    const toAcme = demo.members.filter((m) => m.projectId === projectIdOf('acme', 'cn-north-4'));
    expect(new Set(toAcme.map((m) => m.status))).toEqual(new Set(['pending', 'accepted', 'rejected']));
    for (const owner of CORE_ACCOUNTS) {
      const shared = demo.members.filter(
        (m) =>
          accountOf(
            demo,
            demo.images.find((i) => i.id === m.imageId)!,
          ) === owner.id,
      );
      expect(shared.length, owner.id).toBeGreaterThan(0);
    }
  });

  it('runs exactly one cross-region replication, plus the jobs the task limits need', () => {
    const running = demo.jobs.filter((j) => isActiveJobStatus(jobProgress(j, NOW).status));
    expect(running.filter((j) => j.kind === 'replicate-cross-region').map((j) => j.id)).toEqual([
      RUNNING_CROSS_REGION_JOB_ID,
    ]);
    expect(running.filter((j) => j.accountId === 'initech' && j.kind === 'create')).toHaveLength(
      INITECH_RUNNING_CREATES,
    );
    expect(running.filter((j) => j.accountId === 'initech' && j.kind === 'replicate-in-region')).toHaveLength(
      LIMITS.concurrentReplications,
    );
    expect(demo.jobs.filter((j) => !isActiveJobStatus(jobProgress(j, NOW).status)).length).toBeGreaterThanOrEqual(3);
  });

  it('fills acme cn-east-3 to the quota, with a pending share there', () => {
    expect(privateIn(demo, 'acme', FULL_REGION_IN_DEMO)).toHaveLength(LIMITS.privateImagesPerRegion);
    expect(
      demo.members.some((m) => m.projectId === projectIdOf('acme', FULL_REGION_IN_DEMO) && m.status === 'pending'),
    ).toBe(true);
    expect(privateIn(demo, 'acme', 'cn-north-4').length).toBeLessThan(LIMITS.privateImagesPerRegion);
  });

  it('moves only running jobs and their images with now', () => {
    const later = seedScenario('demo', NOW + 3_600_000);
    const moved = new Set(later.jobs.filter((j, i) => j.beginAt !== demo.jobs[i]?.beginAt).map((j) => j.resultImageId));
    const differing = later.images.filter((img, i) => JSON.stringify(img) !== JSON.stringify(demo.images[i]));
    expect(differing.every((img) => moved.has(img.id))).toBe(true);
  });
});

describe('other scenarios', () => {
  it('empty has no images, members or jobs', () => {
    expect([empty.images.length, empty.members.length, empty.jobs.length]).toEqual([0, 0, 0]);
  });

  it('quota-full is demo with acme cn-north-4 at exactly 50 private images', () => {
    expect(privateIn(quotaFull, 'acme', 'cn-north-4')).toHaveLength(LIMITS.privateImagesPerRegion);
    expect(privateIn(quotaFull, 'acme', FULL_REGION_IN_DEMO)).toHaveLength(LIMITS.privateImagesPerRegion);
    expect(quotaFull.images.slice(0, demo.images.length)).toEqual(demo.images);
  });

  it('large shares 10,000+ images of other tenants with acme cn-north-4, plus 50 private images', () => {
    const acmeBj = projectIdOf('acme', 'cn-north-4');
    const shared = large.members.filter((m) => m.projectId === acmeBj);
    expect(shared.length).toBeGreaterThanOrEqual(LARGE_SHARED_IMAGES);
    expect(new Set(shared.map((m) => m.status))).toEqual(new Set(['pending', 'accepted', 'rejected']));
    const sharedImages = new Set(shared.map((m) => m.imageId));
    expect(large.images.filter((i) => sharedImages.has(i.id)).every((i) => accountOf(large, i) !== 'acme')).toBe(true);
    const own = large.images.filter((i) => accountOf(large, i) === 'acme');
    expect(own).toHaveLength(50);
    expect(privateIn(large, 'acme', 'cn-north-4')).toHaveLength(LARGE_PRIVATE_IMAGES['cn-north-4']);
    const variety = (f: (i: Image) => unknown) => new Set(large.images.map(f)).size;
    expect(variety((i) => i.osVersion)).toBeGreaterThan(8);
    expect(variety((i) => i.type)).toBeGreaterThanOrEqual(3);
    expect(variety((i) => i.createdAt.slice(0, 7))).toBeGreaterThan(12);
  });
});
