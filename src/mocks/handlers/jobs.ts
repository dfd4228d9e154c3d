import { z } from 'zod';
import { jobProgress, regionIdSchema, type Job } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';
import { imsPaths } from '../../domain/wire/paths';
import type { Backend } from '../backend';
import { notFound } from '../http/errors';
import { json, route, type Route } from '../http/pipeline';
import { projectScope } from './services';
import type { JobRunOptions } from '../jobs';

/** How a job started now runs: the speed setting, and whether fault injection makes it fail. */
export function jobRunOptions(backend: Backend, now: number): JobRunOptions {
  const settings = backend.settings();
  return { now, speed: settings.jobSpeed, fail: backend.random() < settings.jobFailureRate };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The job as IMS reports it (ims-api.md §16.1), status and progress read from the clock. */
export function toImsJob(job: Job, now: number): ImsJob {
  const progress = jobProgress(job, now);
  const failed = progress.status === 'FAIL';
  // Export and share jobs name the image they work on; create and copy jobs the image they make.
  const imageId = job.resultImageId ?? job.sourceImageId;
  const imageName = job.resultImageName ?? job.sourceImageName;
  const results = job.detail.results;
  return {
    job_id: job.id,
    job_type: job.jobType,
    status: progress.status,
    begin_time: iso(job.beginAt),
    end_time: progress.done ? iso(progress.endAt) : null,
    error_code: failed ? job.errorCode : null,
    fail_reason: failed ? job.failReason : null,
    entities: {
      ...(imageId !== null ? { image_id: imageId, image_name: imageName } : {}),
      process_percent: Math.floor(progress.fraction * 1000) / 10,
      ...(Array.isArray(results) ? { results: results as NonNullable<ImsJob['entities']['results']> } : {}),
      __kind: job.kind,
      __source_image_id: job.sourceImageId,
      __source_image_name: job.sourceImageName,
      __source_region: job.regionId,
      __target_region: job.targetRegionId,
      ...(typeof job.detail.count === 'number' ? { __created_count: job.detail.count } : {}),
      ...(job.detail.sourcePublic === true ? { __source_public: true } : {}),
    },
  };
}

const projectParams = z.object({ region: regionIdSchema, projectId: z.string().min(1) });
const jobParams = projectParams.extend({ jobId: z.string().min(1) });

const showJob = route('get', imsPaths.job, { params: jobParams }, (ctx) => {
  projectScope(ctx, ctx.params.region, ctx.params.projectId);
  const job = ctx.db.jobs.find((j) => j.id === ctx.params.jobId && j.accountId === ctx.viewer.accountId);
  if (!job) throw notFound(`Job ${ctx.params.jobId}`);
  return json(toImsJob(job, ctx.now));
});

/** Mock extension for the task centre: every job of the viewer's account, in any region, newest first. */
const listJobs = route('get', imsPaths.jobs, { params: projectParams }, (ctx) => {
  projectScope(ctx, ctx.params.region, ctx.params.projectId);
  const jobs = ctx.db.jobs
    .filter((j) => j.accountId === ctx.viewer.accountId)
    .sort((a, b) => b.beginAt - a.beginAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return json({ jobs: jobs.map((j) => toImsJob(j, ctx.now)) });
});

export const jobRoutes: Route[] = [showJob, listJobs];
