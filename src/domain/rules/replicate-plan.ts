import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { RegionId } from '../regions';
import type { RuleId } from './catalogue';
import { quotaIn, type RuleContext } from './context';
import type { Decision, Denial } from './decision';
import { decide } from './engine';
import {
  defaultCopyName,
  replicateViolations,
  type ReplicateField,
  type ReplicateInput,
  type ReplicationMode,
} from './replicate';

/** One destination of a cross-region replication: its region, project, (full-ECS) vault and the copy's name there. */
export interface ReplicationTarget {
  regionId: RegionId;
  projectName: string;
  vaultId?: string;
  /** The copy's name in this region (one image only); else the request's name or the default. */
  name?: string;
}

/**
 * What the user asks of one or several images: a mode and, across regions, any number of
 * destinations (fan-out). `name` and `description` apply to a single image; a batch names each
 * copy by default.
 */
export interface ReplicationRequest {
  mode: ReplicationMode;
  name?: string;
  description?: string;
  kmsKeyId?: string | null;
  /** Within a region only: the copy's enterprise project. */
  enterpriseProjectId?: string;
  agencyName?: string;
  targets: readonly ReplicationTarget[];
}

export interface PlannedReplication {
  image: Image;
  /** Undefined for an in-region copy. */
  target: ReplicationTarget | undefined;
  input: ReplicateInput;
  decision: Decision<ReplicateField>;
}

/** The replicate input for one image and one destination (none within a region). */
export function replicateInputOf(
  image: Image,
  request: ReplicationRequest,
  target?: ReplicationTarget,
): ReplicateInput {
  const common = {
    mode: request.mode,
    name: target?.name ?? request.name ?? defaultCopyName(image),
    ...(request.description ? { description: request.description } : {}),
  };
  if (request.mode === 'in-region')
    return {
      ...common,
      kmsKeyId: request.kmsKeyId ?? null,
      ...(request.enterpriseProjectId ? { enterpriseProjectId: request.enterpriseProjectId } : {}),
    };
  return {
    ...common,
    ...(target ? { targetRegionId: target.regionId, targetProjectName: target.projectName } : {}),
    ...(target?.vaultId ? { vaultId: target.vaultId } : {}),
    ...(request.agencyName ? { agencyName: request.agencyName } : {}),
  };
}

/**
 * Rules that clear by themselves as running jobs end. A queued replication waits on them rather
 * than failing: a fan-out's regions run one after another (one cross-region copy of an image at a
 * time), and a batch never holds more than the tenant's concurrent tasks.
 */
export const WAITING_REPLICATE_RULES: readonly RuleId[] = ['replicate.concurrent', 'replicate.cross-region.sequential'];

/** The rule a replication must wait on before it may start now, if any. */
export function replicationWait(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input: ReplicateInput,
): Denial<ReplicateField> | undefined {
  return replicateViolations(image, viewer, ctx, input).find((d) => WAITING_REPLICATE_RULES.includes(d.rule));
}

/**
 * Every copy a request makes — one per image, times one per destination across regions — each
 * with its decision. Copies the plan already counts fill their destination's quota, so the 51st
 * image of a region is refused here and not half-way through the run.
 */
export function planReplications(
  images: readonly Image[],
  viewer: Viewer,
  ctx: RuleContext,
  request: ReplicationRequest,
): PlannedReplication[] {
  const quota = { ...ctx.quota };
  const targets: readonly (ReplicationTarget | undefined)[] =
    request.mode === 'in-region' ? [undefined] : request.targets;
  const plan: PlannedReplication[] = [];
  for (const image of images)
    for (const target of targets) {
      const input = replicateInputOf(image, request, target);
      const decision = decide(replicateViolations(image, viewer, { ...ctx, quota }, input));
      if (decision.allowed) {
        const region = target?.regionId ?? image.regionId;
        const usage = quotaIn({ ...ctx, quota }, region);
        quota[region] = { ...usage, used: usage.used + 1 };
      }
      plan.push({ image, target, input, decision });
    }
  return plan;
}
