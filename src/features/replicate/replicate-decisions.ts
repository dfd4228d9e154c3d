import type { RunCopy } from '../../api/replication-queue';
import {
  canReplicateMode,
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
