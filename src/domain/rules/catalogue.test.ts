import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { CATALOGUE, deny, FORBIDDEN_RULES, isDenied, onField, RULE_IDS, ruleEntry, type RuleId } from './catalogue';

/** Every rule id of the product's rule list, copied by hand: the catalogue must hold exactly these. */
const RULES_MD_IDS = [
  'create.quota',
  'create.concurrent-tasks',
  'create.ecs-state',
  'create.ecs-frozen',
  'create.bms-state',
  'create.system-disk-size',
  'create.data-disk-size',
  'create.backup-single-use',
  'import.format',
  'import.size',
  'import.data-disk-capacity',
  'import.iso-limits',
  'share.status',
  'share.member-limit',
  'share.koogallery',
  'share.encrypted',
  'share.whole-image-origin',
  'share.same-region',
  'share.not-self',
  'share.received',
  'share.iso',
  'received.accept',
  'received.region',
  'received.replicate-accepted',
  'received.replicate-encrypted',
  'received.no-quota',
  'replicate.status',
  'replicate.concurrent',
  'replicate.quota',
  'replicate.in-region.whole-image',
  'replicate.iso',
  'replicate.in-region.size',
  'replicate.cross-region.size',
  'replicate.cross-region.encrypted',
  'replicate.cross-region.sequential',
  'replicate.cross-region.target',
  'replicate.key',
  'replicate.name',
  'export.status',
  'export.format',
  'export.max-size',
  'export.fast-only',
  'export.fast-encrypted',
  'export.bucket',
  'export.whole-image',
  'export.iso',
  'export.licensed-os',
  'export.koogallery',
  'encrypt.key-fixed',
  'encrypt.iso',
  'encrypt.koogallery',
  'tags.limit',
  'tags.key',
  'tags.value',
  'delete.koogallery',
  'delete.owner',
  'delete.in-progress',
  'modify.status',
  'modify.fields',
  'launch.image-type',
  'launch.architecture',
  'launch.os-bit-memory',
  'launch.uefi-heterogeneous',
  'launch.region',
  'launch.batch-size',
  'access.read-only',
  'access.owner',
] as const;

/** Rules of creation the seeds (and the IMS API) state that RULES.md lacks. */
const ADDED_IDS = [
  'import.bucket',
  'import.os-version',
  'import.boot-mode',
  'import.system-disk-size',
  'launch.status',
  'launch.count',
  'launch.name',
  'launch.disk-size',
] as const;

describe('the catalogue', () => {
  it('holds exactly the rule ids of RULES.md, and the creation rules added from the seeds', () => {
    expect(RULES_MD_IDS).toHaveLength(67);
    const all = [...RULES_MD_IDS, ...ADDED_IDS];
    expect(new Set(all).size).toBe(all.length);
    expect([...RULE_IDS].sort()).toEqual([...all].sort());
  });

  it.each(RULE_IDS)('%s belongs to the operation its id names, with an IMS code and a statement', (id) => {
    const entry = ruleEntry(id);
    const prefix = id.split('.')[0];
    // Import rules are part of creating a private image.
    expect(entry.operation).toBe(prefix === 'import' ? 'create' : prefix);
    expect(entry.code).toMatch(/^IMG\.\d{4}$/);
    expect(entry.statement.length).toBeGreaterThan(20);
    expect(entry.source).not.toBe('');
  });

  it('marks only the two advisory rules as advisory', () => {
    const advisory = RULE_IDS.filter((id) => ruleEntry(id).advisory === true).sort();
    expect(advisory).toEqual(['launch.batch-size', 'received.no-quota']);
  });

  it('answers access refusals with 403', () => {
    expect([...FORBIDDEN_RULES].sort()).toEqual(['access.owner', 'access.read-only', 'delete.owner']);
  });

  it.each<{ id: RuleId; limits: Record<string, number | string> }>([
    { id: 'create.quota', limits: { privateImagesPerRegion: 50 } },
    { id: 'create.concurrent-tasks', limits: { concurrentCreateTasks: 40 } },
    { id: 'create.system-disk-size', limits: { maxSourceDiskGb: 1024 } },
    { id: 'import.size', limits: { importMaxGb: 128, fastImportMaxGb: 1024 } },
    { id: 'import.data-disk-capacity', limits: { min: 40, max: 2048 } },
    { id: 'import.system-disk-size', limits: { min: 40, max: 1024 } },
    { id: 'share.member-limit', limits: { systemOrDataDisk: 128, fullEcs: 10 } },
    { id: 'replicate.concurrent', limits: { concurrentReplications: 5 } },
    { id: 'replicate.in-region.size', limits: { replicateInRegionMaxGb: 128 } },
    { id: 'replicate.cross-region.size', limits: { replicateCrossRegionMaxGb: 128, fromLargeRegionsMaxGb: 300 } },
    { id: 'export.max-size', limits: { exportMaxGbExclusive: 1024 } },
    { id: 'export.fast-only', limits: { exportNormalMaxGb: 128 } },
    { id: 'tags.limit', limits: { tagsPerImage: 10 } },
    { id: 'tags.key', limits: { tagKeyMaxLength: 36 } },
    { id: 'tags.value', limits: { tagValueMaxLength: 43 } },
    { id: 'modify.fields', limits: { imageNameMaxLength: 128, descriptionMaxLength: 1024 } },
    { id: 'launch.os-bit-memory', limits: { osBit32MaxMemoryGb: 4 } },
    { id: 'launch.batch-size', limits: { launchBatchRecommended: 100 } },
  ])('$id shows the limits RULES.md states', ({ id, limits }) => {
    expect(ruleEntry(id).limits).toEqual(limits);
  });

  it('names 1 TB as 1024 GB', () => {
    expect(LIMITS.exportMaxGbExclusive).toBe(1024);
    expect(LIMITS.fastImportMaxGb).toBe(1024);
  });
});

describe('deny', () => {
  it('writes reason, hint and code from the entry', () => {
    const denial = deny('replicate.in-region.size', { sizeGb: 200 });
    expect(denial).toEqual({
      allowed: false,
      rule: 'replicate.in-region.size',
      reason: 'This image is 200 GB; in-region replication allows at most 128 GB.',
      hint: 'Replicate it across regions, where larger limits may apply.',
      code: CATALOGUE['replicate.in-region.size'].code,
    });
    expect(isDenied(denial)).toBe(true);
    expect(isDenied({ allowed: true })).toBe(false);
  });

  it('onField adds the field without touching the original', () => {
    const denial = deny('share.koogallery');
    const placed = onField(denial, 'projectIds');
    expect(placed.field).toBe('projectIds');
    expect(denial.field).toBeUndefined();
  });
});

/**
 * RULES.md asks for one allowing and one refusing test per rule. Rule tests tag allowing rows
 * `guards: '<id>'` and state refusals as `rule: '<id>'`; this reads them back.
 */
describe('test coverage of the catalogue', () => {
  const domainDir = fileURLToPath(new URL('..', import.meta.url));
  const sources = readdirSync(domainDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.endsWith('catalogue.test.ts'))
    .map((f) => readFileSync(`${domainDir}/${f}`, 'utf8'))
    .join('\n');

  it.each(RULE_IDS)('%s has an allowing and a refusing case', (id) => {
    expect(sources).toContain(`guards: '${id}'`);
    expect(sources).toContain(`rule: '${id}'`);
  });
});
