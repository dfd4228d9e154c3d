import type { RunCopy } from '../../api/replication-queue';
import {
  canReplicateMode,
  defaultCopyName,
  regionName,
  type Decision,
  type Image,
  type ReplicationMode,
  type RuleContext,
  type Viewer,
} from '../../domain';

/**
 * Whether each mode is open before anything is typed. One image: its own decision. A batch: open
 * when any image may use it (the pre-flight skips the others), otherwise the first image's refusal.
 */
export function modeDecisions(
  images: readonly Image[],
  viewer: Viewer,
  ctx: RuleContext,
): Record<ReplicationMode, Decision> {
  const decide = (mode: ReplicationMode): Decision => {
    const decisions = images.map((image) => canReplicateMode(image, viewer, ctx, mode));
    return decisions.find((d) => d.allowed) ?? decisions[0] ?? { allowed: true };
  };
  return { 'in-region': decide('in-region'), 'cross-region': decide('cross-region') };
}

export interface RunSummary {
  text: string;
  severity: 'success' | 'warning' | 'error';
}

/** One sentence for a settled run: how many copies were made, and how many did not make it. */
export function runSummary(copies: readonly RunCopy[]): RunSummary {
  const made = copies.filter((c) => c.state === 'succeeded').length;
  const notMade = copies.length - made;
  const plural = (n: number) => (n === 1 ? 'copy' : 'copies');
  if (notMade === 0) return { text: `Replication finished: ${made} ${plural(made)} made.`, severity: 'success' };
  const counts = (['failed', 'refused', 'cancelled'] as const)
    .map((state) => [state, copies.filter((c) => c.state === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`);
  return {
    text: `Replication finished: ${made} ${plural(made)} made, ${counts.join(', ')}.`,
    severity: made === 0 ? 'error' : 'warning',
  };
}

/** "copy_cn-north-4_web in AP-Singapore, copy_cn-north-4_web in EU-Dublin": what the copies are and where. */
export function copiesNamed(copies: readonly Pick<RunCopy, 'image' | 'input' | 'regionId'>[]): string {
  return copies.map((c) => `${c.input.name ?? defaultCopyName(c.image)} in ${regionName(c.regionId)}`).join(', ');
}

/** The toast once a run's copies are on their way (its first started, or its dialog closed). */
export function startedText(copies: readonly Pick<RunCopy, 'image' | 'input' | 'regionId'>[]): string {
  const [first] = copies;
  if (!first) return '';
  const images = new Set(copies.map((c) => c.image.id));
  const subject = images.size === 1 ? first.image.name : `${images.size} images`;
  return `Replication of ${subject} started: ${copiesNamed(copies)}`;
}
