import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import { IMAGE_STATUS_LABELS, IMAGE_TYPE_NOUNS, type Architecture, type Image } from '../model/image';
import { isPublicImage, type PublicImage } from '../model/public-image';
import { regionName, type RegionId } from '../regions';
import { deny, onField } from './catalogue';
import type { RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, memberRecord, owns, readOnly, type Denials } from './engine';

export type LaunchTarget = 'ecs' | 'evs' | 'temporary-ecs';

/** What servers start from: a private or shared image, or a public image of the cloud. */
export type LaunchableImage = Image | PublicImage;

export interface LaunchInput {
  target: LaunchTarget;
  regionId: RegionId;
  /** The flavor's facts; an EVS disk has no flavor, so these are left out for one. */
  architecture?: Architecture;
  memoryGb?: number;
  flavorName?: string;
  /** The flavor has GPUs, NPUs or encoding cards. */
  heterogeneous?: boolean;
  count: number;
  /** The ECS name (the prefix of a batch's names), or the EVS disk's name. */
  name?: string;
  /** The system disk of an ECS, or the EVS disk, in GB; NaN when what was typed is no whole number. */
  diskSizeGb?: number;
}

/** The fields a denial of this operation may name: the input's own names. */
export type LaunchField = FieldOf<LaunchInput>;

export const LAUNCH_TARGET_LABELS: Record<LaunchTarget, string> = {
  ecs: 'ECSs',
  evs: 'EVS disks',
  'temporary-ecs': 'temporary ECSs',
};

/** What an image can make (003 T1, 002 §1): one target per image type. */
export function launchTargetOf(image: LaunchableImage): LaunchTarget {
  if (image.type === 'data') return 'evs';
  if (image.type === 'iso') return 'temporary-ecs';
  return 'ecs';
}

/** The smallest and largest disk an input may ask of this image (ECS system disk or EVS disk). */
export function diskBoundsOf(image: LaunchableImage, target: LaunchTarget): { min: number; max: number } {
  if (target === 'evs')
    return { min: Math.max(image.minDiskGb, Math.ceil(image.sizeGb), 1), max: LIMITS.launchEvsDiskMaxGb };
  return { min: Math.max(image.minDiskGb, 1), max: LIMITS.launchSystemDiskMaxGb };
}

/** A public image carries `visibility: 'public'`; a private or shared image has no such field. */
export function isPublic(image: LaunchableImage): image is PublicImage {
  return 'visibility' in image && isPublicImage(image);
}

const NAME_CHARACTERS = /^[A-Za-z0-9_.-]*$/;

/** What is wrong with an ECS or EVS disk name, or undefined when nothing is. */
export function launchNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name.length > LIMITS.launchNameMaxLength)
    return `has ${name.length} characters; at most ${LIMITS.launchNameMaxLength} are allowed`;
  if (!NAME_CHARACTERS.test(name)) {
    const bad = [...name].find((ch) => !NAME_CHARACTERS.test(ch)) ?? '';
    return `contains "${bad}"; only letters, digits, _, - and . are allowed`;
  }
  return undefined;
}

function* denials(image: LaunchableImage, viewer: Viewer, ctx: RuleContext, input?: LaunchInput): Denials<LaunchField> {
  yield* readOnly(viewer);
  // Any tenant of the region may start servers from a public image (003 §1); nobody owns it.
  if (!isPublic(image) && !owns(image, viewer) && memberRecord(image, viewer, ctx)?.status !== 'accepted') {
    yield deny('access.owner');
    return;
  }
  if (image.status !== 'active') yield deny('launch.status', { status: IMAGE_STATUS_LABELS[image.status] });
  // The menu asks whether the image can make anything: what it makes is the dialog's first field.
  const asked = input?.target ?? launchTargetOf(image);
  if (asked !== launchTargetOf(image))
    yield onField(
      deny('launch.image-type', { type: IMAGE_TYPE_NOUNS[image.type], target: LAUNCH_TARGET_LABELS[asked] }),
      'target',
    );
  if (!input) return;
  if (input.regionId !== image.regionId)
    yield onField(
      deny('launch.region', { region: regionName(image.regionId), target: regionName(input.regionId) }),
      'regionId',
    );
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > LIMITS.launchBatchMax)
    yield onField(deny('launch.count', { count: input.count }), 'count');
  const nameProblem = input.name === undefined ? undefined : launchNameProblem(input.name);
  if (nameProblem)
    yield onField(
      deny('launch.name', { what: input.target === 'evs' ? 'The disk name' : 'The ECS name', problem: nameProblem }),
      'name',
    );
  if (input.diskSizeGb !== undefined) {
    const { min, max } = diskBoundsOf(image, input.target);
    const size = input.diskSizeGb;
    if (!Number.isInteger(size) || size < min || size > max)
      yield onField(
        deny('launch.disk-size', { disk: input.target === 'evs' ? 'EVS disk' : 'system disk', size, min, max }),
        'diskSizeGb',
      );
  }
  if (input.target !== 'evs') yield* flavorDenials(image, input);
  if (input.count > LIMITS.launchBatchRecommended && image.type !== 'data')
    yield onField(deny('launch.batch-size', { count: input.count }), 'count');
}

function* flavorDenials(image: LaunchableImage, input: LaunchInput): Denials<LaunchField> {
  if (image.architecture === 'x86' && input.architecture === 'arm')
    yield onField(deny('launch.architecture', { imageArch: 'x86' }), 'flavorName');
  if (image.osBit === 32 && input.memoryGb !== undefined && input.memoryGb > LIMITS.osBit32MaxMemoryGb)
    yield onField(deny('launch.os-bit-memory', { memoryGb: input.memoryGb }), 'flavorName');
  if (image.bootMode === 'uefi' && input.heterogeneous === true)
    yield onField(deny('launch.uefi-heterogeneous', { flavor: input.flavorName ?? '' }), 'flavorName');
}

export function canLaunch(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  input?: LaunchInput,
): Decision<LaunchField> {
  return decide(denials(image, viewer, ctx, input));
}

export function launchViolations(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  input?: LaunchInput,
): Denial<LaunchField>[] {
  return collect(denials(image, viewer, ctx, input));
}
