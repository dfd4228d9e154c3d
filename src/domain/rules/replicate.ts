import { z } from 'zod';
import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import { IMAGE_STATUS_LABELS, isEncrypted, type Image } from '../model/image';
import { regionById, regionName, type RegionId } from '../regions';
import { asRequirement, deny, onField } from './catalogue';
import { activeJobs, keyName, quotaIn, type RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, memberRecord, owns, readOnly, type Denials } from './engine';
import { imageNameProblem } from './names';

export const replicationModeSchema = z.enum(['in-region', 'cross-region']);
export type ReplicationMode = z.infer<typeof replicationModeSchema>;

export interface ReplicateInput {
  mode: ReplicationMode;
  name?: string;
  description?: string;
  /** KMS key for the copy (in-region); null or absent leaves the copy unencrypted. */
  kmsKeyId?: string | null;
  enterpriseProjectId?: string;
  targetRegionId?: RegionId;
  targetProjectName?: string;
  agencyName?: string;
  vaultId?: string;
}

/** The fields a denial of this operation may name: the input's own names. */
export type ReplicateField = FieldOf<ReplicateInput>;

export function defaultCopyName(image: Pick<Image, 'name' | 'regionId'>): string {
  // The cut may land after a space, and a name may not end with one (replicate.name).
  return `copy_${image.regionId}_${image.name}`.slice(0, LIMITS.imageNameMaxLength).trimEnd();
}

/**
 * The copy's default name where names are already taken (a destination region's images):
 * `copy_<source region>_<source name>`, else with `-1`, `-2`, ... the first one free, cut to fit
 * the image-name limit (replicate.name).
 */
export function proposeCopyName(image: Pick<Image, 'name' | 'regionId'>, takenNames: readonly string[]): string {
  const taken = new Set(takenNames);
  const base = defaultCopyName(image);
  let name = base;
  for (let n = 1; taken.has(name); n += 1) {
    const suffix = `-${n}`;
    name = `${base.slice(0, LIMITS.imageNameMaxLength - suffix.length).trimEnd()}${suffix}`;
  }
  return name;
}

export function crossRegionLimitGb(regionId: RegionId): number {
  return regionById(regionId).capabilities.crossRegionReplicationMaxGb;
}

/** In-region refusals whose hint is "replicate across regions instead". */
const POINTS_ACROSS: readonly string[] = ['replicate.in-region.size', 'replicate.in-region.whole-image'];

const REPLICATION_KINDS = ['replicate-in-region', 'replicate-cross-region'] as const;

function* source(image: Image, viewer: Viewer, ctx: RuleContext, mode?: ReplicationMode): Denials<ReplicateField> {
  yield* readOnly(viewer);
  if (!owns(image, viewer)) {
    const member = memberRecord(image, viewer, ctx);
    if (!member) {
      yield deny('access.owner');
      return;
    }
    if (member.status !== 'accepted')
      yield deny('received.replicate-accepted', {
        problem: `This shared image is ${member.status}; accept it before replicating it.`,
      });
    if (isEncrypted(image)) yield deny('received.replicate-encrypted', { key: keyName(ctx, image.kmsKeyId ?? '') });
    if (mode === 'cross-region')
      yield onField(
        deny('received.replicate-accepted', {
          problem: 'An image shared with you can be replicated only within its region.',
        }),
        'mode',
      );
  }
  if (image.status !== 'active') yield deny('replicate.status', { status: IMAGE_STATUS_LABELS[image.status] });
  if (image.type === 'iso') yield deny('replicate.iso');
  const running = activeJobs(ctx, REPLICATION_KINDS).length;
  if (running >= LIMITS.concurrentReplications) yield deny('replicate.concurrent', { running });
}

function* inRegion(image: Image, ctx: RuleContext): Denials<ReplicateField> {
  if (image.type === 'whole') yield onField(deny('replicate.in-region.whole-image'), 'mode');
  if (image.sizeGb > LIMITS.replicateInRegionMaxGb)
    yield onField(deny('replicate.in-region.size', { sizeGb: image.sizeGb }), 'mode');
  const quota = quotaIn(ctx, image.regionId);
  if (quota.used >= quota.limit) yield deny('replicate.quota', { region: regionName(image.regionId), ...quota });
}

function* crossRegion(image: Image, ctx: RuleContext): Denials<ReplicateField> {
  if (isEncrypted(image))
    yield onField(deny('replicate.cross-region.encrypted', { key: keyName(ctx, image.kmsKeyId ?? '') }), 'mode');
  const limitGb = crossRegionLimitGb(image.regionId);
  if (image.sizeGb > limitGb)
    yield onField(
      deny('replicate.cross-region.size', {
        sizeGb: image.sizeGb,
        limitGb,
        region: regionName(image.regionId),
      }),
      'mode',
    );
  const busy = activeJobs(ctx, ['replicate-cross-region']).some((j) => j.sourceImageId === image.id);
  if (busy) yield onField(deny('replicate.cross-region.sequential'), 'mode');
}

function* submitted(image: Image, viewer: Viewer, ctx: RuleContext, input: ReplicateInput): Denials<ReplicateField> {
  if (input.name !== undefined) {
    const problem = imageNameProblem(input.name);
    if (problem) yield onField(deny('replicate.name', { problem }), 'name');
  }
  if (input.mode === 'in-region') {
    if (input.kmsKeyId) {
      const key = ctx.keys.find((k) => k.id === input.kmsKeyId);
      if (!key) yield onField(deny('replicate.key', { key: input.kmsKeyId, problem: 'does not exist' }), 'kmsKeyId');
      else if (key.regionId !== image.regionId)
        yield onField(
          deny('replicate.key', {
            key: key.alias,
            problem: `is in ${regionName(key.regionId)}, not in the image's region`,
          }),
          'kmsKeyId',
        );
      else if (key.state !== 'enabled')
        yield onField(
          deny('replicate.key', { key: key.alias, problem: `is ${key.state}; only enabled keys can encrypt` }),
          'kmsKeyId',
        );
    }
    return;
  }
  const target = input.targetRegionId;
  if (target === undefined) {
    yield asRequirement(
      onField(deny('replicate.cross-region.target', { problem: 'Choose a destination region.' }), 'targetRegionId'),
    );
    return;
  }
  if (target === image.regionId) {
    yield onField(
      deny('replicate.cross-region.target', {
        problem: `The destination region must differ from the source region ${regionName(image.regionId)}.`,
      }),
      'targetRegionId',
    );
    return;
  }
  const project = ctx.projects.find(
    (p) => p.name === input.targetProjectName && p.regionId === target && p.accountId === viewer.accountId,
  );
  if (!project) {
    const denial = onField<ReplicateField>(
      deny('replicate.cross-region.target', {
        problem: `Choose a destination project of yours in ${regionName(target)}${input.targetProjectName ? `; ${input.targetProjectName} is not one` : ''}.`,
      }),
      'targetProjectName',
    );
    yield input.targetProjectName ? denial : asRequirement(denial);
  }
  if (image.type === 'whole') {
    const vault = ctx.vaults.find((v) => v.id === input.vaultId && v.regionId === target);
    if (!vault) {
      const denial = onField<ReplicateField>(
        deny('replicate.cross-region.target', {
          problem: `A full-ECS image needs a CBR vault in ${regionName(target)}.`,
        }),
        'vaultId',
      );
      yield input.vaultId ? denial : asRequirement(denial);
    }
  }
  const quota = quotaIn(ctx, target);
  if (quota.used >= quota.limit)
    yield onField(deny('replicate.quota', { region: regionName(target), ...quota }), 'targetRegionId');
}

function* modeDenials(image: Image, viewer: Viewer, ctx: RuleContext, mode: ReplicationMode): Denials<ReplicateField> {
  yield* source(image, viewer, ctx, mode);
  yield* mode === 'in-region' ? inRegion(image, ctx) : crossRegion(image, ctx);
}

function* denials(image: Image, viewer: Viewer, ctx: RuleContext, input?: ReplicateInput): Denials<ReplicateField> {
  if (input) {
    yield* modeDenials(image, viewer, ctx, input.mode);
    yield* submitted(image, viewer, ctx, input);
    return;
  }
  yield* source(image, viewer, ctx);
  // Without input the question is "may a replication start at all": some mode must be open.
  const inside = collect(inRegion(image, ctx));
  if (inside.length === 0) return;
  if (!owns(image, viewer)) {
    yield* inside;
    return;
  }
  const across = collect(crossRegion(image, ctx));
  if (across.length === 0) return;
  // Size and full-ECS refusals within a region send the user across regions; when that is closed
  // too, its reason is the one that explains.
  yield* POINTS_ACROSS.includes(inside[0]?.rule ?? '') ? across : inside;
}

export function canReplicate(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: ReplicateInput,
): Decision<ReplicateField> {
  return decide(denials(image, viewer, ctx, input));
}

/** Whether one mode is open for this image before anything is typed (the mode radio). */
export function canReplicateMode(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  mode: ReplicationMode,
): Decision<ReplicateField> {
  return decide(modeDenials(image, viewer, ctx, mode));
}

export function replicateViolations(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: ReplicateInput,
): Denial<ReplicateField>[] {
  return collect(denials(image, viewer, ctx, input));
}
