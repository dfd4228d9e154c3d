import { describe, expect, it } from 'vitest';
import type { ImsJob } from '../../domain/wire/job';
import {
  countByStatus,
  formatElapsed,
  isJobStatus,
  jobElapsedMs,
  jobRegions,
  jobResult,
  jobSource,
  jobRemainingText,
  jobTitle,
  timeRemainingText,
} from './job-view';

function job(overrides: Partial<ImsJob> = {}, entities: Partial<ImsJob['entities']> = {}): ImsJob {
  return {
    job_id: 'j1',
    job_type: 'imsCopyImageCrossRegionJob',
    status: 'RUNNING',
    begin_time: '2026-01-01T10:00:00.000Z',
    end_time: null,
    error_code: null,
    fail_reason: null,
    ...overrides,
    entities: {
      image_id: 'copy-id',
      image_name: 'copy-name',
      process_percent: 40,
      __kind: 'replicate-cross-region',
      __source_image_id: 'src-id',
      __source_image_name: 'golden',
      __source_region: 'cn-north-4',
      __target_region: 'ap-southeast-3',
      ...entities,
    },
  };
}

describe('formatElapsed', () => {
  it.each([
    [0, '0s'],
    [45_999, '45s'],
    [60_000, '1m 00s'],
    [185_000, '3m 05s'],
    [3_600_000, '1h 00m'],
    [2 * 3_600_000 + 7 * 60_000 + 59_000, '2h 07m'],
    [(3 * 24 + 4) * 3_600_000, '3d 4h'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('jobElapsedMs', () => {
  const begin = Date.parse('2026-01-01T10:00:00.000Z');
  it('runs up to now while the job is active', () => {
    expect(jobElapsedMs(job(), begin + 5000)).toBe(5000);
  });
  it('stops at the end time once the job ended', () => {
    expect(jobElapsedMs(job({ status: 'SUCCESS', end_time: '2026-01-01T10:01:00.000Z' }), begin + 999_999)).toBe(
      60_000,
    );
  });
  it('never goes negative when the clocks disagree', () => {
    expect(jobElapsedMs(job(), begin - 1000)).toBe(0);
  });
});

describe('job references', () => {
  it('names the job by kind, source and the image it makes', () => {
    expect(jobTitle(job())).toBe('Replicate across regions: golden → copy-name');
    expect(jobTitle(job({}, { __kind: 'export', image_name: 'golden' }))).toBe('Export image: golden');
  });

  it('links the source only in the region being viewed', () => {
    expect(jobSource(job(), 'cn-north-4')).toEqual({ name: 'golden', to: '/images/private/src-id' });
    expect(jobSource(job(), 'cn-east-3')).toEqual({ name: 'golden', to: undefined });
  });

  it('links a public image source under /images/public', () => {
    const launch = job({}, { __kind: 'launch-ecs', __source_public: true, __target_region: null });
    expect(jobSource(launch, 'cn-north-4')).toEqual({ name: 'golden', to: '/images/public/src-id' });
    expect(jobSource(launch, 'cn-east-3')).toEqual({ name: 'golden', to: undefined });
  });

  it('does not link a source that is no image (a server or a file)', () => {
    const create = job(
      {},
      { __kind: 'create', __source_image_id: null, __source_image_name: 'web-prod-01', __target_region: null },
    );
    expect(jobSource(create, 'cn-north-4')).toEqual({ name: 'web-prod-01', to: undefined });
  });

  it('links the copy in its target region', () => {
    expect(jobResult(job(), 'ap-southeast-3')).toEqual({ name: 'copy-name', to: '/images/private/copy-id' });
    expect(jobResult(job(), 'cn-north-4')).toEqual({ name: 'copy-name', to: undefined });
  });

  it('has no result for kinds that make no image', () => {
    expect(jobResult(job({}, { __kind: 'export', image_id: 'src-id' }), 'cn-north-4')).toBeUndefined();
    expect(jobResult(job({}, { __kind: 'share-add', image_id: 'src-id' }), 'cn-north-4')).toBeUndefined();
  });

  it('shows the target region of an in-region job as its own', () => {
    expect(jobRegions(job({}, { __kind: 'replicate-in-region', __target_region: null }))).toEqual({
      source: 'CN North-Beijing4',
      target: 'CN North-Beijing4',
    });
    expect(jobRegions(job())).toEqual({ source: 'CN North-Beijing4', target: 'AP-Singapore' });
  });
});

describe('status helpers', () => {
  it('counts jobs per status', () => {
    expect(countByStatus([job(), job({ status: 'FAIL' }), job()])).toEqual({
      INIT: 0,
      RUNNING: 2,
      SUCCESS: 0,
      FAIL: 1,
    });
  });
  it('accepts only IMS statuses from the URL', () => {
    expect(isJobStatus('RUNNING')).toBe(true);
    expect(isJobStatus('running')).toBe(false);
    expect(isJobStatus(null)).toBe(false);
  });
});

const MIN = 60_000;

describe('timeRemainingText', () => {
  it.each<[number | undefined, number, string | undefined]>([
    // Half done in 3 minutes: as long again.
    [50, 3 * MIN, 'about 3 min left'],
    [25, 1 * MIN, 'about 3 min left'],
    [90, 5 * MIN, 'less than a minute left'],
    [99.9, 10 * MIN, 'less than a minute left'],
    [10, 9 * MIN, 'about 81 min left'],
    // The demo's cross-region copy: 22% after 40 minutes.
    [22.2, 40 * MIN, 'about 2 h left'],
    [1, 60 * MIN, 'about 4 days left'],
    [40, 24 * 60 * MIN, 'about 2 days left'],
    [50, 30 * 60 * MIN, 'about 30 h left'],
    // Nothing to go by: no estimate rather than a wrong one.
    [0, 5 * MIN, undefined],
    [undefined, 5 * MIN, undefined],
    [Number.NaN, 5 * MIN, undefined],
    [100, 5 * MIN, undefined],
    [50, 0, undefined],
  ])('%s%% after %s ms → %s', (percent, elapsed, text) => {
    expect(timeRemainingText(percent, elapsed)).toBe(text);
  });
});

describe('jobRemainingText', () => {
  const begin = Date.parse('2026-01-01T10:00:00.000Z');

  it('estimates a running job from its progress and the clock', () => {
    expect(jobRemainingText(job({}, { process_percent: 40 }), begin + 4 * MIN)).toBe('about 6 min left');
  });

  it.each(['INIT', 'SUCCESS', 'FAIL'] as const)('says nothing of a %s job', (status) => {
    expect(jobRemainingText(job({ status }, { process_percent: 40 }), begin + 4 * MIN)).toBeUndefined();
  });
});
