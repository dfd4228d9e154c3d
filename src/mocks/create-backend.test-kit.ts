import type { KeyValueStorage } from './backend';
import type { Clock } from './clock';
import { SEED_EPOCH } from './seed';

/** localStorage stand-in; `quotaChars` makes setItem throw as a full localStorage does. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  writes = 0;

  constructor(private readonly quotaChars = Infinity) {}

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const others = [...this.items].filter(([k]) => k !== key).reduce((n, [k, v]) => n + k.length + v.length, 0);
    if (others + key.length + value.length > this.quotaChars)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
    this.writes++;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A clock tests move by hand. */
export class SteppingClock implements Clock {
  constructor(public time = SEED_EPOCH + 22 * 86_400_000) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}

export const HOUR = 3_600_000;
