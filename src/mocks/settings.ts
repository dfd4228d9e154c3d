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
});
export type MockSettings = z.infer<typeof mockSettingsSchema>;

export const DEFAULT_SETTINGS: MockSettings = {
  jobSpeed: 'real',
  latencyMs: 0,
  failureRate: 0,
  jobFailureRate: 0,
};
