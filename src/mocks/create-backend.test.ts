import { describe, expect, it } from 'vitest';
import { createBackend, STORAGE_KEYS } from './create-backend';
import { MemoryStorage, SteppingClock } from './create-backend.test-kit';
import { DB_VERSION } from './db/schema';
import { ACME_IMAGES, GLOBEX_IMAGES, imageIdOf, projectIdOf } from './seed';
import { DEFAULT_SETTINGS } from './settings';

function setup(storage = new MemoryStorage(), clock = new SteppingClock()) {
  return { storage, clock, backend: createBackend({ storage, clock }) };
}

/** A few writes of the kinds handlers make: change, add, remove. */
function edit(backend: ReturnType<typeof createBackend>) {
  const db = backend.db();
  const golden = db.images.find((i) => i.id === imageIdOf('acme', ACME_IMAGES.golden))!;
  golden.name = 'web-frontend-centos7-golden-v2';
  golden.tags.push({ key: 'reviewed', value: 'yes' });
  const pending = db.members.find((m) => m.imageId === imageIdOf('globex', GLOBEX_IMAGES.pending))!;
  pending.status = 'accepted';
  db.images.push({ ...golden, id: 'added-image', name: 'added-by-test' });
  db.images = db.images.filter((i) => i.id !== imageIdOf('acme', ACME_IMAGES.oracle));
  db.audit.push({
    id: 'audit-1',
    at: new Date(0).toISOString(),
    userId: 'u',
    userName: 'alice',
    accountId: 'acme',
    regionId: 'cn-north-4',
    operation: 'update',
    method: 'PATCH',
    path: '/ims/cn-north-4/v2/cloudimages/x',
    imageId: golden.id,
    imageName: golden.name,
    result: 'success',
    status: 200,
    rule: null,
    code: null,
    message: null,
  });
  backend.save();
}

describe('createBackend: persistence', () => {
  it('seeds the demo scenario on a first load and stores it', () => {
    const { storage, backend } = setup();
    expect(backend.db().scenario).toBe('demo');
    expect(storage.getItem(STORAGE_KEYS.db)).not.toBeNull();
    expect(backend.takeNotice()).toBeNull();
  });

  it('reads back the same state in a new backend on the same storage', () => {
    const { storage, clock, backend } = setup();
    edit(backend);
    const reloaded = createBackend({ storage, clock });
    expect(reloaded.db()).toEqual(backend.db());
    expect(reloaded.db().images.find((i) => i.id === 'added-image')?.name).toBe('added-by-test');
    expect(reloaded.takeNotice()).toBeNull();
  });

  it('keeps a changed order of records', () => {
    const { storage, clock, backend } = setup();
    backend.db().images.reverse();
    backend.save();
    expect(createBackend({ storage, clock }).db().images).toEqual(backend.db().images);
  });

  it('keeps the stored db when the same scenario is asked for again', () => {
    const { storage, clock, backend } = setup();
    edit(backend);
    const again = createBackend({ storage, clock, scenario: 'demo' });
    expect(again.db().images.some((i) => i.id === 'added-image')).toBe(true);
  });

  it('replaces the stored db when another scenario is asked for, without a notice', () => {
    const { storage, clock, backend } = setup();
    edit(backend);
    const empty = createBackend({ storage, clock, scenario: 'empty' });
    expect(empty.db().scenario).toBe('empty');
    expect(empty.db().images).toEqual([]);
    expect(empty.takeNotice()).toBeNull();
    expect(createBackend({ storage, clock }).db().scenario).toBe('empty');
  });

  it('works in memory without storage', () => {
    const backend = createBackend({ storage: null, scenario: 'quota-full' });
    edit(backend);
    expect(backend.db().scenario).toBe('quota-full');
    expect(backend.db().images.some((i) => i.id === 'added-image')).toBe(true);
  });
});

describe('createBackend: unreadable stored data falls back to the seed with a notice', () => {
  const stored = () => {
    const { storage, backend } = setup();
    edit(backend);
    return { storage, doc: JSON.parse(storage.getItem(STORAGE_KEYS.db)!) as Record<string, unknown> };
  };

  it.each([
    ['corrupt JSON', (s: MemoryStorage) => s.setItem(STORAGE_KEYS.db, '{"version": 1, "scen'), /not valid JSON/],
    [
      'another data version',
      (s: MemoryStorage, d: Record<string, unknown>) =>
        s.setItem(STORAGE_KEYS.db, JSON.stringify({ ...d, version: DB_VERSION + 1 })),
      /data format 2/,
    ],
    [
      'a wrong shape',
      (s: MemoryStorage, d: Record<string, unknown>) =>
        s.setItem(STORAGE_KEYS.db, JSON.stringify({ ...d, changes: [] })),
      /changes/,
    ],
    ['not an object', (s: MemoryStorage) => s.setItem(STORAGE_KEYS.db, '42'), /document/],
    [
      'a malformed record',
      (s: MemoryStorage, d: Record<string, unknown>) => {
        const changes = d.changes as { images: { put: Record<string, unknown>[] } };
        changes.images.put[0]!.status = 'exploded';
        s.setItem(STORAGE_KEYS.db, JSON.stringify(d));
      },
      /images\[0\]\.status/,
    ],
    [
      'another seed',
      (s: MemoryStorage, d: Record<string, unknown>) =>
        s.setItem(STORAGE_KEYS.db, JSON.stringify({ ...d, seed: 'f'.repeat(32) })),
      /older version of the demo data/,
    ],
  ])('%s', (_, spoil, problem) => {
    const { storage, doc } = stored();
    spoil(storage, doc);
    const backend = createBackend({ storage, clock: new SteppingClock() });
    expect(backend.db().scenario).toBe('demo');
    expect(backend.db().images.some((i) => i.id === 'added-image')).toBe(false);
    const notice = backend.takeNotice();
    expect(notice).toMatch(/^Stored demo data could not be read \(.+\); the demo data was restored\.$/);
    expect(notice).toMatch(problem);
    expect(backend.takeNotice()).toBeNull();
    // The restored seed was stored again, so the next load is clean.
    expect(createBackend({ storage }).takeNotice()).toBeNull();
  });

  it('restores the scenario the unreadable data claimed', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEYS.db, JSON.stringify({ version: DB_VERSION, scenario: 'empty', seededAt: 'yesterday' }));
    const backend = createBackend({ storage });
    expect(backend.db().scenario).toBe('empty');
    expect(backend.takeNotice()).toMatch(/seededAt/);
  });

  it('treats a storage that throws on read as empty', () => {
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(createBackend({ storage }).db().scenario).toBe('demo');
  });
});

describe('createBackend: reset', () => {
  it('reseeds the current scenario and stores it', () => {
    const { storage, clock, backend } = setup();
    const fresh = structuredClone(backend.db());
    edit(backend);
    backend.reset();
    expect(backend.db()).toEqual(fresh);
    expect(createBackend({ storage, clock }).db()).toEqual(fresh);
  });

  it('reseeds another scenario when named', () => {
    const { storage, backend } = setup();
    backend.reset('quota-full');
    expect(backend.db().scenario).toBe('quota-full');
    expect(backend.db().images.filter((i) => i.ownerProjectId === projectIdOf('acme', 'cn-north-4'))).toHaveLength(50);
    expect(createBackend({ storage }).db().scenario).toBe('quota-full');
  });
});

describe('createBackend: settings', () => {
  it('starts from the defaults and persists updates', () => {
    const { storage, backend } = setup();
    expect(backend.settings()).toEqual(DEFAULT_SETTINGS);
    expect(backend.updateSettings({ latencyMs: 300, failureRate: 0.1 })).toMatchObject({
      latencyMs: 300,
      failureRate: 0.1,
    });
    expect(createBackend({ storage }).settings()).toEqual({ ...DEFAULT_SETTINGS, latencyMs: 300, failureRate: 0.1 });
  });

  it('lets the page override stored settings, and keeps the override after a reload', () => {
    const { storage, backend } = setup();
    backend.updateSettings({ jobSpeed: 'fast', latencyMs: 200 });
    const overridden = createBackend({ storage, settings: { jobSpeed: 'instant' } });
    expect(overridden.settings()).toEqual({ ...DEFAULT_SETTINGS, jobSpeed: 'instant', latencyMs: 200 });
    expect(createBackend({ storage }).settings().jobSpeed).toBe('instant');
  });

  it('drops invalid stored values field by field', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEYS.settings,
      JSON.stringify({ jobSpeed: 'warp', latencyMs: 50, failureRate: 7, bogus: true }),
    );
    expect(createBackend({ storage }).settings()).toEqual({ ...DEFAULT_SETTINGS, latencyMs: 50 });
    storage.setItem(STORAGE_KEYS.settings, 'not json');
    expect(createBackend({ storage }).settings()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses an invalid update', () => {
    const { backend } = setup();
    expect(() => backend.updateSettings({ failureRate: 2 })).toThrow();
    expect(backend.settings()).toEqual(DEFAULT_SETTINGS);
  });

  it('hands out copies', () => {
    const { backend } = setup();
    backend.settings().latencyMs = 999;
    expect(backend.settings().latencyMs).toBe(0);
  });
});

describe('createBackend: a full storage', () => {
  it('keeps working in memory and says so once', () => {
    const roomy = new MemoryStorage();
    createBackend({ storage: roomy, clock: new SteppingClock() });
    // The same stored db, in a storage with 500 characters to spare.
    const tight = new MemoryStorage(
      roomy.getItem(STORAGE_KEYS.db)!.length + roomy.getItem(STORAGE_KEYS.settings)!.length + 500,
    );
    for (const [k, v] of roomy.items) tight.items.set(k, v);
    const backend = createBackend({ storage: tight, clock: new SteppingClock() });
    expect(backend.takeNotice()).toBeNull();

    for (let i = 0; i < 20; i++) {
      backend.db().images[i]!.description = 'x'.repeat(200);
      backend.save();
    }
    expect(backend.db().images[19]!.description).toHaveLength(200);
    expect(backend.takeNotice()).toMatch(/could not be saved/);
    expect(backend.takeNotice()).toBeNull();
    // What was stored before the storage filled up still loads.
    expect(createBackend({ storage: tight }).takeNotice()).toBeNull();
  });
});
