import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { imsImageSchema } from '../../domain/wire/image';
import { imsJobListSchema, imsJobSchema, jobAcceptedSchema, type ImsJob } from '../../domain/wire/job';
import { createTestServer } from '../node';
import { ACME_IMAGES, projectIdOf, RUNNING_CROSS_REGION_JOB_ID, serverIdOf } from '../seed';
import { expectMalformed, imageNamed } from './image-test-kit';
import { api, REGION } from './test-kit';

/** A clock the tests move by hand, so a job's life is walked through step by step. */
let now = Date.UTC(2026, 10, 2, 9, 0, 0);
const { server, backend } = createTestServer({
  clock: { now: () => now },
  settings: { jobSpeed: 'fast', failureRate: 0, jobFailureRate: 0, latencyMs: 0 },
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  backend.reset('demo');
  backend.updateSettings({ jobSpeed: 'fast', jobFailureRate: 0 });
});
afterAll(() => server.close());

const ACME_BJ = projectIdOf('acme', REGION);
const jobPath = (id: string, project = ACME_BJ, region: string = REGION) => `/ims/${region}/v1/${project}/jobs/${id}`;

async function poll(id: string): Promise<ImsJob> {
  const response = await api('alice', 'GET', jobPath(id));
  expect(response.status).toBe(200);
  return imsJobSchema.parse(response.body);
}

async function start(path: string, body: unknown): Promise<{ id: string; durationMs: number }> {
  const response = await api('alice', 'POST', path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const id = jobAcceptedSchema.parse(response.body).job_id;
  const job = backend.db().jobs.find((j) => j.id === id);
  if (!job) throw new Error('test: no job');
  expect(job.durationMs).toBeGreaterThan(0);
  return { id, durationMs: job.durationMs };
}

const statusOf = async (imageId: string, region = REGION) =>
  imsImageSchema.parse((await api('alice', 'GET', `/ims/${region}/v2/cloudimages/${imageId}`)).body).status;

describe('a job through its life', () => {
  it('reports INIT, RUNNING with progress, then SUCCESS; the new image becomes active', async () => {
    const { id, durationMs } = await start(`/ims/${REGION}/v2/cloudimages/action`, {
      name: 'stepped',
      instance_id: serverIdOf('web-prod-01'),
    });
    const begun = now;

    const init = await poll(id);
    expect(init).toMatchObject({
      status: 'INIT',
      end_time: null,
      error_code: null,
      fail_reason: null,
      job_type: 'imsCreateImageByInstance',
    });
    expect(init.entities).toMatchObject({
      image_name: 'stepped',
      process_percent: 0,
      __kind: 'create',
      __source_region: REGION,
    });
    const imageId = init.entities.image_id ?? '';
    expect(await statusOf(imageId)).toBe('saving');

    now = begun + durationMs / 2;
    const running = await poll(id);
    expect(running.status).toBe('RUNNING');
    expect(running.entities.process_percent).toBe(50);
    expect(await statusOf(imageId)).toBe('saving');

    now = begun + durationMs + 1;
    const done = await poll(id);
    expect(done).toMatchObject({
      status: 'SUCCESS',
      error_code: null,
      fail_reason: null,
      end_time: new Date(begun + durationMs).toISOString(),
    });
    expect(done.entities.process_percent).toBe(100);
    expect(await statusOf(imageId)).toBe('active');
  });

  it('with jobFailureRate 1 the job FAILs with a code and reason, and the image is killed', async () => {
    backend.updateSettings({ jobFailureRate: 1 });
    const { id, durationMs } = await start(`/ims/${REGION}/v2/cloudimages/action`, {
      name: 'doomed',
      instance_id: serverIdOf('web-prod-01'),
    });
    const running = await poll(id);
    expect(running.error_code).toBeNull(); // a failure is not known before the job ends
    now += durationMs;
    const failed = await poll(id);
    expect(failed.status).toBe('FAIL');
    expect(failed.error_code).toMatch(/^IMG\./);
    expect(failed.fail_reason).toBeTruthy();
    expect(await statusOf(failed.entities.image_id ?? '')).toBe('killed');
  });

  it.each([
    ['succeeds', 0, 'active'],
    ['fails', 1, 'killed'],
  ] as const)('an in-region and a cross-region replication %s', async (_label, rate, status) => {
    backend.updateSettings({ jobFailureRate: rate });
    const golden = imageNamed(backend, ACME_IMAGES.golden);
    const inRegion = await start(`/ims/${REGION}/v1/cloudimages/${golden.id}/copy`, { name: 'stepped-copy' });
    const crossRegion = await start(`/ims/${REGION}/v1/cloudimages/${golden.id}/cross_region_copy`, {
      name: 'stepped-hk',
      region: 'ap-southeast-1',
      project_name: 'ap-southeast-1',
      agency_name: 'ims_admin_trust',
    });
    now += Math.max(inRegion.durationMs, crossRegion.durationMs);
    const a = await poll(inRegion.id);
    const b = await poll(crossRegion.id);
    expect([a.status, b.status]).toEqual(rate === 1 ? ['FAIL', 'FAIL'] : ['SUCCESS', 'SUCCESS']);
    expect(b.entities).toMatchObject({
      __kind: 'replicate-cross-region',
      __target_region: 'ap-southeast-1',
      __source_image_id: golden.id,
    });
    expect(await statusOf(a.entities.image_id ?? '')).toBe(status);
    expect(await statusOf(b.entities.image_id ?? '', 'ap-southeast-1')).toBe(status);
  });

  it.each([
    ['succeeds and writes the file', 0, true],
    ['fails and writes nothing', 1, false],
  ] as const)('an export %s', async (_label, rate, written) => {
    backend.updateSettings({ jobFailureRate: rate });
    const golden = imageNamed(backend, ACME_IMAGES.golden);
    const { id, durationMs } = await start(`/ims/${REGION}/v1/cloudimages/${golden.id}/file`, {
      bucket_url: 'acme-image-exports:stepped.vhd',
      file_format: 'vhd',
    });
    const has = () =>
      backend
        .db()
        .buckets.find((b) => b.name === 'acme-image-exports')
        ?.objects.some((o) => o.key === 'stepped.vhd');
    expect((await poll(id)).entities.image_id).toBe(golden.id);
    expect(has()).toBe(false);
    now += durationMs;
    expect((await poll(id)).status).toBe(written ? 'SUCCESS' : 'FAIL');
    expect(has()).toBe(written);
  });
});

describe('GET /v1/{project_id}/jobs/{job_id}', () => {
  it('answers 404 for an unknown job, another account’s job, and a project that is not the viewer’s', async () => {
    expectMalformed(await api('alice', 'GET', jobPath('0'.repeat(32))), 404);
    expectMalformed(await api('gina', 'GET', jobPath(RUNNING_CROSS_REGION_JOB_ID, projectIdOf('globex', REGION))), 404);
    expectMalformed(
      await api('alice', 'GET', jobPath(RUNNING_CROSS_REGION_JOB_ID, projectIdOf('globex', REGION))),
      404,
    );
    expectMalformed(await api('alice', 'GET', jobPath(RUNNING_CROSS_REGION_JOB_ID, ACME_BJ, 'mars-1')));
    expectMalformed(await api(null, 'GET', jobPath(RUNNING_CROSS_REGION_JOB_ID)), 401);
  });

  it('answers 404 for the account’s own project of another region, as every project route does', async () => {
    const shanghai = projectIdOf('acme', 'cn-east-3');
    expectMalformed(await api('alice', 'GET', jobPath(RUNNING_CROSS_REGION_JOB_ID, shanghai)), 404);
    expectMalformed(await api('alice', 'GET', `/ims/${REGION}/v1/${shanghai}/jobs`), 404);
  });

  it('reads a job of the account from any of its projects', async () => {
    const response = await api(
      'alice',
      'GET',
      jobPath(RUNNING_CROSS_REGION_JOB_ID, projectIdOf('acme', 'ap-southeast-3'), 'ap-southeast-3'),
    );
    expect(imsJobSchema.parse(response.body).entities.__target_region).toBe('ap-southeast-3');
  });
});

describe('GET /v1/{project_id}/jobs (mock extension)', () => {
  it('lists every job of the viewer’s account across regions, newest first', async () => {
    const response = await api('alice', 'GET', `/ims/${REGION}/v1/${ACME_BJ}/jobs`);
    const { jobs } = imsJobListSchema.parse(response.body);
    const acme = backend.db().jobs.filter((j) => j.accountId === 'acme');
    expect(jobs.map((j) => j.job_id).sort()).toEqual(acme.map((j) => j.id).sort());
    const begins = jobs.map((j) => Date.parse(j.begin_time));
    expect(begins).toEqual([...begins].sort((a, b) => b - a));

    const gina = imsJobListSchema.parse(
      (await api('gina', 'GET', `/ims/${REGION}/v1/${projectIdOf('globex', REGION)}/jobs`)).body,
    );
    expect(gina.jobs.some((j) => acme.some((a) => a.id === j.job_id))).toBe(false);
    const ivan = imsJobListSchema.parse(
      (await api('ivan', 'GET', `/ims/${REGION}/v1/${projectIdOf('initech', REGION)}/jobs`)).body,
    );
    expect(new Set(ivan.jobs.map((j) => j.entities.__source_region))).toEqual(new Set(['cn-south-1', 'eu-west-101']));
  });
});
