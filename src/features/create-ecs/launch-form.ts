import {
  canLaunch,
  diskBoundsOf,
  FLAVORS,
  launchTargetOf,
  launchViolations,
  LIMITS,
  type Denial,
  type Flavor,
  type LaunchableImage,
  type LaunchInput,
  type LaunchTarget,
  type RegionId,
  type RuleContext,
  type Viewer,
  type Warning,
} from '../../domain';
import type { VolumeType } from '../../domain/wire/launch';

/**
 * What the Create ECS dialog edits, under the launch input's names. Numbers stay text while typed
 * so "abc" reaches the rules as not-a-number (launch.count, launch.disk-size say so).
 */
export interface LaunchFormValues {
  target: LaunchTarget;
  regionId: RegionId;
  flavorName: string;
  count: string;
  name: string;
  diskSizeGb: string;
  volumeType: VolumeType;
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** An ECS or disk name from the image's: its characters the ECS API allows, bounded. */
export function defaultNameOf(image: LaunchableImage, target: LaunchTarget): string {
  const base = image.name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
  const prefix = target === 'evs' ? 'disk' : 'ecs';
  return `${prefix}-${base}`.slice(0, LIMITS.launchNameMaxLength).replace(/-+$/, '');
}

/**
 * The first flavor of the catalogue the rules allow for this image on its own architecture (an Arm
 * image starts on Kunpeng); the dialog opens on it.
 */
export function defaultFlavorOf(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  flavors: readonly Flavor[],
): string {
  const fitting = flavors.filter((f) => f.architecture === image.architecture);
  const allowed = fitting.find(
    (f) => flavorDenial(image, viewer, ctx, { ...blankValues(image), flavorName: f.name }, flavors) === undefined,
  );
  return (allowed ?? fitting[0] ?? flavors[0])?.name ?? '';
}

function blankValues(image: LaunchableImage): LaunchFormValues {
  // A data disk image opens on "ECS" too: the Target field then says why not, and offers a disk.
  const target = image.type === 'data' ? 'ecs' : launchTargetOf(image);
  return {
    target,
    regionId: image.regionId,
    flavorName: '',
    count: '1',
    name: defaultNameOf(image, target),
    diskSizeGb: String(diskBoundsOf(image, target).min),
    volumeType: 'SSD',
  };
}

export function defaultsOf(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  flavors: readonly Flavor[] = FLAVORS,
): LaunchFormValues {
  return { ...blankValues(image), flavorName: defaultFlavorOf(image, viewer, ctx, flavors) };
}

/** The values switched to an EVS disk ("Create disk"): the disk's name and the image's size. */
export function asDisk(image: LaunchableImage, values: LaunchFormValues): LaunchFormValues {
  return {
    ...values,
    target: 'evs',
    name: defaultNameOf(image, 'evs'),
    diskSizeGb: String(diskBoundsOf(image, 'evs').min),
  };
}

/** The launch input the values ask, with the chosen flavor's facts. */
export function inputOf(values: LaunchFormValues, flavors: readonly Flavor[]): LaunchInput {
  const common = {
    target: values.target,
    regionId: values.regionId,
    count: wholeNumber(values.count),
    name: values.name,
    diskSizeGb: wholeNumber(values.diskSizeGb),
  };
  if (values.target === 'evs') return common;
  const flavor = flavors.find((f) => f.name === values.flavorName);
  return flavor
    ? {
        ...common,
        flavorName: flavor.name,
        architecture: flavor.architecture,
        memoryGb: flavor.memoryGb,
        heterogeneous: flavor.heterogeneous,
      }
    : common;
}

/** The launch.* refusals of the values, each on the field of the same name. */
export function launchDenials(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  values: LaunchFormValues,
  flavors: readonly Flavor[],
): Denial[] {
  return launchViolations(image, viewer, ctx, inputOf(values, flavors));
}

/** The advisories of the values (launch.batch-size): shown, never blocking. */
export function launchWarnings(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  values: LaunchFormValues,
  flavors: readonly Flavor[],
): readonly Warning[] {
  const decision = canLaunch(image, viewer, ctx, inputOf(values, flavors));
  return decision.allowed ? (decision.warnings ?? []) : [];
}

/** An ECS needs a flavor; no rule owns "none chosen". */
export function launchShape(values: LaunchFormValues, flavors: readonly Flavor[]) {
  return values.target !== 'evs' && !flavors.some((f) => f.name === values.flavorName)
    ? [{ field: 'flavorName' as const, message: 'Choose a flavor.' }]
    : [];
}

/** Why the rules refuse this choice of one field (a flavor, a region, a target), or undefined. */
function choiceDenial(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  values: LaunchFormValues,
  flavors: readonly Flavor[],
  field: 'flavorName' | 'regionId' | 'target',
): Denial | undefined {
  return launchDenials(image, viewer, ctx, values, flavors).find((d) => d.field === field);
}

export function flavorDenial(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  values: LaunchFormValues,
  flavors: readonly Flavor[],
): Denial | undefined {
  return choiceDenial(image, viewer, ctx, values, flavors, 'flavorName');
}

export function regionDenial(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  values: LaunchFormValues,
  regionId: RegionId,
): Denial | undefined {
  return choiceDenial(image, viewer, ctx, { ...values, regionId }, FLAVORS, 'regionId');
}

export function targetDenial(
  image: LaunchableImage,
  viewer: Viewer,
  ctx: RuleContext,
  values: LaunchFormValues,
  target: LaunchTarget,
): Denial | undefined {
  return choiceDenial(image, viewer, ctx, { ...values, target }, FLAVORS, 'target');
}
