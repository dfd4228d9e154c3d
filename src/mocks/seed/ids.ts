import { hash128, hex32, uuidFrom } from '../db/hash';

export { hex32, uuidFrom };

/**
 * Seeded records are dated relative to this fixed instant, not to the clock, so a seed is the same
 * on every machine and day. Only jobs seeded as running start from `now`.
 */
export const SEED_EPOCH = Date.UTC(2026, 10, 1);

const DAY = 86_400_000;
const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** ISO time `days` (and `hours`) before the seed epoch. */
export function daysBefore(days: number, hours = 0): string {
  return new Date(SEED_EPOCH - days * DAY - hours * HOUR).toISOString();
}

export function epochMsBefore(days: number, hours = 0): number {
  return SEED_EPOCH - days * DAY - hours * HOUR;
}

/** mulberry32: a small deterministic PRNG, seeded from a string, for generated bulk data. */
export function prng(seed: string): () => number {
  let state = hash128(seed)[0];
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export const imageIdOf = (ownerAccountId: string, name: string) => uuidFrom(`image:${ownerAccountId}:${name}`);
export const jobIdOf = (name: string) => hex32(`job:${name}`);

/** Caches an id derivation: the `large` scenario asks for the same project or server id thousands of times. */
export function memoized(derive: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let id = cache.get(text);
    if (id === undefined) {
      id = derive(text);
      cache.set(text, id);
    }
    return id;
  };
}
