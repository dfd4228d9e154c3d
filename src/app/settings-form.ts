import { z } from 'zod';
import type { MockSettings } from '../api/mock-control';

/** The mock's knobs as people type them: rates in percent, latency in whole milliseconds. */
export const settingsFormSchema = z.object({
  jobSpeed: z.enum(['real', 'fast', 'instant']),
  latencyMs: z
    .number({ error: 'Enter a number of milliseconds.' })
    .int('Use whole milliseconds.')
    .min(0)
    .max(10_000, 'At most 10000 ms.'),
  failureRate: z.number({ error: 'Enter a percentage.' }).min(0, 'At least 0 %.').max(100, 'At most 100 %.'),
  jobFailureRate: z.number({ error: 'Enter a percentage.' }).min(0, 'At least 0 %.').max(100, 'At most 100 %.'),
});
export type SettingsForm = z.infer<typeof settingsFormSchema>;

// Rounding keeps 0.07 * 100 from showing as 7.000000000000001.
const toPercent = (fraction: number) => Math.round(fraction * 10_000) / 100;

export function toSettingsForm(settings: MockSettings): SettingsForm {
  return {
    jobSpeed: settings.jobSpeed,
    latencyMs: settings.latencyMs,
    failureRate: toPercent(settings.failureRate),
    jobFailureRate: toPercent(settings.jobFailureRate),
  };
}

export function fromSettingsForm(form: SettingsForm): MockSettings {
  return {
    jobSpeed: form.jobSpeed,
    latencyMs: form.latencyMs,
    failureRate: form.failureRate / 100,
    jobFailureRate: form.jobFailureRate / 100,
  };
}

export const JOB_SPEED_LABELS: Record<SettingsForm['jobSpeed'], string> = {
  real: 'Real (minutes, like IMS)',
  fast: 'Fast (20 times quicker)',
  instant: 'Instant (jobs end at once)',
};
