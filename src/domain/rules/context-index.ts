import { isActiveJobStatus, type JobSummary } from '../model/job';
import type { Member } from '../model/member';

/*
 * What decisions look up in a rule context, indexed once per list rather than scanned once per
 * image: deciding every action of the `large` scenario's 10,050 images scanned its 10,000 member
 * records per image. The indexes are keyed on the context's arrays (read-only by type), so a
 * context built with other members or jobs gets its own index and a context is never stale.
 */

const NO_MEMBERS: readonly Member[] = [];
const NO_JOBS: readonly JobSummary[] = [];

const memberIndexes = new WeakMap<readonly Member[], Map<string, Member[]>>();

function memberIndex(members: readonly Member[]): Map<string, Member[]> {
  let index = memberIndexes.get(members);
  if (!index) {
    index = new Map();
    for (const member of members) {
      const list = index.get(member.imageId);
      if (list) list.push(member);
      else index.set(member.imageId, [member]);
    }
    memberIndexes.set(members, index);
  }
  return index;
}

/** The member records of one image, in the context's order. */
export function membersOfImage(ctx: { readonly members: readonly Member[] }, imageId: string): readonly Member[] {
  return memberIndex(ctx.members).get(imageId) ?? NO_MEMBERS;
}

interface ActiveJobIndex {
  /** In the context's order. */
  active: JobSummary[];
  bySourceImage: Map<string, JobSummary[]>;
}

const activeJobIndexes = new WeakMap<readonly JobSummary[], ActiveJobIndex>();

function activeJobIndex(jobs: readonly JobSummary[]): ActiveJobIndex {
  let index = activeJobIndexes.get(jobs);
  if (!index) {
    index = { active: [], bySourceImage: new Map() };
    for (const job of jobs) {
      if (!isActiveJobStatus(job.status)) continue;
      index.active.push(job);
      if (job.sourceImageId === null) continue;
      const ofImage = index.bySourceImage.get(job.sourceImageId);
      if (ofImage) ofImage.push(job);
      else index.bySourceImage.set(job.sourceImageId, [job]);
    }
    activeJobIndexes.set(jobs, index);
  }
  return index;
}

/** The jobs not finished yet: a few, where the context may hold an account's whole history. */
export function activeJobsIn(ctx: { readonly jobs: readonly JobSummary[] }): readonly JobSummary[] {
  return activeJobIndex(ctx.jobs).active;
}

/** Active jobs whose source is the image. */
export function activeJobsOfImage(
  ctx: { readonly jobs: readonly JobSummary[] },
  imageId: string,
): readonly JobSummary[] {
  return activeJobIndex(ctx.jobs).bySourceImage.get(imageId) ?? NO_JOBS;
}
