import { describe, expect, it } from 'vitest';
import { fromSettingsForm, settingsFormSchema, toSettingsForm } from './settings-form';

describe('settings form', () => {
  it('shows rates as percentages and stores fractions', () => {
    const form = toSettingsForm({ jobSpeed: 'fast', latencyMs: 250, failureRate: 0.07, jobFailureRate: 0.5 });
    expect(form).toEqual({ jobSpeed: 'fast', latencyMs: 250, failureRate: 7, jobFailureRate: 50 });
    expect(fromSettingsForm(form)).toEqual({
      jobSpeed: 'fast',
      latencyMs: 250,
      failureRate: 0.07,
      jobFailureRate: 0.5,
    });
  });

  it.each([
    ['a negative latency', { latencyMs: -1 }, 'latencyMs'],
    ['a fractional latency', { latencyMs: 1.5 }, 'latencyMs'],
    ['a latency over 10 s', { latencyMs: 10_001 }, 'latencyMs'],
    ['a failure rate over 100 %', { failureRate: 101 }, 'failureRate'],
    ['a negative job failure rate', { jobFailureRate: -5 }, 'jobFailureRate'],
    ['an empty field', { failureRate: Number.NaN }, 'failureRate'],
  ])('refuses %s', (_, patch, field) => {
    const result = settingsFormSchema.safeParse({
      jobSpeed: 'real',
      latencyMs: 0,
      failureRate: 0,
      jobFailureRate: 0,
      ...patch,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('accepts the bounds', () => {
    expect(
      settingsFormSchema.safeParse({ jobSpeed: 'instant', latencyMs: 10_000, failureRate: 100, jobFailureRate: 0 })
        .success,
    ).toBe(true);
  });
});
