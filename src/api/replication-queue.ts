import {
  emptyContext,
  replicationWait,
  type Image,
  type JobSummary,
  type RegionId,
  type ReplicateInput,
  type Viewer,
} from '../domain';
import type { ImsJob } from '../domain/wire/job';
import { ApiError, isTransientError } from './client';
import { jobSummary } from './jobs';

export type CopyState = 'queued' | 'running' | 'succeeded' | 'failed' | 'refused' | 'cancelled';

/** One copy of a replication run: an image to one destination, and how far it got. */
export interface RunCopy {
  id: string;
  image: Image;
  input: ReplicateInput;
  /** Where the copy lands. */
  regionId: RegionId;
  state: CopyState;
  jobId?: string;
  progress?: number;
  resultImageId?: string;
  /** The refusal or failure, or (while queued) the rule it waits on. */
  message?: string;
  /** The request field a refusal names (`vaultId`, `body.region`), when it names one. */
  refusedField?: string;
}

export const FINAL_STATES: ReadonlySet<CopyState> = new Set(['succeeded', 'failed', 'refused', 'cancelled']);

export interface RunDeps {
  viewer: Viewer;
  listJobs: () => Promise<ImsJob[]>;
  /** Starts one copy; answers its job id or throws the backend's refusal. */
  start: (copy: RunCopy) => Promise<string>;
  /** Resolves when it is time to look at the jobs again. */
  pause: () => Promise<void>;
  /** Copies whose state changed, for the store. */
  update: (copy: RunCopy) => void;
  /** True once the user cancelled what has not started yet. */
  cancelled: () => boolean;
}

/** About a minute of a failing jobs API at the dialog's pace before the run gives up. */
export const MAX_UNANSWERED_LOOKS = 60;

function followJob(copy: RunCopy, jobs: readonly ImsJob[]): RunCopy {
  const job = jobs.find((j) => j.job_id === copy.jobId);
  if (!job) return copy;
  const resultImageId = job.entities.image_id;
  if (job.status === 'SUCCESS')
    return { ...copy, state: 'succeeded', progress: 100, ...(resultImageId ? { resultImageId } : {}) };
  if (job.status === 'FAIL')
    return {
      ...copy,
      state: 'failed',
      message: [job.error_code, job.fail_reason].filter(Boolean).join(': '),
      ...(resultImageId ? { resultImageId } : {}),
    };
  return { ...copy, progress: job.entities.process_percent, ...(resultImageId ? { resultImageId } : {}) };
}

/** What the rules know of a copy that has started: its job runs. */
function runningSummary(copy: RunCopy): JobSummary {
  return {
    kind: copy.input.mode === 'in-region' ? 'replicate-in-region' : 'replicate-cross-region',
    status: 'INIT',
    sourceImageId: copy.image.id,
    resultImageId: null,
    targetRegionId: copy.input.mode === 'in-region' ? null : copy.regionId,
  };
}

function refusalOf(error: unknown): string {
  if (error instanceof ApiError) return [error.message, error.hint].filter(Boolean).join(' ');
  return error instanceof Error ? error.message : String(error);
}

function changed(a: RunCopy, b: RunCopy): boolean {
  return a.state !== b.state || a.progress !== b.progress || a.message !== b.message || a.jobId !== b.jobId;
}

/**
 * Starts the copies in order, each as soon as the rules let it, and follows their jobs to the end.
 * A copy refused by a rule that clears as jobs end (five at a time, one cross-region copy of an
 * image at a time) waits; any other refusal ends that copy with the backend's reason.
 */
export async function runCopies(initial: readonly RunCopy[], deps: RunDeps): Promise<RunCopy[]> {
  let copies = [...initial];
  const set = (index: number, next: RunCopy) => {
    const before = copies[index];
    copies = copies.map((c, i) => (i === index ? next : c));
    if (!before || changed(before, next)) deps.update(next);
  };

  let unanswered = 0;
  while (copies.some((c) => !FINAL_STATES.has(c.state))) {
    // A failed look at the jobs says nothing about the copies: they run on, so ask again later
    // rather than report a copy that was made as failed (faults injected at failureRate).
    let jobs: ImsJob[];
    try {
      jobs = await deps.listJobs();
      unanswered = 0;
    } catch (error) {
      if (!isTransientError(error) || ++unanswered > MAX_UNANSWERED_LOOKS) throw error;
      await deps.pause();
      continue;
    }
    copies.forEach((copy, i) => {
      if (copy.state === 'running') set(i, followJob(copy, jobs));
    });
    // A copy this run started counts as running even when the answer does not list its job yet (a
    // look at the jobs begun before it started): else the next region would start beside it and
    // the backend refuse it with replicate.cross-region.sequential.
    const listed = new Set(jobs.map((j) => j.job_id));
    let summaries: readonly JobSummary[] = [
      ...jobs.map(jobSummary),
      ...copies
        .filter((c) => c.state === 'running' && c.jobId !== undefined && !listed.has(c.jobId))
        .map(runningSummary),
    ];
    for (const [i, copy] of copies.entries()) {
      if (copy.state !== 'queued') continue;
      if (deps.cancelled()) {
        set(i, { ...copy, state: 'cancelled', message: 'Cancelled before it started.' });
        continue;
      }
      const wait = replicationWait(copy.image, deps.viewer, emptyContext({ jobs: summaries }), copy.input);
      if (wait) {
        set(i, { ...copy, message: wait.reason });
        continue;
      }
      try {
        const jobId = await deps.start(copy);
        set(i, { ...copy, state: 'running', jobId, progress: 0, message: undefined });
        // Counted at once, so the next copy of this tick sees it running (a new list: the rules may
        // index a jobs list by its identity).
        summaries = [...summaries, runningSummary(copy)];
      } catch (error) {
        const field = error instanceof ApiError ? (error.field ?? error.fieldErrors?.[0]?.field) : undefined;
        set(i, { ...copy, state: 'refused', message: refusalOf(error), ...(field ? { refusedField: field } : {}) });
      }
    }
    if (copies.some((c) => !FINAL_STATES.has(c.state))) await deps.pause();
  }
  return copies;
}
