import type { Backend, BackendOptions, KeyValueStorage } from './backend';
import { systemClock } from './clock';
import { SCENARIOS, type Db, type ScenarioName } from './db/schema';
import { mergeSettings } from './db/settings-store';
import { decodeDb, encodeDb, encodeSeed, readStoredDb, SeedBase, storedScenario, type StoredDb } from './db/snapshot';
import { createFaultSource } from './fault-source';
import { settleJobs } from './jobs';
import { seedScenario } from './seed';
import { mockSettingsSchema, type MockSettings } from './settings';

export const STORAGE_KEYS = { db: 'ims-console:db', settings: 'ims-console:settings' } as const;

const DEFAULT_SCENARIO: ScenarioName = 'demo';

const unreadableNotice = (problem: string) =>
  `Stored demo data could not be read (${problem}); the demo data was restored.`;
const unsavedNotice =
  "Demo data could not be saved in this browser's storage (it is full or unavailable); changes are kept only until the page is reloaded.";

const isScenario = (name: string | undefined): name is ScenarioName => SCENARIOS.some((s) => s === name);

/** Storage calls can throw (quota, privacy modes); a failure reads as "nothing stored" or "not saved". */
function safeStorage(storage: KeyValueStorage | null) {
  return {
    read(key: string): string | null {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key: string, value: string): boolean {
      if (!storage) return true;
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export function createBackend(options: BackendOptions = {}): Backend {
  const clock = options.clock ?? systemClock;
  const persistent = Boolean(options.storage);
  const storage = safeStorage(options.storage ?? null);
  let notice: string | null = null;
  let saveFailing = false;

  const seedBase = (scenario: ScenarioName, seededAt: number) =>
    new SeedBase(scenario, seededAt, seedScenario(scenario, seededAt));

  function save(): void {
    write(encodeDb(state.base, state.db));
  }

  function write(stored: StoredDb): void {
    if (!persistent) return;
    if (storage.write(STORAGE_KEYS.db, JSON.stringify(stored))) {
      saveFailing = false;
      return;
    }
    // Said once per run of failures, not on every write.
    if (!saveFailing) notice = unsavedNotice;
    saveFailing = true;
  }

  /** The stored db when it is the wanted one and readable, else a fresh seed (and whether to save it). */
  function load(): { base: SeedBase; db: Db; fresh: boolean } {
    const wanted = options.scenario;
    const fresh = (scenario: ScenarioName) => {
      const base = seedBase(scenario, clock.now());
      return { base, db: base.copy(), fresh: true };
    };
    const raw = storage.read(STORAGE_KEYS.db);
    if (raw === null) return fresh(wanted ?? DEFAULT_SCENARIO);
    const claimed = storedScenario(raw);
    if (wanted && claimed !== undefined && claimed !== wanted) return fresh(wanted);
    try {
      const stored = readStoredDb(raw);
      const base = seedBase(stored.scenario, stored.seededAt);
      return { base, db: decodeDb(base, stored), fresh: false };
    } catch (error) {
      // Whatever went wrong, the console must start: fall back to the seed and say so once.
      notice = unreadableNotice(error instanceof Error ? error.message : String(error));
      return fresh(wanted ?? (isScenario(claimed) ? claimed : DEFAULT_SCENARIO));
    }
  }

  const loaded = load();
  const state = { base: loaded.base, db: loaded.db };
  if (loaded.fresh) write(encodeSeed(state.base));

  let settings = mergeSettings(storage.read(STORAGE_KEYS.settings), options.settings);
  // Persisting the merge keeps `?jobSpeed=` in force after a reload without it.
  if (persistent) storage.write(STORAGE_KEYS.settings, JSON.stringify(settings));
  const faults = createFaultSource(options.random ?? Math.random, settings.faultSeed);

  return {
    clock,
    random: () => faults.draw(),
    db() {
      if (settleJobs(state.db, clock.now())) save();
      return state.db;
    },
    save,
    reset(scenario) {
      state.base = seedBase(scenario ?? state.base.scenario, clock.now());
      state.db = state.base.copy();
      // an untouched copy of the seed: nothing to compare
      write(encodeSeed(state.base));
    },
    settings: () => ({ ...settings }),
    updateSettings(patch: Partial<MockSettings>) {
      settings = mockSettingsSchema.parse({ ...settings, ...patch });
      if (patch.faultSeed !== undefined) faults.reseed(settings.faultSeed);
      if (persistent) storage.write(STORAGE_KEYS.settings, JSON.stringify(settings));
      return { ...settings };
    },
    takeNotice() {
      const taken = notice;
      notice = null;
      return taken;
    },
  };
}
