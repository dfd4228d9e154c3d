import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import { IMAGE_STATUS_LABELS, type BootMode, type Image } from '../model/image';
import { deny, onField } from './catalogue';
import { keyName, type RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, owns, readOnly, type Denials } from './engine';
import { descriptionProblem, imageNameProblem } from './names';

export interface ModifyInput {
  name?: string;
  description?: string;
  minRamMb?: number;
  maxRamMb?: number | null;
  bootMode?: BootMode;
  nicMultiQueue?: boolean;
  /** An attempt to change the encryption key, which is never allowed. */
  kmsKeyId?: string | null;
}

/** The fields a denial of this operation may name: the input's own names. */
export type ModifyField = FieldOf<ModifyInput>;

/** Attributes a data disk image does not have. */
export const OS_ATTRIBUTES = ['minRamMb', 'maxRamMb', 'bootMode', 'nicMultiQueue'] as const;

/** Whether the image has the OS attributes above (a data disk image has no OS); dialogs offer them only then. */
export function hasOsAttributes(image: Pick<Image, 'type'>): boolean {
  return image.type !== 'data';
}

const FIELD_LABELS: Record<Exclude<ModifyField, 'kmsKeyId'>, string> = {
  name: 'Name',
  description: 'Description',
  minRamMb: 'Minimum memory',
  maxRamMb: 'Maximum memory',
  bootMode: 'Boot mode',
  nicMultiQueue: 'NIC multi-queue',
};

function fieldDenial(field: keyof typeof FIELD_LABELS, problem: string): Denial<ModifyField> {
  return onField(deny('modify.fields', { field: FIELD_LABELS[field], problem }), field);
}

function* start(image: Image, viewer: Viewer): Denials<ModifyField> {
  yield* readOnly(viewer);
  if (!owns(image, viewer)) {
    yield deny('access.owner');
    return;
  }
  if (image.status !== 'active') yield deny('modify.status', { status: IMAGE_STATUS_LABELS[image.status] });
}

function* submitted(image: Image, ctx: RuleContext, input: ModifyInput): Denials<ModifyField> {
  if (input.kmsKeyId !== undefined && input.kmsKeyId !== image.kmsKeyId)
    yield onField(deny('encrypt.key-fixed', { key: image.kmsKeyId ? keyName(ctx, image.kmsKeyId) : null }), 'kmsKeyId');
  if (input.name !== undefined) {
    const problem = imageNameProblem(input.name);
    if (problem) yield fieldDenial('name', problem);
  }
  if (input.description !== undefined) {
    const problem = descriptionProblem(input.description);
    if (problem) yield fieldDenial('description', problem);
  }
  if (!hasOsAttributes(image)) {
    for (const attribute of OS_ATTRIBUTES)
      if (input[attribute] !== undefined)
        yield fieldDenial(attribute, 'cannot be set on a data disk image, which has no OS');
    return;
  }
  const min = input.minRamMb ?? image.minRamMb;
  const max = input.maxRamMb === undefined ? image.maxRamMb : input.maxRamMb;
  for (const [field, value] of [
    ['minRamMb', input.minRamMb],
    ['maxRamMb', input.maxRamMb],
  ] as const)
    if (typeof value === 'number' && (!Number.isInteger(value) || value < LIMITS.minRamMb || value > LIMITS.maxRamMb))
      yield fieldDenial(field, `must be a whole number of MB from ${LIMITS.minRamMb} to ${LIMITS.maxRamMb}`);
  if (max !== null && max !== 0 && min > max)
    yield fieldDenial('minRamMb', `(${min} MB) is above the maximum memory (${max} MB)`);
}

function* denials(image: Image, viewer: Viewer, ctx: RuleContext, input?: ModifyInput): Denials<ModifyField> {
  yield* start(image, viewer);
  if (input) yield* submitted(image, ctx, input);
}

export function canModify(image: Image, viewer: Viewer, ctx: RuleContext, input?: ModifyInput): Decision<ModifyField> {
  return decide(denials(image, viewer, ctx, input));
}

export function modifyViolations(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: ModifyInput,
): Denial<ModifyField>[] {
  return collect(denials(image, viewer, ctx, input));
}
