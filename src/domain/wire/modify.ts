import { z } from 'zod';
import { wireIdSchema } from './bounds';
import { bootModeSchema } from '../model/image';
import type { ModifyField, ModifyInput } from '../rules/modify';
import type { BodyFieldResolver } from './error';
import { flagSchema } from './image';

/* PATCH /v2/cloudimages/{id} (ims-api.md §4): a JSON patch of the image's attributes. */

const patchOp = z.enum(['add', 'replace', 'remove']);
/** Numbers may come as strings, as IMS attributes are strings; range checks belong to modify.fields. */
const numeric = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, 'Expected a number.')
    .transform(Number),
]);
const boolish = z.union([z.boolean(), flagSchema.transform((v) => v === 'true')]);

function patchEntry<P extends string, V extends z.ZodType>(path: P, value: V, removable: boolean) {
  return z.object({ op: patchOp, path: z.literal(path), value: value.optional() }).superRefine((entry, ctx) => {
    if (entry.op === 'remove' && !removable)
      ctx.addIssue({ code: 'custom', path: ['op'], message: `${path} cannot be removed; replace it instead.` });
    if (entry.op !== 'remove' && entry.value === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${entry.op} ${path} needs a value.` });
  });
}

export const PATCHABLE_PATHS = [
  '/name',
  '/__description',
  '/min_ram',
  '/max_ram',
  '/hw_firmware_type',
  '/hw_vif_multiqueue_enabled',
  '/enterprise_project_id',
  '/__system__cmkid',
] as const;

const patchOperationSchema = z.discriminatedUnion(
  'path',
  [
    patchEntry('/name', z.string(), false),
    patchEntry('/__description', z.string(), true),
    patchEntry('/min_ram', numeric, false),
    patchEntry('/max_ram', numeric, true),
    patchEntry('/hw_firmware_type', bootModeSchema, false),
    patchEntry('/hw_vif_multiqueue_enabled', boolish, false),
    patchEntry('/enterprise_project_id', wireIdSchema, false),
    // Accepted so the request reaches encrypt.key-fixed, which refuses any change of key.
    patchEntry('/__system__cmkid', z.string(), true),
  ],
  { error: `path must be one of ${PATCHABLE_PATHS.join(', ')}.` },
);

/** PATCH body: a JSON-patch array of `{op, path, value}`. */
export const imagePatchSchema = z.array(patchOperationSchema).min(1, 'Give at least one change.');
export type ImagePatch = z.output<typeof imagePatchSchema>;
export type ImagePatchOperation = z.input<typeof patchOperationSchema>;

/** What a PATCH asks to change: the rule input, plus the enterprise project (no rule reads it). */
export interface ImageChanges extends ModifyInput {
  enterpriseProjectId?: string;
}

export function toModifyInput(patch: ImagePatch): ImageChanges {
  const changes: ImageChanges = {};
  for (const entry of patch) {
    const remove = entry.op === 'remove';
    switch (entry.path) {
      case '/name':
        changes.name = entry.value ?? '';
        break;
      case '/__description':
        changes.description = remove ? '' : (entry.value ?? '');
        break;
      case '/min_ram':
        if (entry.value !== undefined) changes.minRamMb = entry.value;
        break;
      case '/max_ram':
        changes.maxRamMb = remove ? null : (entry.value ?? null);
        break;
      case '/hw_firmware_type':
        if (entry.value !== undefined) changes.bootMode = entry.value;
        break;
      case '/hw_vif_multiqueue_enabled':
        if (entry.value !== undefined) changes.nicMultiQueue = entry.value;
        break;
      case '/enterprise_project_id':
        if (entry.value !== undefined) changes.enterpriseProjectId = entry.value;
        break;
      case '/__system__cmkid':
        changes.kmsKeyId = remove || entry.value === '' ? null : (entry.value ?? null);
        break;
    }
  }
  return changes;
}

/** The PATCH body that applies `changes` (what the Modify dialog sends). */
export function toImagePatch(changes: ImageChanges): ImagePatchOperation[] {
  const ops: ImagePatchOperation[] = [];
  const replace = (path: ImagePatchOperation['path'], value: string | number | boolean) =>
    ops.push({ op: 'replace', path, value } as ImagePatchOperation);
  if (changes.name !== undefined) replace('/name', changes.name);
  if (changes.description !== undefined) replace('/__description', changes.description);
  if (changes.minRamMb !== undefined) replace('/min_ram', changes.minRamMb);
  if (changes.maxRamMb === null) ops.push({ op: 'remove', path: '/max_ram' });
  else if (changes.maxRamMb !== undefined) replace('/max_ram', changes.maxRamMb);
  if (changes.bootMode !== undefined) replace('/hw_firmware_type', changes.bootMode);
  if (changes.nicMultiQueue !== undefined)
    replace('/hw_vif_multiqueue_enabled', changes.nicMultiQueue ? 'true' : 'false');
  if (changes.enterpriseProjectId !== undefined) replace('/enterprise_project_id', changes.enterpriseProjectId);
  return ops;
}

/** The field of the Modify dialog (and of `ImageChanges`) each patchable attribute is. */
export const patchPathFields = {
  '/name': 'name',
  '/__description': 'description',
  '/min_ram': 'minRamMb',
  '/max_ram': 'maxRamMb',
  '/hw_firmware_type': 'bootMode',
  '/hw_vif_multiqueue_enabled': 'nicMultiQueue',
  '/enterprise_project_id': 'enterpriseProjectId',
  '/__system__cmkid': 'kmsKeyId',
} as const satisfies Record<(typeof PATCHABLE_PATHS)[number], ModifyField | 'enterpriseProjectId'>;

/**
 * The domain's name of a PATCH body problem: the attribute its entry's `path` names (`1.value`
 * of a `/min_ram` entry is `minRamMb`); undefined when the entry names no patchable attribute.
 */
export const modifyBodyFields: BodyFieldResolver = (path, body) => {
  const [index] = path;
  if (typeof index !== 'number' || !Array.isArray(body)) return undefined;
  const entry: unknown = body[index];
  const attribute = typeof entry === 'object' && entry !== null ? (entry as { path?: unknown }).path : undefined;
  return typeof attribute === 'string' && attribute in patchPathFields
    ? patchPathFields[attribute as keyof typeof patchPathFields]
    : undefined;
};
