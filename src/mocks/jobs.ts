import { IMS_JOB_TYPES, jobProgress, type Job, type JobKind, type JobSummary } from '../domain';
import type { Db } from './db/schema';
import type { JobSpeed } from './settings';

/** Seconds a job takes at real speed: a fixed part plus a part per GB, as IMS jobs grow with size. */
const REAL_SECONDS: Record<JobKind, { base: number; perGb: number }> = {
  create: { base: 40, perGb: 0.5 },
  'replicate-in-region': { base: 30, perGb: 0.5 },
  'replicate-cross-region': { base: 60, perGb: 1 },
  export: { base: 20, perGb: 0.5 },
  'share-add': { base: 2, perGb: 0 },
  'share-remove': { base: 2, perGb: 0 },
  'share-update': { base: 2, perGb: 0 },
  'launch-ecs': { base: 30, perGb: 0.2 },
  'launch-evs': { base: 10, perGb: 0.05 },
};
const FAST_DIVISOR = 20;

export function jobDurationMs(kind: JobKind, sizeGb: number, speed: JobSpeed): number {
  if (speed === 'instant') return 0;
  const { base, perGb } = REAL_SECONDS[kind];
  const ms = (base + perGb * sizeGb) * 1000;
  return Math.round(speed === 'fast' ? ms / FAST_DIVISOR : ms);
}

export function newId(): string {
  return crypto.randomUUID();
}

export function newJobId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export interface NewJob {
  kind: JobKind;
  accountId: string;
  projectId: string;
  regionId: Job['regionId'];
  targetRegionId?: Job['targetRegionId'];
  sourceImageId: string | null;
  sourceImageName: string;
  resultImageId?: string | null;
  resultImageName?: string | null;
  sizeGb: number;
  detail?: Record<string, unknown>;
}

export interface JobRunOptions {
  now: number;
  speed: JobSpeed;
  /** The job will end in FAIL (fault injection). */
  fail: boolean;
}

export function createJob(db: Db, spec: NewJob, run: JobRunOptions): Job {
  const job: Job = {
    id: newJobId(),
    kind: spec.kind,
    jobType: IMS_JOB_TYPES[spec.kind],
    accountId: spec.accountId,
    projectId: spec.projectId,
    regionId: spec.regionId,
    targetRegionId: spec.targetRegionId ?? null,
    sourceImageId: spec.sourceImageId,
    sourceImageName: spec.sourceImageName,
    resultImageId: spec.resultImageId ?? null,
    resultImageName: spec.resultImageName ?? null,
    beginAt: run.now,
    durationMs: jobDurationMs(spec.kind, spec.sizeGb, run.speed),
    outcome: run.fail ? 'fail' : 'success',
    errorCode: run.fail ? 'IMG.0060' : null,
    failReason: run.fail
      ? 'The task failed in the storage backend (injected fault). Delete the abnormal image and try again.'
      : null,
    detail: { ...spec.detail, settled: false },
  };
  db.jobs.push(job);
  return job;
}

export function summarize(job: Job, now: number): JobSummary {
  return {
    kind: job.kind,
    status: jobProgress(job, now).status,
    sourceImageId: job.sourceImageId,
    resultImageId: job.resultImageId,
    targetRegionId: job.targetRegionId,
  };
}

/**
 * Applies the effects of jobs that have ended by `now` (image becomes active or killed, exported
 * file appears). Reads call it, so a reload picks up where the clock is. Returns whether db changed.
 */
export function settleJobs(db: Db, now: number): boolean {
  let changed = false;
  for (const job of db.jobs) {
    if (job.detail.settled === true) continue;
    const progress = jobProgress(job, now);
    if (!progress.done) continue;
    applyOutcome(db, job, new Date(progress.endAt).toISOString());
    job.detail = { ...job.detail, settled: true };
    changed = true;
  }
  return changed;
}

function applyOutcome(db: Db, job: Job, at: string): void {
  const success = job.outcome === 'success';
  if (job.resultImageId && (job.kind === 'create' || job.kind.startsWith('replicate'))) {
    const image = db.images.find((i) => i.id === job.resultImageId);
    if (image) {
      image.status = success ? 'active' : 'killed';
      image.updatedAt = at;
    }
  }
  if (job.kind === 'launch-ecs') {
    // Creating, then Running; an ISO's temporary ECS comes up with the OS installed from it.
    const ids = new Set((job.detail.serverIds as string[] | undefined) ?? []);
    for (const server of db.servers) if (ids.has(server.id)) server.state = success ? 'ACTIVE' : 'ERROR';
  }
  if (job.kind === 'export' && success) {
    const { bucket, fileName, format, sizeGb } = job.detail as {
      bucket: string;
      fileName: string;
      format: 'zvhd2';
      sizeGb: number;
    };
    db.buckets
      .find((b) => b.name === bucket)
      ?.objects.push({ key: fileName, sizeGb, format, createdAt: at, exportedFromImageId: job.sourceImageId });
  }
}
