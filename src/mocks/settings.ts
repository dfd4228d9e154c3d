import { z } from 'zod';

export const jobSpeedSchema = z.enum(['real', 'fast', 'instant']);
export type JobSpeed = z.infer<typeof jobSpeedSchema>;

/** Demo and test knobs of the mock backend, changed through `PUT /mock/settings`. */
export const mockSettingsSchema = z.object({
  jobSpeed: jobSpeedSchema,
  /** Added latency per request, ms. */
  latencyMs: z.number().int().min(0).max(10_000),
  /** Share of requests (0–1) answered 500 instead, writes included, before anything changes. */
  failureRate: z.number().min(0).max(1),
  /** Share of new jobs (0–1) that end in FAIL, leaving an Abnormal image. */
  jobFailureRate: z.number().min(0).max(1),
  /**
   * Seed of the fault draws (`failureRate`, `jobFailureRate`): the same seed gives the same
   * sequence of faults; `null` draws them at random. Setting it starts its sequence afresh.
   */
  faultSeed: z.number().int().min(0).max(2_147_483_647).nullable(),
});
export type MockSettings = z.infer<typeof mockSettingsSchema>;

export const DEFAULT_SETTINGS: MockSettings = {
  jobSpeed: 'real',
  latencyMs: 0,
  failureRate: 0,
  jobFailureRate: 0,
  faultSeed: null,
};

/** `?faultSeed=` and `--fault-seed`: a non-negative integer, or nothing. */
export function faultSeedFrom(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || !/^\d{1,10}$/.test(text)) return undefined;
  const parsed = mockSettingsSchema.shape.faultSeed.safeParse(Number(text));
  return parsed.success && parsed.data !== null ? parsed.data : undefined;
}
