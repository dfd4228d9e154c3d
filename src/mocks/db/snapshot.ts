import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS, keyOf, type CollectionName } from './collections';
import { deepEqual } from './deep-equal';
import { hex32 } from './hash';
import { DB_VERSION, SCENARIOS, type Db, type ScenarioName } from './schema';

/**
 * The db as stored: not the records themselves but how they differ from the scenario's seed, which
 * is regenerated on load from (scenario, seededAt). localStorage holds about 5 MB and the `large`
 * scenario's 10,000 images alone would take several; its stored form is a few hundred bytes until
 * someone changes something.
 */
export interface StoredDb {
  version: number;
  scenario: ScenarioName;
  /** The `now` the seed was made with: running seeded jobs start from it, so it must be reused. */
  seededAt: number;
  /** Fingerprint of that seed: a change to the seed code invalidates stored changes. */
  seed: string;
  changes: Partial<Record<CollectionName, CollectionChanges>>;
}

/** Changed and added records, removed keys, and the order only when it is not the natural one. */
export type CollectionChanges = { all: unknown[] } | { put?: unknown[]; del?: string[]; order?: string[] };

const changesSchema = z.union([
  z.strictObject({ all: z.array(z.unknown()) }),
  z.strictObject({
    put: z.array(z.unknown()).optional(),
    del: z.array(z.string()).optional(),
    order: z.array(z.string()).optional(),
  }),
]);

const storedDbSchema = z.object({
  version: z.literal(DB_VERSION),
  scenario: z.enum(SCENARIOS),
  seededAt: z.number().finite(),
  seed: z.string(),
  changes: z.partialRecord(z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]), changesSchema),
});

const FULLY_HASHED = 1000;
const SAMPLE_STEP = 37;

/** A scenario's seed as generated, never handed out (the live db is a copy), with lazy indexes. */
export class SeedBase {
  private fingerprintValue: string | undefined;
  private indexes: Partial<Record<CollectionName, Map<string, unknown>>> = {};

  constructor(
    readonly scenario: ScenarioName,
    readonly seededAt: number,
    private readonly db: Db,
  ) {}

  /**
   * Identifies the seed the stored changes were made against. Long collections (generated bulk)
   * are sampled: serialising all of `large` costs more than a page load should, and a change to a
   * generator changes nearly every record, so a sample catches it.
   */
  get fingerprint(): string {
    if (this.fingerprintValue === undefined) {
      const parts: unknown[] = [this.db.version, this.db.scenario];
      for (const name of COLLECTION_NAMES) {
        const records = this.db[name] as readonly unknown[];
        const step = records.length > FULLY_HASHED ? SAMPLE_STEP : 1;
        parts.push(
          name,
          records.length,
          records.filter((_, i) => i % step === 0),
        );
      }
      this.fingerprintValue = hex32(JSON.stringify(parts));
    }
    return this.fingerprintValue;
  }

  /** A fresh, independent copy to work on. */
  copy(): Db {
    return structuredClone(this.db);
  }

  records(name: CollectionName): readonly unknown[] {
    return this.db[name];
  }

  index(name: CollectionName): Map<string, unknown> {
    let index = this.indexes[name];
    if (!index) {
      const key = keyOf(name);
      index = new Map(this.db[name].map((r: unknown) => [key(r), r]));
      this.indexes[name] = index;
    }
    return index;
  }
}

function encodeCollection(
  base: SeedBase,
  name: CollectionName,
  current: readonly unknown[],
): CollectionChanges | undefined {
  const key = keyOf(name);
  const baseIndex = base.index(name);
  const seen = new Set<string>();
  const currentKeys: string[] = [];
  const put: unknown[] = [];
  for (const record of current) {
    const k = key(record);
    // Duplicate keys cannot be told apart by key: keep such a collection whole rather than lose a record.
    if (seen.has(k)) return { all: [...current] };
    seen.add(k);
    currentKeys.push(k);
    const original = baseIndex.get(k);
    if (original === undefined || !deepEqual(original, record)) put.push(record);
  }
  const del: string[] = [];
  const natural: string[] = [];
  for (const k of baseIndex.keys()) {
    if (seen.has(k)) natural.push(k);
    else del.push(k);
  }
  for (const k of currentKeys) if (!baseIndex.has(k)) natural.push(k);
  const reordered = natural.some((k, i) => k !== currentKeys[i]);
  if (put.length === 0 && del.length === 0 && !reordered) return undefined;
  return {
    ...(put.length > 0 ? { put } : {}),
    ...(del.length > 0 ? { del } : {}),
    ...(reordered ? { order: currentKeys } : {}),
  };
}

export function encodeDb(base: SeedBase, db: Db): StoredDb {
  const changes: StoredDb['changes'] = {};
  for (const name of COLLECTION_NAMES) {
    const encoded = encodeCollection(base, name, db[name]);
    if (encoded) changes[name] = encoded;
  }
  return { version: DB_VERSION, scenario: base.scenario, seededAt: base.seededAt, seed: base.fingerprint, changes };
}

/**
 * What `encodeDb` gives for an untouched copy of the seed, without comparing every record with
 * the seed: a fresh `large` scenario would otherwise compare 10,000 images on its first save.
 */
export function encodeSeed(base: SeedBase): StoredDb {
  return { version: DB_VERSION, scenario: base.scenario, seededAt: base.seededAt, seed: base.fingerprint, changes: {} };
}

export class UnreadableDbError extends Error {}

function validRecord(name: CollectionName, record: unknown, where: string): unknown {
  const result = COLLECTIONS[name].schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? [where, ...issue.path.map(String)].join('.') : where;
  throw new UnreadableDbError(`${path}: ${issue?.message ?? 'invalid record'}`);
}

function decodeCollection(name: CollectionName, seeded: readonly unknown[], changes: CollectionChanges): unknown[] {
  if ('all' in changes) return changes.all.map((r, i) => validRecord(name, r, `${name}[${i}]`));
  const key = keyOf(name);
  const removed = new Set(changes.del ?? []);
  const replaced = new Map<string, unknown>();
  (changes.put ?? []).forEach((r, i) => {
    const record = validRecord(name, r, `${name}[${i}]`);
    replaced.set(key(record), record);
  });
  const result: unknown[] = [];
  for (const record of seeded) {
    const k = key(record);
    if (removed.has(k)) continue;
    const replacement = replaced.get(k);
    result.push(replacement ?? record);
    replaced.delete(k);
  }
  result.push(...replaced.values());
  if (!changes.order) return result;
  const byKey = new Map(result.map((r) => [key(r), r]));
  if (byKey.size !== changes.order.length)
    throw new UnreadableDbError(`${name}: the stored order does not match its records`);
  return changes.order.map((k) => {
    const record = byKey.get(k);
    if (record === undefined) throw new UnreadableDbError(`${name}: the stored order names an unknown record`);
    return record;
  });
}

/** The stored header, checked; throws UnreadableDbError saying what is wrong. */
export function readStoredDb(raw: string): StoredDb {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UnreadableDbError('it is not valid JSON');
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof parsed === 'object' && parsed !== null && typeof version === 'number' && version !== DB_VERSION)
    throw new UnreadableDbError(`it was saved in data format ${version}; this console reads format ${DB_VERSION}`);
  const result = storedDbSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UnreadableDbError(
      issue ? `${issue.path.map(String).join('.') || 'the document'}: ${issue.message}` : 'its shape is not recognised',
    );
  }
  return result.data;
}

/** The scenario a stored db claims, without checking the rest (to see whether it is wanted at all). */
export function storedScenario(raw: string): string | undefined {
  try {
    const scenario = (JSON.parse(raw) as { scenario?: unknown } | null)?.scenario;
    return typeof scenario === 'string' ? scenario : undefined;
  } catch {
    return undefined;
  }
}

/** The live db: a copy of the seed with the stored changes applied and checked. */
export function decodeDb(base: SeedBase, stored: StoredDb): Db {
  if (stored.seed !== base.fingerprint)
    throw new UnreadableDbError('it was saved from an older version of the demo data');
  const db = base.copy();
  for (const name of COLLECTION_NAMES) {
    const changes = stored.changes[name];
    if (changes) (db[name] as unknown[]) = decodeCollection(name, db[name], changes);
  }
  return db;
}
