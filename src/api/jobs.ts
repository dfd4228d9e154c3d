import { queryOptions } from '@tanstack/react-query';
import { isActiveJobStatus, type JobSummary, type RegionId } from '../domain';
import { imsJobListSchema, type ImsJob } from '../domain/wire/job';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

export const jobKeys = {
  all: ['jobs'] as const,
  list: (token: string, region: RegionId, projectId: string) => [...jobKeys.all, token, region, projectId] as const,
};

/** While a job runs, the task centre and the rules (concurrency limits) follow it at this pace. */
export const RUNNING_JOB_REFRESH_MS = 1000;

/** Every job of the viewer's account, across regions (mock extension), newest first. */
export function jobsQuery(token: string, region: RegionId, projectId: string) {
  return queryOptions({
    queryKey: jobKeys.list(token, region, projectId),
    queryFn: async ({ signal }) =>
      imsJobListSchema.parse(await imsFetch(imsPaths.jobs.to({ region, projectId }), { signal, token })).jobs,
    refetchInterval: (q) => (q.state.data?.some((j) => isActiveJobStatus(j.status)) ? RUNNING_JOB_REFRESH_MS : false),
  });
}

export function jobSummary(job: ImsJob): JobSummary {
  return {
    kind: job.entities.__kind,
    status: job.status,
    sourceImageId: job.entities.__source_image_id,
    resultImageId: job.entities.image_id ?? null,
    targetRegionId: job.entities.__target_region,
  };
}
