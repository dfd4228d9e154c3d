import { describe, expect, it } from 'vitest';
import { isActiveJobStatus, jobProgress, type JobStatus } from './job';

const BEGIN = 1_700_000_000_000;
const job = (durationMs: number, outcome: 'success' | 'fail' = 'success') => ({ beginAt: BEGIN, durationMs, outcome });

describe('jobProgress', () => {
  it.each<{
    name: string;
    durationMs: number;
    outcome?: 'success' | 'fail';
    elapsed: number;
    status: JobStatus;
    fraction: number;
    done: boolean;
  }>([
    { name: 'at the start', durationMs: 10_000, elapsed: 0, status: 'INIT', fraction: 0, done: false },
    {
      name: 'before the start (clock behind)',
      durationMs: 10_000,
      elapsed: -5_000,
      status: 'INIT',
      fraction: 0,
      done: false,
    },
    { name: 'within the first 5 %', durationMs: 10_000, elapsed: 499, status: 'INIT', fraction: 0.0499, done: false },
    { name: 'at 5 %', durationMs: 10_000, elapsed: 500, status: 'RUNNING', fraction: 0.05, done: false },
    { name: 'half way', durationMs: 10_000, elapsed: 5_000, status: 'RUNNING', fraction: 0.5, done: false },
    {
      name: 'just before the end',
      durationMs: 10_000,
      elapsed: 9_999,
      status: 'RUNNING',
      fraction: 0.9999,
      done: false,
    },
    { name: 'at the end', durationMs: 10_000, elapsed: 10_000, status: 'SUCCESS', fraction: 1, done: true },
    { name: 'long after the end', durationMs: 10_000, elapsed: 3_600_000, status: 'SUCCESS', fraction: 1, done: true },
    {
      name: 'a failing job at the end',
      durationMs: 10_000,
      outcome: 'fail',
      elapsed: 10_000,
      status: 'FAIL',
      fraction: 1,
      done: true,
    },
    {
      name: 'a failing job while running',
      durationMs: 10_000,
      outcome: 'fail',
      elapsed: 6_000,
      status: 'RUNNING',
      fraction: 0.6,
      done: false,
    },
    { name: 'a zero-length job at once', durationMs: 0, elapsed: 0, status: 'SUCCESS', fraction: 1, done: true },
    {
      name: 'a zero-length failing job',
      durationMs: 0,
      outcome: 'fail',
      elapsed: 0,
      status: 'FAIL',
      fraction: 1,
      done: true,
    },
  ])('$name → $status', ({ durationMs, outcome, elapsed, status, fraction, done }) => {
    const progress = jobProgress(job(durationMs, outcome), BEGIN + elapsed);
    expect(progress.status).toBe(status);
    expect(progress.fraction).toBeCloseTo(fraction, 6);
    expect(progress.done).toBe(done);
    expect(progress.endAt).toBe(BEGIN + durationMs);
  });
});

describe('isActiveJobStatus', () => {
  it.each<[JobStatus, boolean]>([
    ['INIT', true],
    ['RUNNING', true],
    ['SUCCESS', false],
    ['FAIL', false],
  ])('%s → %s', (status, active) => {
    expect(isActiveJobStatus(status)).toBe(active);
  });
});
