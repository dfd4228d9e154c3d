import { describe, expect, it } from 'vitest';
import type { ImsJob } from '../domain/wire/job';
import { progressByImage } from './creation-progress';

function job(kind: ImsJob['entities']['__kind'], status: ImsJob['status'], imageId: string, percent: number): ImsJob {
  return {
    job_id: `${kind}-${imageId}`,
    job_type: 'job',
    status,
    begin_time: '2026-01-01T10:00:00.000Z',
    end_time: null,
    error_code: null,
    fail_reason: null,
    entities: {
      image_id: imageId,
      image_name: imageId,
      process_percent: percent,
      __kind: kind,
      __source_image_id: 'src',
      __source_image_name: 'src',
      __source_region: 'cn-north-4',
      __target_region: null,
    },
  };
}

describe('progressByImage', () => {
  it.each<[string, ImsJob, number | undefined]>([
    ['a running creation', job('create', 'RUNNING', 'a', 42.4), 42.4],
    ['a queued copy', job('replicate-in-region', 'INIT', 'a', 2), 2],
    ['a cross-region copy', job('replicate-cross-region', 'RUNNING', 'a', 60), 60],
    ['a finished creation', job('create', 'SUCCESS', 'a', 100), undefined],
    ['a failed creation', job('create', 'FAIL', 'a', 100), undefined],
    // An export reads the image; it does not make it.
    ['an export', job('export', 'RUNNING', 'a', 30), undefined],
  ])('%s', (_, j, expected) => {
    expect(progressByImage([j]).get('a')).toBe(expected);
  });
});
