import { prng } from './seed/ids';

/**
 * Where the mock's fault draws (injected 5xx, failing jobs) come from. Unseeded, they are the
 * backend's own randomness; with a `faultSeed` they are a seeded sequence, so a test that sets the
 * seed sees the same faults in the same order of requests, run after run.
 */
export interface FaultSource {
  /** The next draw, in [0, 1). */
  draw(): number;
  /** Starts the sequence of `seed` from its beginning; `null` goes back to unseeded draws. */
  reseed(seed: number | null): void;
}

export function createFaultSource(unseeded: () => number, seed: number | null = null): FaultSource {
  let draw = unseeded;
  const source: FaultSource = {
    draw: () => draw(),
    reseed(next) {
      draw = next === null ? unseeded : prng(`faults:${next}`);
    },
  };
  source.reseed(seed);
  return source;
}
