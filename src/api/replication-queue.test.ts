import { describe, expect, it } from 'vitest';
import { replicateInputOf, type Image, type RegionId, type ReplicationRequest } from '../domain';
import { makeImage, makeViewer } from '../domain/test-fixtures';
import type { ImsJob } from '../domain/wire/job';
import { ApiError } from './client';
import { runCopies, type RunCopy } from './replication-queue';

/** A backend whose jobs end `ticks` pauses after they start, failing those named in `failing`. */
interface FakeOptions {
  ticks?: number;
  failing?: readonly string[];
  refusing?: Readonly<Record<string, ApiError>>;
}

function fakeBackend({ ticks = 2, failing = [], refusing = {} }: FakeOptions = {}) {
  const jobs: (ImsJob & { endsAt: number; copyId: string })[] = [];
  let now = 0;
  let peakRunning = 0;
  const started: string[] = [];
  const status = (j: (typeof jobs)[number]): ImsJob['status'] =>
    now < j.endsAt ? 'RUNNING' : failing.includes(j.copyId) ? 'FAIL' : 'SUCCESS';
  return {
    started,
    peak: () => peakRunning,
    listJobs: () =>
      Promise.resolve(
        jobs.map((j) => {
          const s = status(j);
          return {
            ...j,
            status: s,
            error_code: s === 'FAIL' ? 'IMG.0060' : null,
            fail_reason: s === 'FAIL' ? 'The task failed in the storage backend.' : null,
          };
        }),
      ),
    start: (copy: RunCopy) => {
      const refusal = refusing[copy.id];
      if (refusal) return Promise.reject(refusal);
      started.push(copy.id);
      const id = `job-${jobs.length}`;
      jobs.push({
        job_id: id,
        job_type: 'copyImage',
        status: 'RUNNING',
        begin_time: '',
        end_time: null,
        error_code: null,
        fail_reason: null,
        endsAt: now + ticks,
        copyId: copy.id,
        entities: {
          image_id: `copy-of-${copy.id}`,
          process_percent: 0,
          __kind: copy.input.mode === 'in-region' ? 'replicate-in-region' : 'replicate-cross-region',
          __source_image_id: copy.image.id,
          __source_image_name: copy.image.name,
          __source_region: copy.image.regionId,
          __target_region: copy.input.mode === 'in-region' ? null : copy.regionId,
        },
      });
      peakRunning = Math.max(peakRunning, jobs.filter((j) => status(j) === 'RUNNING').length);
      return Promise.resolve(id);
    },
    pause: () => {
      now += 1;
      return Promise.resolve();
    },
  };
}

function copiesOf(images: Image[], request: ReplicationRequest, regions: RegionId[]): RunCopy[] {
  return images.flatMap((image) =>
    regions.map((regionId) => ({
      id: `${image.id}>${regionId}`,
      image,
      regionId,
      state: 'queued' as const,
      input: replicateInputOf(image, request, { regionId, projectName: regionId }),
    })),
  );
}

const ACROSS: ReplicationRequest = { mode: 'cross-region', agencyName: 'ims_admin_trust', targets: [] };
const WITHIN: ReplicationRequest = { mode: 'in-region', targets: [] };

async function run(copies: RunCopy[], backend: ReturnType<typeof fakeBackend>, cancelAfter = Infinity) {
  const updates: RunCopy[] = [];
  let pauses = 0;
  const result = await runCopies(copies, {
    viewer: makeViewer(),
    listJobs: backend.listJobs,
    start: backend.start,
    pause: () => {
      pauses += 1;
      return backend.pause();
    },
    update: (copy) => updates.push(copy),
    cancelled: () => pauses >= cancelAfter,
  });
  return { result, updates };
}

describe('runCopies', () => {
  it('fans one image out one region after another (one cross-region copy of an image at a time)', async () => {
    const backend = fakeBackend();
    const copies = copiesOf([makeImage()], ACROSS, ['cn-east-3', 'ap-southeast-3', 'cn-south-1']);
    const { result, updates } = await run(copies, backend);
    expect(result.map((c) => c.state)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(backend.started).toEqual(copies.map((c) => c.id));
    expect(backend.peak()).toBe(1);
    expect(updates.find((u) => u.id === copies[1]?.id && u.state === 'queued')?.message).toBe(
      'A cross-region replication of this image is still running.',
    );
    expect(result[0]?.resultImageId).toBe(`copy-of-${copies[0]?.id}`);
  });

  it('waits on a copy it started even while the job list does not show it yet', async () => {
    const backend = fakeBackend();
    // Each look answers what the jobs were before the last start: a look begun before it.
    let stale: Awaited<ReturnType<typeof backend.listJobs>> = [];
    const lagging = {
      ...backend,
      listJobs: async () => {
        const answer = stale;
        stale = await backend.listJobs();
        return answer;
      },
    };
    const copies = copiesOf([makeImage()], ACROSS, ['cn-east-3', 'ap-southeast-3']);
    const { result } = await run(copies, lagging);
    expect(result.map((c) => c.state)).toEqual(['succeeded', 'succeeded']);
    expect(backend.peak()).toBe(1);
  });

  it('never runs more than five replications at once', async () => {
    const backend = fakeBackend({ ticks: 3 });
    const images = Array.from({ length: 7 }, (_, i) => makeImage({ id: `img-${i}`, name: `web-${i}` }));
    const { result } = await run(copiesOf(images, WITHIN, ['cn-north-4']), backend);
    expect(result.every((c) => c.state === 'succeeded')).toBe(true);
    expect(backend.peak()).toBe(5);
  });

  it('rides out failing looks at the jobs: a copy that was made is never reported as failed', async () => {
    const backend = fakeBackend();
    let looks = 0;
    const flaky = {
      ...backend,
      listJobs: () => {
        looks += 1;
        return looks % 2 === 0
          ? Promise.reject(new ApiError({ status: 500, code: 'IMG.0500', message: 'injected fault' }))
          : backend.listJobs();
      },
    };
    const { result } = await run(copiesOf([makeImage()], WITHIN, ['cn-north-4']), flaky);
    expect(result.map((c) => c.state)).toEqual(['succeeded']);
    expect(looks).toBeGreaterThan(2);
  });

  it('gives up on the jobs API only after a minute of failures, and never on a refusal', async () => {
    const down = { ...fakeBackend(), listJobs: () => Promise.reject(new TypeError('Failed to fetch')) };
    await expect(run(copiesOf([makeImage()], WITHIN, ['cn-north-4']), down)).rejects.toThrow('Failed to fetch');
    const forbidden = new ApiError({ status: 403, code: 'IMG.0403', message: 'no' });
    const refusing = { ...fakeBackend(), listJobs: () => Promise.reject(forbidden) };
    await expect(run(copiesOf([makeImage()], WITHIN, ['cn-north-4']), refusing)).rejects.toBe(forbidden);
  });

  it("ends a refused copy with the backend's reason and goes on with the others", async () => {
    const copies = copiesOf([makeImage({ id: 'a' }), makeImage({ id: 'b' })], WITHIN, ['cn-north-4']);
    const refusal = new ApiError({
      status: 400,
      code: 'IMG.0190',
      message: 'CN North-Beijing4 already has 50 of 50 private images.',
      hint: 'Delete images you no longer need.',
      rule: 'replicate.quota',
    });
    const backend = fakeBackend({ refusing: { [copies[0]?.id ?? '']: refusal } });
    const { result } = await run(copies, backend);
    expect(result.map((c) => [c.state, c.message])).toEqual([
      ['refused', 'CN North-Beijing4 already has 50 of 50 private images. Delete images you no longer need.'],
      ['succeeded', undefined],
    ]);
  });

  it('reports a failed job with its code, reason and the abnormal image', async () => {
    const copies = copiesOf([makeImage()], WITHIN, ['cn-north-4']);
    const backend = fakeBackend({ failing: [copies[0]?.id ?? ''] });
    const { result } = await run(copies, backend);
    expect(result[0]).toMatchObject({
      state: 'failed',
      message: 'IMG.0060: The task failed in the storage backend.',
      resultImageId: `copy-of-${copies[0]?.id}`,
    });
  });

  it('cancels what has not started and lets the started copy finish', async () => {
    const backend = fakeBackend({ ticks: 2 });
    const copies = copiesOf([makeImage()], ACROSS, ['cn-east-3', 'ap-southeast-3']);
    const { result } = await run(copies, backend, 1);
    expect(result.map((c) => c.state)).toEqual(['succeeded', 'cancelled']);
  });
});
