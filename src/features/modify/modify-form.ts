import { hasOsAttributes, violations, type Denial, type Image, type RuleContext, type Viewer } from '../../domain';
import type { ImageChanges } from '../../domain/wire/modify';

/**
 * What the dialog edits, under the domain input's names. Memory stays text while typed so "abc"
 * reaches the rules as not-a-number.
 */
export interface ModifyFormValues {
  name: string;
  description: string;
  minRamMb: string;
  maxRamMb: string;
  bootMode: Image['bootMode'];
  nicMultiQueue: boolean;
}

export function defaultsOf(image: Image): ModifyFormValues {
  return {
    name: image.name,
    description: image.description,
    minRamMb: String(image.minRamMb),
    maxRamMb: image.maxRamMb === null ? '' : String(image.maxRamMb),
    bootMode: image.bootMode,
    nicMultiQueue: image.nicMultiQueue,
  };
}

function megabytes(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Only what differs from the image is sent. An empty minimum is 0 (no minimum) and an empty
 * maximum removes the limit, as IMS reads them.
 */
export function changesOf(image: Image, values: ModifyFormValues): ImageChanges {
  const changes: ImageChanges = {};
  if (values.name !== image.name) changes.name = values.name;
  if (values.description !== image.description) changes.description = values.description;
  if (!hasOsAttributes(image)) return changes;
  const min = values.minRamMb.trim() === '' ? 0 : megabytes(values.minRamMb);
  if (min !== image.minRamMb) changes.minRamMb = min;
  const max = values.maxRamMb.trim() === '' ? null : megabytes(values.maxRamMb);
  if (max !== image.maxRamMb) changes.maxRamMb = max;
  if (values.bootMode !== image.bootMode) changes.bootMode = values.bootMode;
  if (values.nicMultiQueue !== image.nicMultiQueue) changes.nicMultiQueue = values.nicMultiQueue;
  return changes;
}

/** The modify.* refusals of the values, each on the field of the same name. */
export function modifyDenials(image: Image, viewer: Viewer, ctx: RuleContext, values: ModifyFormValues): Denial[] {
  return violations('modify', image, viewer, ctx, changesOf(image, values));
}
