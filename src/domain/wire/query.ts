import { z } from 'zod';

/** A `limit` query parameter: digits only, 1 to `max`. */
export function pageLimitSchema(max: number) {
  return z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1).max(max));
}
