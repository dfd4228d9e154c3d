import type { Clock } from './clock';
import type { Db, ScenarioName } from './db/schema';
import type { MockSettings } from './settings';

/** The part of `Storage` the backend uses: localStorage in the browser, a Map in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface BackendOptions {
  /** Where the db and settings persist; none keeps them in memory only. */
  storage?: KeyValueStorage | null;
  clock?: Clock;
  /** Scenario asked for on a first load (`?scenario=`); a stored db of another scenario is replaced. */
  scenario?: ScenarioName;
  /** Settings asked for on a first load (`?jobSpeed=`); they override stored ones. */
  settings?: Partial<MockSettings>;
  /** Source of randomness for fault injection while no `faultSeed` is set; tests pass a fixed one. */
  random?: () => number;
}

/** The mock backend's state and knobs, shared by every handler. */
export interface Backend {
  readonly clock: Clock;
  /** The next fault draw: seeded by the `faultSeed` setting, else `BackendOptions.random`. */
  readonly random: () => number;
  /** The db, with jobs that ended by now settled (and saved when that changed something). */
  db(): Db;
  /** Persist after a write. */
  save(): void;
  /** Start again from a scenario's seed (the current one by default). */
  reset(scenario?: ScenarioName): void;
  settings(): MockSettings;
  updateSettings(patch: Partial<MockSettings>): MockSettings;
  /** A one-time notice for the UI, e.g. that unreadable stored data was replaced by the seed. */
  takeNotice(): string | null;
}
