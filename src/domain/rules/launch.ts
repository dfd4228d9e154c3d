import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import { IMAGE_TYPE_NOUNS, type Architecture, type Image } from '../model/image';
import { regionName, type RegionId } from '../regions';
import { deny, onField } from './catalogue';
import type { RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, memberRecord, owns, readOnly, type Denials } from './engine';

export type LaunchTarget = 'ecs' | 'evs' | 'temporary-ecs';

export interface LaunchInput {
  target: LaunchTarget;
  regionId: RegionId;
  architecture: Architecture;
  memoryGb: number;
  flavorName: string;
  /** The flavor has GPUs, NPUs or encoding cards. */
  heterogeneous: boolean;
  count: number;
}

/** The fields a denial of this operation may name: the input's own names. */
export type LaunchField = FieldOf<LaunchInput>;

const TARGET_LABELS: Record<LaunchTarget, string> = {
  ecs: 'ECSs',
  evs: 'EVS disks',
  'temporary-ecs': 'temporary ECSs',
};

function allowedTargets(image: Image): LaunchTarget[] {
  if (image.type === 'data') return ['evs'];
  if (image.type === 'iso') return ['temporary-ecs'];
  return ['ecs'];
}

function* denials(image: Image, viewer: Viewer, ctx: RuleContext, input?: LaunchInput): Denials<LaunchField> {
  yield* readOnly(viewer);
  if (!owns(image, viewer) && memberRecord(image, viewer, ctx)?.status !== 'accepted') {
    yield deny('access.owner');
    return;
  }
  // The menu's "Create ECS" asks for an ECS (a temporary one from an ISO image).
  const asked = input?.target ?? (image.type === 'iso' ? 'temporary-ecs' : 'ecs');
  if (!allowedTargets(image).includes(asked))
    yield onField(
      deny('launch.image-type', { type: IMAGE_TYPE_NOUNS[image.type], target: TARGET_LABELS[asked] }),
      'target',
    );
  if (!input) return;
  if (input.regionId !== image.regionId)
    yield onField(
      deny('launch.region', { region: regionName(image.regionId), target: regionName(input.regionId) }),
      'regionId',
    );
  if (image.architecture === 'x86' && input.architecture === 'arm')
    yield onField(deny('launch.architecture', { imageArch: 'x86' }), 'flavorName');
  if (image.osBit === 32 && input.memoryGb > LIMITS.osBit32MaxMemoryGb)
    yield onField(deny('launch.os-bit-memory', { memoryGb: input.memoryGb }), 'flavorName');
  if (image.bootMode === 'uefi' && input.heterogeneous)
    yield onField(deny('launch.uefi-heterogeneous', { flavor: input.flavorName }), 'flavorName');
  if (input.count > LIMITS.launchBatchRecommended)
    yield onField(deny('launch.batch-size', { count: input.count }), 'count');
}

export function canLaunch(image: Image, viewer: Viewer, ctx: RuleContext, input?: LaunchInput): Decision<LaunchField> {
  return decide(denials(image, viewer, ctx, input));
}

export function launchViolations(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: LaunchInput,
): Denial<LaunchField>[] {
  return collect(denials(image, viewer, ctx, input));
}
