import { z } from 'zod';
import { regionIdSchema } from '../regions';

export const jobKindSchema = z.enum([
  'create',
  'replicate-in-region',
  'replicate-cross-region',
  'export',
  'share-add',
  'share-remove',
  'share-update',
  'launch-ecs',
  'launch-evs',
]);
export type JobKind = z.infer<typeof jobKindSchema>;

export const JOB_KIND_LABELS: Record<JobKind, string> = {
  create: 'Create image',
  'replicate-in-region': 'Replicate within region',
  'replicate-cross-region': 'Replicate across regions',
  export: 'Export image',
  'share-add': 'Share image',
  'share-remove': 'Stop sharing',
  'share-update': 'Answer share',
  'launch-ecs': 'Create ECS',
  'launch-evs': 'Create disk',
};

/** IMS job_type per kind (the cross-region one is not documented; ours is mock-specific). */
export const IMS_JOB_TYPES: Record<JobKind, string> = {
  create: 'imsCreateImageByInstance',
  'replicate-in-region': 'imsCopyImageInRegionJob',
  'replicate-cross-region': 'imsCopyImageCrossRegionJob',
  export: 'imsNativeExportImageJob',
  'share-add': 'imsAddImageMembersJob',
  'share-remove': 'imsDelImageMembersJob',
  'share-update': 'imsUpdateImageMembersJob',
  // The ECS and EVS APIs' own job types: their jobs are polled like IMS jobs in this mock.
  'launch-ecs': 'createServer',
  'launch-evs': 'createVolume',
};

export const jobStatusSchema = z.enum(['INIT', 'RUNNING', 'SUCCESS', 'FAIL']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** A job as the backend stores it: status and progress are derived from the clock, never stored. */
export const jobSchema = z.object({
  id: z.string(),
  kind: jobKindSchema,
  jobType: z.string(),
  accountId: z.string(),
  projectId: z.string(),
  regionId: regionIdSchema,
  targetRegionId: regionIdSchema.nullable(),
  sourceImageId: z.string().nullable(),
  sourceImageName: z.string(),
  resultImageId: z.string().nullable(),
  resultImageName: z.string().nullable(),
  /** Epoch milliseconds. */
  beginAt: z.number(),
  durationMs: z.number().nonnegative(),
  outcome: z.enum(['success', 'fail']),
  errorCode: z.string().nullable(),
  failReason: z.string().nullable(),
  /** Operation-specific facts (export target, member results, ...). */
  detail: z.record(z.string(), z.unknown()),
});
export type Job = z.infer<typeof jobSchema>;

/** What the rules need to know of a job. */
export interface JobSummary {
  kind: JobKind;
  status: JobStatus;
  sourceImageId: string | null;
  resultImageId: string | null;
  targetRegionId: string | null;
}

/** The first slice of a job's time it reports INIT, as IMS does before work starts. */
const INIT_FRACTION = 0.05;

export function jobProgress(job: Pick<Job, 'beginAt' | 'durationMs' | 'outcome'>, now: number) {
  const elapsed = Math.max(0, now - job.beginAt);
  const done = elapsed >= job.durationMs;
  const fraction = job.durationMs === 0 ? 1 : Math.min(1, elapsed / job.durationMs);
  let status: JobStatus;
  if (done) status = job.outcome === 'success' ? 'SUCCESS' : 'FAIL';
  else status = fraction < INIT_FRACTION ? 'INIT' : 'RUNNING';
  return { status, fraction, endAt: job.beginAt + job.durationMs, done };
}

export function isActiveJobStatus(status: JobStatus): boolean {
  return status === 'INIT' || status === 'RUNNING';
}
