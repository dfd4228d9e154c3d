import { z } from 'zod';
import { bootModeSchema, hasOsAttributes, violations, type Image, type RuleContext, type Viewer } from '../../domain';
import type { ImageChanges } from '../../domain/wire/image-requests';
import { ApiError } from '../../api/client';

/** What the dialog edits. Memory stays text while typed so "abc" reaches the rules as not-a-number. */
export interface ModifyFormValues {
  name: string;
  description: string;
  minRamMb: string;
  maxRamMb: string;
  bootMode: Image['bootMode'];
  nicMultiQueue: boolean;
}

export type ModifyField = keyof ModifyFormValues;
const FIELDS: readonly ModifyField[] = ['name', 'description', 'minRamMb', 'maxRamMb', 'bootMode', 'nicMultiQueue'];

export function isModifyField(field: string | undefined): field is ModifyField {
  return FIELDS.includes(field as ModifyField);
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

/**
 * The dialog's schema: the shape from zod, the meaning from the rules. Every refusal the backend
 * would answer is an issue on the field it names (or on `root` when it names none), so the
 * dialog flags it before submit with the backend's own sentence.
 */
export function modifyFormSchema(image: Image, viewer: Viewer, ctx: RuleContext) {
  return z
    .object({
      name: z.string(),
      description: z.string(),
      minRamMb: z.string(),
      maxRamMb: z.string(),
      bootMode: bootModeSchema,
      nicMultiQueue: z.boolean(),
    })
    .superRefine((values, issues) => {
      for (const denial of violations('modify', image, viewer, ctx, changesOf(image, values)))
        issues.addIssue({
          code: 'custom',
          path: [isModifyField(denial.field) ? denial.field : 'root'],
          message: denial.reason,
        });
    });
}

/**
 * Where a failed save shows: on the field a rule refusal names, otherwise above the form with the
 * reason, the hint and any per-field problems of a 400.
 */
export function serverProblem(error: unknown): { field?: ModifyField; message: string } {
  if (error instanceof ApiError && isModifyField(error.field)) return { field: error.field, message: error.message };
  const parts =
    error instanceof ApiError
      ? [error.message, error.hint, ...(error.fieldErrors ?? []).map((f) => `${f.field}: ${f.message}`)]
      : [error instanceof Error ? error.message : String(error)];
  return { message: parts.filter(Boolean).join(' ') };
}
