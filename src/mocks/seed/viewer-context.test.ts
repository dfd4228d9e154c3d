import { describe, expect, it } from 'vitest';
import { isActiveJobStatus, LIMITS } from '../../domain';
import { ruleContextFor } from '../rule-context';
import { viewerFor } from '../viewer';
import {
  ACME_IMAGES,
  imageIdOf,
  INITECH_RUNNING_CREATES,
  projectIdOf,
  SEED_EPOCH,
  seedScenario,
  TOKENS,
} from './index';

const NOW = SEED_EPOCH + 22 * 86_400_000;
const db = seedScenario('demo', NOW);

describe('viewerFor', () => {
  it('finds the user of a token, with every project of the account', () => {
    const who = viewerFor(db, TOKENS.alice);
    expect(who?.user.name).toBe('alice');
    expect(who?.viewer).toMatchObject({ accountId: 'acme', role: 'full-access' });
    expect(who?.viewer.projectIds).toHaveLength(6);
    expect(who?.viewer.projectIds).toContain(projectIdOf('acme', 'cn-north-4'));
    expect(viewerFor(db, TOKENS.oliver)?.viewer.role).toBe('read-only');
  });

  it('knows no empty or unknown token', () => {
    expect(viewerFor(db, '')).toBeUndefined();
    expect(viewerFor(db, 'demo-token-mallory')).toBeUndefined();
  });
});

describe('ruleContextFor', () => {
  const alice = viewerFor(db, TOKENS.alice)!.viewer;

  it('counts private images per region and leaves shared ones out', () => {
    const ctx = ruleContextFor(db, alice, NOW);
    const own = db.images.filter((i) => i.ownerProjectId === projectIdOf('acme', 'cn-north-4')).length;
    expect(ctx.quota['cn-north-4']).toEqual({ used: own, limit: LIMITS.privateImagesPerRegion });
    expect(ctx.quota['cn-east-3']?.used).toBe(LIMITS.privateImagesPerRegion);
    expect(ctx.quota['eu-west-101']?.used).toBe(0);
  });

  it("holds only the viewer's account's jobs, keys, buckets, servers, vaults and backups", () => {
    const ctx = ruleContextFor(db, alice, NOW);
    expect(ctx.jobs.length).toBe(db.jobs.filter((j) => j.accountId === 'acme').length);
    expect(ctx.keys.every((k) => k.accountId === 'acme')).toBe(true);
    expect(ctx.buckets.every((b) => b.accountId === 'acme')).toBe(true);
    for (const list of [ctx.servers, ctx.vaults, ctx.backups])
      expect(list.every((r) => alice.projectIds.includes(r.projectId))).toBe(true);
    expect(ctx.images.map((i) => i.name).sort()).toEqual(
      [ACME_IMAGES.creating, `copy_cn-north-4_${ACME_IMAGES.replicating}`].sort(),
    );
    expect(ctx.projects).toBe(db.projects);
  });

  it('derives job status from now', () => {
    const ivan = viewerFor(db, TOKENS.ivan)!.viewer;
    const running = (at: number) =>
      ruleContextFor(db, ivan, at).jobs.filter((j) => j.kind === 'create' && isActiveJobStatus(j.status)).length;
    expect(running(NOW)).toBe(INITECH_RUNNING_CREATES);
    expect(running(NOW + 24 * 3_600_000)).toBe(0);
  });

  it('narrows member records to the images in scope', () => {
    const golden = imageIdOf('acme', ACME_IMAGES.golden);
    const ctx = ruleContextFor(db, alice, NOW, { images: [{ id: golden }] });
    expect(ctx.members.length).toBeGreaterThan(0);
    expect(ctx.members.every((m) => m.imageId === golden)).toBe(true);
    // Unscoped: every record, in a copy, since the rules index the array they get (context-index.ts)
    // and a handler pushing to the db's own must not leave an index stale.
    const unscoped = ruleContextFor(db, alice, NOW).members;
    expect(unscoped).toEqual(db.members);
    expect(unscoped).not.toBe(db.members);
  });
});
