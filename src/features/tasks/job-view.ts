import { JOB_KIND_LABELS, regionName, type JobStatus, type RegionId } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';

/** IMS statuses in the words the console uses. */
export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  INIT: 'Queued',
  RUNNING: 'Running',
  SUCCESS: 'Succeeded',
  FAIL: 'Failed',
};

export const JOB_STATUSES = Object.keys(JOB_STATUS_LABELS) as JobStatus[];

export function isJobStatus(value: string | null): value is JobStatus {
  return value !== null && (JOB_STATUSES as string[]).includes(value);
}

/** Kinds whose job makes a new image (the others work on an existing one). */
const MAKES_IMAGE = new Set<ImsJob['entities']['__kind']>(['create', 'replicate-in-region', 'replicate-cross-region']);

/**
 * A job's name in a sentence, unique enough to tell two copies of one image apart:
 * "Replicate within region: golden → golden-kms", "Export image: ubuntu22-k8s-node".
 */
export function jobTitle(job: ImsJob): string {
  const { __kind: kind, __source_image_name: source, image_name: result } = job.entities;
  const head = `${JOB_KIND_LABELS[kind]}: ${source}`;
  return MAKES_IMAGE.has(kind) && result ? `${head} → ${result}` : head;
}

export interface JobImageRef {
  name: string;
  /** The console route of the image when it lives in the region being viewed. */
  to: string | undefined;
}

const imageRoute = (id: string | null | undefined, region: RegionId | null, viewerRegion: RegionId) =>
  id && region === viewerRegion ? `/images/private/${id}` : undefined;

/** What the job works from: an image (linked in the viewed region), or a server, backup or file by name. */
export function jobSource(job: ImsJob, viewerRegion: RegionId): JobImageRef {
  const { __source_image_id: id, __source_image_name: name, __source_region: region } = job.entities;
  if (job.entities.__source_public && id)
    return { name, to: region === viewerRegion ? `/images/public/${id}` : undefined };
  return { name, to: imageRoute(id, region, viewerRegion) };
}

/** The region the job's result lands in: the target of a cross-region copy, else the job's own. */
export function jobTargetRegion(job: ImsJob): RegionId {
  return job.entities.__target_region ?? job.entities.__source_region;
}

/** The image the job makes, when its kind makes one. */
export function jobResult(job: ImsJob, viewerRegion: RegionId): JobImageRef | undefined {
  const { image_id: id, image_name: name, __kind: kind } = job.entities;
  if (!MAKES_IMAGE.has(kind) || !id) return undefined;
  return { name: name ?? id, to: imageRoute(id, jobTargetRegion(job), viewerRegion) };
}

export function jobRegions(job: ImsJob): { source: string; target: string } {
  return { source: regionName(job.entities.__source_region), target: regionName(jobTargetRegion(job)) };
}

/** Time the job has taken: up to its end, or up to `now` while it runs. */
export function jobElapsedMs(job: ImsJob, now: number): number {
  const begin = Date.parse(job.begin_time);
  const end = job.end_time ? Date.parse(job.end_time) : now;
  return Math.max(0, end - begin);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "45s", "3m 05s", "2h 07m", "3d 4h": precise while short, coarse once long. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${pad(seconds % 60)}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${pad(minutes % 60)}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

export function countByStatus(jobs: readonly ImsJob[]): Record<JobStatus, number> {
  const counts: Record<JobStatus, number> = { INIT: 0, RUNNING: 0, SUCCESS: 0, FAIL: 0 };
  for (const job of jobs) counts[job.status] += 1;
  return counts;
}

/**
 * How long a running job still needs, read from its progress so far and the time it took
 * ("about 3 min left"), or undefined when there is nothing to go by: no progress yet, done, or
 * not running. An estimate, so coarse: minutes up to an hour and a half, then hours, then days.
 */
export function timeRemainingText(percent: number | undefined, elapsedMs: number): string | undefined {
  if (percent === undefined || !Number.isFinite(percent) || percent <= 0 || percent >= 100) return undefined;
  if (!Number.isFinite(elapsedMs) || elapsedMs <= 0) return undefined;
  const minutes = (elapsedMs * (100 - percent)) / percent / 60_000;
  if (minutes < 1) return 'less than a minute left';
  if (minutes < 90) return `about ${Math.round(minutes)} min left`;
  const hours = minutes / 60;
  if (hours < 36) return `about ${Math.round(hours)} h left`;
  const days = Math.round(hours / 24);
  return `about ${days} ${days === 1 ? 'day' : 'days'} left`;
}

/** The time remaining of a job, only while it runs. */
export function jobRemainingText(job: ImsJob, now: number): string | undefined {
  if (job.status !== 'RUNNING') return undefined;
  return timeRemainingText(job.entities.process_percent, jobElapsedMs(job, now));
}
