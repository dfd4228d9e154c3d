import { describe, expect, it } from 'vitest';
import { blockedByRule, creationBlockers, LIMITS, RULE_IDS, type RuleId } from '../../domain';
import { bobsImage, makeContext, makeImage, makeMember, makeViewer } from '../../domain/test-fixtures';
import { filterSections, ruleNow, ruleSections, summarize, summaryText, type LiveFacts } from './constraint-rows';

const images = [
  makeImage({ id: 'img-pub', name: 'pos-appliance', publishedInKooGallery: true }),
  makeImage({
    id: 'img-whole',
    name: 'erp-full',
    type: 'whole',
    source: { kind: 'cbr-backup', backupId: 'b', backupName: 'b' },
  }),
  makeImage({ id: 'img-clean', name: 'golden' }),
  bobsImage(),
];
const viewer = makeViewer();
const FULL = { 'cn-north-4': { used: LIMITS.privateImagesPerRegion, limit: LIMITS.privateImagesPerRegion } };

function liveFor(ctx = makeContext({ members: [makeMember({ status: 'accepted' })] })): LiveFacts {
  return { blocked: blockedByRule(images, viewer, ctx), creation: creationBlockers(viewer, ctx, 'cn-north-4') };
}

describe('ruleNow', () => {
  const live = liveFor();
  it.each<{ rule: RuleId; kind: string; imageIds?: string[] }>([
    { rule: 'delete.koogallery', kind: 'blocks-images', imageIds: ['img-pub'] },
    { rule: 'share.koogallery', kind: 'blocks-images', imageIds: ['img-pub'] },
    { rule: 'export.whole-image', kind: 'blocks-images', imageIds: ['img-whole'] },
    { rule: 'delete.owner', kind: 'blocks-images', imageIds: ['img-bob-01'] },
    { rule: 'export.iso', kind: 'blocks-no-image' },
    { rule: 'access.read-only', kind: 'blocks-no-image' },
    { rule: 'tags.key', kind: 'input' },
    { rule: 'share.member-limit', kind: 'input' },
    { rule: 'replicate.key', kind: 'input' },
    { rule: 'import.format', kind: 'creation' },
    { rule: 'create.ecs-state', kind: 'creation' },
    { rule: 'create.quota', kind: 'creation' },
    { rule: 'launch.batch-size', kind: 'advisory' },
  ])('$rule: $kind', ({ rule, kind, imageIds }) => {
    const now = ruleNow(rule, live);
    expect(now.kind).toBe(kind);
    if (imageIds) expect(now.kind === 'blocks-images' && now.images.map((b) => b.image.id)).toEqual(imageIds);
  });

  it('says a full region blocks creating, with the reason', () => {
    expect(ruleNow('create.quota', liveFor(makeContext({ quota: FULL })))).toEqual({
      kind: 'blocks-creation',
      reason: `CN North-Beijing4 already has ${LIMITS.privateImagesPerRegion} of ${LIMITS.privateImagesPerRegion} private images.`,
    });
  });

  it('does not guess before the live facts are in, but still knows input and creation rules', () => {
    expect(ruleNow('delete.koogallery', undefined)).toEqual({ kind: 'unknown' });
    expect(ruleNow('create.quota', undefined)).toEqual({ kind: 'unknown' });
    expect(ruleNow('tags.key', undefined)).toEqual({ kind: 'input' });
    expect(ruleNow('import.format', undefined)).toEqual({ kind: 'creation' });
  });
});

describe('ruleSections', () => {
  it('lists every rule once, grouped by operation in label order', () => {
    const sections = ruleSections(undefined);
    expect(sections.flatMap((s) => s.rows.map((r) => r.id)).sort()).toEqual([...RULE_IDS].sort());
    expect(sections.map((s) => s.operation)).toEqual([
      'create',
      'share',
      'received',
      'replicate',
      'export',
      'encrypt',
      'tags',
      'delete',
      'modify',
      'launch',
      'access',
    ]);
    for (const s of sections) for (const r of s.rows) expect(r.operation).toBe(s.operation);
  });

  it('carries the named limits as text', () => {
    const row = ruleSections(undefined)
      .flatMap((s) => s.rows)
      .find((r) => r.id === 'replicate.in-region.size');
    expect(row).toMatchObject({ code: 'IMG.9002', limits: [{ name: 'replicateInRegionMaxGb', value: '128' }] });
  });
});

describe('filterSections', () => {
  const sections = ruleSections(undefined);
  const ids = (text: string) => filterSections(sections, text).flatMap((s) => s.rows.map((r) => r.id));

  it.each([
    { text: 'export.whole', expected: ['export.whole-image'] },
    { text: 'KOOGALLERY DELETED', expected: ['delete.koogallery'] },
    { text: 'img.0128', expected: ['export.whole-image'] },
    { text: 'tagsPerImage', expected: ['tags.limit'] },
    { text: 'no such words', expected: [] },
  ])('"$text" keeps $expected', ({ text, expected }) => {
    expect(ids(text)).toEqual(expected);
  });

  it('keeps everything for blank text and drops emptied sections', () => {
    expect(ids('   ')).toHaveLength(RULE_IDS.length);
    expect(filterSections(sections, 'export.whole').map((s) => s.operation)).toEqual(['export']);
  });
});

describe('summaryText', () => {
  it('counts the rules that block images now', () => {
    const summary = summarize(ruleSections(liveFor()));
    expect(summary.rules).toBe(RULE_IDS.length);
    // The published image (delete/share.koogallery), the full-ECS one (export.whole-image; its
    // replication stays open across regions) and the share (share.received, delete.owner, access.owner).
    expect(summaryText(summary, 'CN North-Beijing4', true)).toBe(
      `${RULE_IDS.length} rules · ${summary.blockingImages} block images in CN North-Beijing4 now`,
    );
    expect(summary.blockingImages).toBe(6);
  });

  it('adds creation and stays quiet while loading', () => {
    expect(summaryText({ rules: 2, blockingImages: 1, blockingCreation: 1 }, 'X', true)).toBe(
      '2 rules · 1 blocks images in X now · 1 blocks creating images',
    );
    expect(summaryText({ rules: 2, blockingImages: 0, blockingCreation: 0 }, 'X', false)).toBe('2 rules');
  });
});
