/**
 * Equality of JSON-shaped values (what the db holds). Every save compares each record with its
 * seeded original, 20,000 of them in the `large` scenario, so this avoids allocating key arrays.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    count++;
    if (!(key in rb) || !deepEqual(ra[key], rb[key])) return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}
