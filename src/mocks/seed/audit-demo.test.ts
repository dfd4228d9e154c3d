import { describe, expect, it } from 'vitest';
import { CATALOGUE, type RuleId } from '../../domain';
import { auditEntrySchema } from '../db/collections';
import { seedScenario, SEED_EPOCH } from './index';

const NOW = SEED_EPOCH + 3_600_000;

describe('the demo audit history', () => {
  const db = seedScenario('demo', NOW);
  const acme = db.audit.filter((e) => e.accountId === 'acme');

  it('gives acme a few weeks of work by both its users, some of it refused', () => {
    expect(acme.length).toBeGreaterThanOrEqual(20);
    expect(acme.length).toBeLessThanOrEqual(40);
    expect(new Set(acme.map((e) => e.userName))).toEqual(new Set(['alice', 'oliver']));
    expect(acme.filter((e) => e.result === 'refused').length).toBeGreaterThanOrEqual(5);
    const days = (SEED_EPOCH - Date.parse(acme[0]?.at ?? '')) / 86_400_000;
    expect(days).toBeGreaterThan(14);
  });

  it('gives the partners a trail of their own', () => {
    expect(db.audit.some((e) => e.accountId === 'globex' && e.userName === 'gina')).toBe(true);
    expect(db.audit.some((e) => e.accountId === 'initech' && e.userName === 'ivan')).toBe(true);
  });

  it('is oldest first and older than the seed, so any new write is the newest', () => {
    const times = db.audit.map((e) => e.at);
    expect(times).toEqual([...times].sort());
    expect(Date.parse(times.at(-1) ?? '')).toBeLessThan(SEED_EPOCH);
  });

  it('is the same on every seed', () => {
    expect(seedScenario('demo', NOW + 999_999).audit).toEqual(db.audit);
  });

  it('names seeded images of the account, in records the db accepts', () => {
    for (const entry of db.audit) {
      expect(auditEntrySchema.safeParse(entry).success).toBe(true);
      const image = db.images.find((i) => i.id === entry.imageId);
      expect(image?.name, entry.message ?? '').toBe(entry.imageName);
      expect(db.users.find((u) => u.id === entry.userId)?.name).toBe(entry.userName);
    }
  });

  it('says what happened, and a refusal in its rule’s sentence', () => {
    expect(acme.map((e) => e.message)).toContain('Replicated web-frontend-centos7-golden to AP-Singapore');
    for (const entry of db.audit) {
      expect(entry.message).not.toMatch(/^(GET|POST|PUT|PATCH|DELETE) \d+/);
      if (entry.result !== 'refused') continue;
      const rule = entry.rule as RuleId;
      expect(CATALOGUE[rule].code).toBe(entry.code);
      expect(entry.message).toMatch(/^[A-Z][^:]+ refused: [A-Z].+\.$/);
      expect(entry.message).toContain(entry.imageName ?? '');
    }
    const readOnly = acme.find((e) => e.rule === 'access.read-only');
    expect(readOnly).toMatchObject({ userName: 'oliver', status: 403 });
  });

  it('is only in the demo scenarios', () => {
    expect(seedScenario('empty', NOW).audit).toEqual([]);
    expect(seedScenario('quota-full', NOW).audit).toEqual(db.audit);
  });
});
