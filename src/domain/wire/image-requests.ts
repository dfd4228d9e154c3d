import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  architectureSchema,
  bootModeSchema,
  diskFormatSchema,
  osTypeSchema,
  platformSchema,
  type Tag,
} from '../model/image';
import { memberStatusSchema } from '../model/member';
import { regionIdSchema, type RegionId } from '../regions';
import type { CreateInput } from '../rules/create';
import { exportFormatSchema, type ExportInput } from '../rules/export';
import type { ModifyInput } from '../rules/modify';
import { descriptionProblem, imageNameProblem } from '../rules/names';
import type { ReplicateInput } from '../rules/replicate';
import { imsImageSchema } from './image';

/*
 * Request bodies and queries of the image endpoints (ims-api.md §2, §4–12, §17), shared by the
 * UI's API client (to build and validate) and the mock backend (to parse). The schemas check the
 * wire format only; what a value means for the image (name rules of a copy, memory ranges, export
 * format, sizes) is left to the rules, so UI and backend refuse it with the same rule and reason.
 */

const flag = z.enum(['true', 'false']);

// ---- list ----------------------------------------------------------------------------

/** `shared_at` (mock extension) orders images shared with the viewer by when they were shared. */
export const IMAGE_SORT_KEYS = ['created_at', 'name', 'size', 'status', 'id', 'disk_format', 'shared_at'] as const;
export const IMAGE_LIST_DEFAULT_LIMIT = 500;
export const IMAGE_LIST_MAX_LIMIT = 1000;

/** A `tag` filter: `key` (any value) or `key=value`. */
export interface TagFilter {
  key: string;
  value?: string;
}

export function parseTagFilter(text: string): TagFilter {
  const eq = text.indexOf('=');
  return eq === -1 ? { key: text } : { key: text.slice(0, eq), value: text.slice(eq + 1) };
}

const tagFilterSchema = z
  .string()
  .refine((t) => parseTagFilter(t).key.length > 0, 'A tag filter is "key" or "key=value" with a non-empty key.')
  .transform(parseTagFilter);

/**
 * GET /v2/cloudimages query. Mock extensions: `name_like` (case-insensitive substring of the
 * name; IMS `name` is exact), `__encrypted` (`true`/`false`), and `member_status` also without
 * `visibility=shared`. A repeated `tag` must all match.
 */
export const imageListQuerySchema = z.object({
  __imagetype: z.enum(['private', 'shared', 'gold', 'market']).optional(),
  name: z.string().optional(),
  name_like: z.string().optional(),
  id: z.string().optional(),
  status: z.enum(['queued', 'saving', 'active', 'killed', 'deleted']).optional(),
  __os_type: osTypeSchema.optional(),
  __platform: platformSchema.optional(),
  __whole_image: flag.optional(),
  disk_format: diskFormatSchema.optional(),
  /** `all_granted_eps` matches every enterprise project. */
  enterprise_project_id: z.string().min(1).optional(),
  member_status: memberStatusSchema.optional(),
  visibility: z.enum(['private', 'shared', 'public']).optional(),
  owner: z.string().optional(),
  tag: z
    .union([z.string(), z.array(z.string())])
    .transform((t) => (typeof t === 'string' ? [t] : t))
    .pipe(z.array(tagFilterSchema))
    .optional(),
  virtual_env_type: z.enum(['FusionCompute', 'Ironic', 'DataImage', 'IsoImage']).optional(),
  __system__cmkid: z.string().optional(),
  __encrypted: flag.optional(),
  sort_key: z.enum(IMAGE_SORT_KEYS).default('created_at'),
  sort_dir: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce
    .number()
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(IMAGE_LIST_MAX_LIMIT, `limit must be at most ${IMAGE_LIST_MAX_LIMIT}.`)
    .default(IMAGE_LIST_DEFAULT_LIMIT),
  marker: z.string().min(1).optional(),
});
export type ImageListQuery = z.output<typeof imageListQuerySchema>;
/** What a client fills in; `tag` is a list of `key` / `key=value` strings. */
export type ImageListQueryInput = Omit<Partial<ImageListQuery>, 'tag' | 'limit'> & { tag?: string[]; limit?: number };

/** The query string of a list request, a `tag` parameter per tag filter. */
export function imageListSearchParams(query: ImageListQueryInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.set(key, String(value));
  }
  return params;
}

/** The list response: IMS `images`, plus this mock's `total` (all matches) and `next_marker`. */
export const imsImagePageSchema = z.object({
  images: z.array(imsImageSchema),
  total: z.number().int().nonnegative(),
  next_marker: z.string().optional(),
});
export type ImsImagePage = z.infer<typeof imsImagePageSchema>;

// ---- shared field schemas ---------------------------------------------------------------

const nameSchema = z.string().superRefine((name, ctx) => {
  const problem = imageNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: `The name ${problem}.` });
});

const descriptionSchema = z.string().superRefine((text, ctx) => {
  const problem = descriptionProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: `The description ${problem}.` });
});

const ramSchema = z.number().int().min(LIMITS.minRamMb).max(LIMITS.maxRamMb);
const idSchema = z.string().min(1);

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const FILE_CHARS = /^[A-Za-z0-9_.\-/]$/;

/** `<bucket>:<file>` split in two; undefined when there is no colon. */
export function parseBucketUrl(url: string): { bucket: string; file: string } | undefined {
  const colon = url.indexOf(':');
  return colon === -1 ? undefined : { bucket: url.slice(0, colon), file: url.slice(colon + 1) };
}

/** What is wrong with an OBS object name used as an export file name (IMG.0073–0075, 0175). */
export function exportFileNameProblem(file: string): string | undefined {
  if (file.length === 0) return 'The file name is empty.';
  if (file.length > LIMITS.exportFileNameMaxLength)
    return `The file name is ${file.length} characters long; at most ${LIMITS.exportFileNameMaxLength} are allowed.`;
  if (/\s/.test(file)) return 'The file name contains a space; spaces are not allowed.';
  const bad = [...file].find((c) => !FILE_CHARS.test(c));
  if (bad !== undefined)
    return `The file name contains "${bad}"; use letters, digits, hyphens (-), underscores (_), periods (.) or slashes (/).`;
  if (file.startsWith('/')) return 'The file name starts with a slash.';
  return undefined;
}

function bucketUrlSchema(checkFile: (file: string) => string | undefined) {
  return z.string().superRefine((url, ctx) => {
    const parts = parseBucketUrl(url);
    if (!parts) {
      ctx.addIssue({ code: 'custom', message: 'Give the location as <bucket>:<file>.' });
      return;
    }
    if (parts.bucket.length === 0) ctx.addIssue({ code: 'custom', message: 'The bucket name is empty.' });
    else if (!BUCKET_NAME.test(parts.bucket))
      ctx.addIssue({
        code: 'custom',
        message: `Bucket name ${parts.bucket} is invalid: use 3–63 lowercase letters, digits, hyphens or periods.`,
      });
    const problem = checkFile(parts.file);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

const objectUrlSchema = bucketUrlSchema((file) => (file.length === 0 ? 'The file name is empty.' : undefined));

/** Old-style tags are `key.value`; new-style `image_tags` are objects. A request uses one of them. */
const tagFields = {
  tags: z.array(z.string()).optional(),
  image_tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
};

function oneTagStyle(body: { tags?: unknown; image_tags?: unknown }, ctx: z.RefinementCtx) {
  if (body.tags !== undefined && body.image_tags !== undefined)
    ctx.addIssue({ code: 'custom', path: ['image_tags'], message: 'Give tags or image_tags, not both.' });
}

/** The tags a create request asks for, in the domain's shape. */
export function requestedTags(body: { tags?: readonly string[]; image_tags?: readonly Tag[] }): Tag[] {
  if (body.image_tags) return body.image_tags.map((t) => ({ key: t.key, value: t.value }));
  return (body.tags ?? []).map((text) => {
    const dot = text.indexOf('.');
    return dot === -1 ? { key: text, value: '' } : { key: text.slice(0, dot), value: text.slice(dot + 1) };
  });
}

const common = {
  description: descriptionSchema.optional(),
  enterprise_project_id: z.string().min(1).optional(),
  ...tagFields,
};

// ---- update (PATCH /v2/cloudimages/{id}) ---------------------------------------------------

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
const boolish = z.union([z.boolean(), flag.transform((v) => v === 'true')]);

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
    patchEntry('/enterprise_project_id', z.string().min(1), false),
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

// ---- delete (DELETE /v2/images/{id}) -------------------------------------------------------

/** Optional body; `delete_backup` also removes the backup a full-ECS image was made from. */
export const deleteImageBodySchema = z.object({ delete_backup: z.boolean().optional() });
export type DeleteImageBody = z.infer<typeof deleteImageBodySchema>;

// ---- create (ims-api.md §5–8) ---------------------------------------------------------------

/** A. System disk image from an ECS (or a BMS). */
export const createFromServerBodySchema = z
  .object({
    name: nameSchema,
    instance_id: idSchema,
    min_ram: ramSchema.optional(),
    max_ram: ramSchema.optional(),
    ...common,
  })
  .superRefine(oneTagStyle);
export type CreateFromServerBody = z.infer<typeof createFromServerBodySchema>;

/** B. Data disk images from ECS data disks: one image per entry (no `instance_id`). */
export const createFromDataDisksBodySchema = z.object({
  data_images: z
    .array(
      z.object({
        name: nameSchema,
        volume_id: idSchema,
        description: descriptionSchema.optional(),
        tags: z.array(z.string()).optional(),
      }),
    )
    .min(1, 'Give at least one data disk.'),
  enterprise_project_id: z.string().min(1).optional(),
});
export type CreateFromDataDisksBody = z.infer<typeof createFromDataDisksBodySchema>;

const fileFields = {
  name: nameSchema,
  image_url: objectUrlSchema,
  os_version: z.string().min(1).optional(),
  os_type: osTypeSchema.optional(),
  is_config: z.boolean().optional(),
  cmk_id: z.string().min(1).optional(),
  is_quick_import: z.boolean().optional(),
  architecture: architectureSchema.optional(),
  hw_firmware_type: bootModeSchema.optional(),
  min_ram: ramSchema.optional(),
  max_ram: ramSchema.optional(),
  ...common,
};

function fileChecks(
  body: { architecture?: string; hw_firmware_type?: string; is_quick_import?: boolean; os_version?: string },
  ctx: z.RefinementCtx,
) {
  if (body.architecture === 'arm' && body.hw_firmware_type === 'bios')
    ctx.addIssue({ code: 'custom', path: ['hw_firmware_type'], message: 'Arm images boot in UEFI mode only.' });
  if (body.is_quick_import && !body.os_version)
    ctx.addIssue({ code: 'custom', path: ['os_version'], message: 'Fast import needs os_version.' });
}

/** C. System disk image from an external image file in OBS. */
export const createFromFileBodySchema = z
  .object({
    ...fileFields,
    min_disk: z.number().int().min(1).max(LIMITS.maxSourceDiskGb),
    type: z.enum(['ECS', 'FusionCompute', 'BMS', 'Ironic']).optional(),
  })
  .superRefine((body, ctx) => {
    oneTagStyle(body, ctx);
    fileChecks(body, ctx);
  });
export type CreateFromFileBody = z.infer<typeof createFromFileBodySchema>;

/** E. ISO image registered from an .iso file in OBS. */
export const createIsoBodySchema = z
  .object({
    ...fileFields,
    type: z.literal('IsoImage'),
    os_version: z.string().min(1, 'An ISO image needs os_version.'),
    min_disk: z.number().int().min(1).max(LIMITS.maxSourceDiskGb),
  })
  .superRefine((body, ctx) => {
    oneTagStyle(body, ctx);
    fileChecks(body, ctx);
  });
export type CreateIsoBody = z.infer<typeof createIsoBodySchema>;

/** §6. Data disk image from an external image file (capacity checked by import.data-disk-capacity). */
export const createDataImageFromFileBodySchema = z
  .object({
    name: nameSchema,
    image_url: objectUrlSchema,
    min_disk: z.number().int(),
    os_type: z.enum(['Linux', 'Windows']).optional(),
    cmk_id: z.string().min(1).optional(),
    ...common,
  })
  .superRefine(oneTagStyle);
export type CreateDataImageFromFileBody = z.infer<typeof createDataImageFromFileBodySchema>;

/** §7. Fast import of a large RAW or ZVHD2 file, as a system disk or (`type: DataImage`) data disk image. */
export const quickImportBodySchema = z
  .object({
    name: nameSchema,
    image_url: objectUrlSchema,
    os_version: z.string().min(1).optional(),
    min_disk: z.number().int(),
    type: z.enum(['ECS', 'BMS', 'DataImage']).optional(),
    os_type: z.enum(['Linux', 'Windows']).optional(),
    architecture: architectureSchema.optional(),
    hw_firmware_type: bootModeSchema.optional(),
    license_type: z.enum(['platform', 'byol']).optional(),
    ...common,
  })
  .superRefine((body, ctx) => {
    oneTagStyle(body, ctx);
    if (body.type !== 'DataImage') {
      if (!body.os_version)
        ctx.addIssue({ code: 'custom', path: ['os_version'], message: 'A system disk image needs os_version.' });
      if (body.min_disk < 1 || body.min_disk > LIMITS.maxSourceDiskGb)
        ctx.addIssue({
          code: 'custom',
          path: ['min_disk'],
          message: `min_disk must be 1–${LIMITS.maxSourceDiskGb} GB.`,
        });
    }
    if (body.architecture === 'arm' && body.hw_firmware_type === 'bios')
      ctx.addIssue({ code: 'custom', path: ['hw_firmware_type'], message: 'Arm images boot in UEFI mode only.' });
  });
export type QuickImportBody = z.infer<typeof quickImportBodySchema>;

/** §8. Full-ECS image from an ECS (with a CBR vault) or from a CSBS/CBR backup. */
export const createWholeImageBodySchema = z
  .object({
    name: nameSchema,
    instance_id: idSchema.optional(),
    backup_id: idSchema.optional(),
    whole_image_type: z.enum(['CBR', 'CSBS']).optional(),
    vault_id: idSchema.optional(),
    min_ram: ramSchema.optional(),
    max_ram: ramSchema.optional(),
    ...common,
  })
  .superRefine((body, ctx) => {
    oneTagStyle(body, ctx);
    if ((body.instance_id === undefined) === (body.backup_id === undefined))
      ctx.addIssue({ code: 'custom', path: ['instance_id'], message: 'Give either instance_id or backup_id.' });
    if (body.instance_id !== undefined && body.vault_id === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['vault_id'],
        message: 'A full-ECS image of an ECS needs a CBR vault (vault_id).',
      });
  });
export type CreateWholeImageBody = z.infer<typeof createWholeImageBodySchema>;

/** Any create request, tagged with its shape (one handler serves every create endpoint). */
export type CreateRequest =
  | { shape: 'server'; body: CreateFromServerBody }
  | { shape: 'data-disks'; body: CreateFromDataDisksBody }
  | { shape: 'file'; body: CreateFromFileBody }
  | { shape: 'iso'; body: CreateIsoBody }
  | { shape: 'data-file'; body: CreateDataImageFromFileBody }
  | { shape: 'quick-import'; body: QuickImportBody }
  | { shape: 'whole'; body: CreateWholeImageBody };

function tagged<S extends CreateRequest['shape'], T>(shape: S, schema: z.ZodType<T>) {
  return schema.transform((body) => ({ shape, body }));
}

function forwardIssues(result: z.ZodSafeParseError<unknown>, ctx: z.RefinementCtx) {
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
}

const ACTION_SHAPES = [
  { when: (b: Record<string, unknown>) => b.type === 'IsoImage', shape: 'iso', schema: createIsoBodySchema },
  { when: (b: Record<string, unknown>) => 'instance_id' in b, shape: 'server', schema: createFromServerBodySchema },
  { when: (b: Record<string, unknown>) => 'image_url' in b, shape: 'file', schema: createFromFileBodySchema },
  {
    when: (b: Record<string, unknown>) => 'data_images' in b,
    shape: 'data-disks',
    schema: createFromDataDisksBodySchema,
  },
] as const;

/**
 * POST /v2/cloudimages/action: shapes A (ECS), B (data disks), C (file) and E (ISO) on one path,
 * told apart by their fields as IMS does. Shape D (system disk image from a data disk) is not
 * offered by the console.
 */
export const createImageActionSchema = z.unknown().transform((body, ctx): CreateRequest => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    ctx.addIssue({ code: 'custom', message: 'The body must be a JSON object.' });
    return z.NEVER;
  }
  const record = body as Record<string, unknown>;
  const match = ACTION_SHAPES.find((s) => s.when(record));
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message:
        'Give instance_id (image of an ECS), data_images (images of ECS data disks), image_url (import a file) or type IsoImage with image_url (register an ISO).',
    });
    return z.NEVER;
  }
  const result = match.schema.safeParse(body);
  if (!result.success) {
    forwardIssues(result, ctx);
    return z.NEVER;
  }
  return { shape: match.shape, body: result.data } as CreateRequest;
});

export const createDataImageActionSchema = tagged('data-file', createDataImageFromFileBodySchema);
export const quickImportActionSchema = tagged('quick-import', quickImportBodySchema);
export const createWholeImageActionSchema = tagged('whole', createWholeImageBodySchema);

/** Facts of the source that only the backend (or the ECS/OBS/CBR APIs) know. */
export interface CreateFacts {
  server?: { id: string; kind: 'ecs' | 'bms' };
  /** The OBS object behind `image_url`. */
  file?: { format: string; sizeGb: number };
}

/** The rule input of a create request (canCreate), given the facts of its source. */
export function toCreateInput(request: CreateRequest, facts: CreateFacts = {}): CreateInput {
  const file = facts.file ?? { format: '', sizeGb: 0 };
  switch (request.shape) {
    case 'server':
      return facts.server?.kind === 'bms'
        ? { source: 'bms', serverId: request.body.instance_id }
        : { source: 'ecs', imageType: 'system', serverId: request.body.instance_id };
    case 'data-disks':
      return {
        source: 'ecs',
        imageType: 'data',
        serverId: facts.server?.id ?? '',
        dataDiskIds: request.body.data_images.map((d) => d.volume_id),
      };
    case 'file':
      return {
        source: 'file',
        imageType: 'system',
        fileFormat: file.format,
        fileSizeGb: file.sizeGb,
        minDiskGb: request.body.min_disk,
        quickImport: request.body.is_quick_import ?? false,
      };
    case 'iso':
      return {
        source: 'iso',
        fileFormat: file.format,
        kmsKeyId: request.body.cmk_id ?? null,
        quickImport: request.body.is_quick_import ?? false,
      };
    case 'data-file':
      return {
        source: 'file',
        imageType: 'data',
        fileFormat: file.format,
        fileSizeGb: file.sizeGb,
        minDiskGb: request.body.min_disk,
        quickImport: false,
      };
    case 'quick-import':
      return {
        source: 'file',
        imageType: request.body.type === 'DataImage' ? 'data' : 'system',
        fileFormat: file.format,
        fileSizeGb: file.sizeGb,
        minDiskGb: request.body.min_disk,
        quickImport: true,
      };
    case 'whole':
      return request.body.backup_id !== undefined
        ? { source: 'backup', backupId: request.body.backup_id }
        : { source: 'ecs', imageType: 'whole', serverId: request.body.instance_id ?? '' };
  }
}

// ---- replicate (ims-api.md §10–11) ---------------------------------------------------------

/** POST /v1/cloudimages/{id}/copy. The name is checked by replicate.name, the key by replicate.key. */
export const copyInRegionBodySchema = z.object({
  name: z.string(),
  description: descriptionSchema.optional(),
  cmk_id: z.string().min(1).optional(),
  enterprise_project_id: z.string().min(1).optional(),
});
export type CopyInRegionBody = z.infer<typeof copyInRegionBodySchema>;

/** POST /v1/cloudimages/{id}/cross_region_copy. */
export const crossRegionCopyBodySchema = z.object({
  name: z.string(),
  description: descriptionSchema.optional(),
  region: regionIdSchema,
  project_name: z.string().min(1),
  agency_name: z.string().min(1),
  vault_id: z.string().min(1).optional(),
});
export type CrossRegionCopyBody = z.infer<typeof crossRegionCopyBodySchema>;

export function toReplicateInput(body: CopyInRegionBody | CrossRegionCopyBody): ReplicateInput {
  if ('region' in body)
    return {
      mode: 'cross-region',
      name: body.name,
      ...(body.description !== undefined ? { description: body.description } : {}),
      targetRegionId: body.region,
      targetProjectName: body.project_name,
      agencyName: body.agency_name,
      ...(body.vault_id !== undefined ? { vaultId: body.vault_id } : {}),
    };
  return {
    mode: 'in-region',
    name: body.name,
    ...(body.description !== undefined ? { description: body.description } : {}),
    kmsKeyId: body.cmk_id ?? null,
    ...(body.enterprise_project_id !== undefined ? { enterpriseProjectId: body.enterprise_project_id } : {}),
  };
}

/** The request body of a replication the rules have allowed (the inverse of toReplicateInput). */
export function toReplicateBody(input: ReplicateInput): CopyInRegionBody | CrossRegionCopyBody {
  const description = input.description !== undefined ? { description: input.description } : {};
  if (input.mode === 'in-region')
    return {
      name: input.name ?? '',
      ...description,
      ...(input.kmsKeyId ? { cmk_id: input.kmsKeyId } : {}),
      ...(input.enterpriseProjectId !== undefined ? { enterprise_project_id: input.enterpriseProjectId } : {}),
    };
  return {
    name: input.name ?? '',
    ...description,
    // An allowed cross-region input names all three; a missing one is refused by the backend's schema.
    region: input.targetRegionId ?? ('' as RegionId),
    project_name: input.targetProjectName ?? '',
    agency_name: input.agencyName ?? '',
    ...(input.vaultId !== undefined ? { vault_id: input.vaultId } : {}),
  };
}

// ---- export (ims-api.md §12) ---------------------------------------------------------------

/**
 * POST /v1/cloudimages/{id}/file. `file_format` is left optional here so a missing format is
 * refused by export.format; giving it together with fast export is malformed (§23).
 */
export const exportImageBodySchema = z
  .object({
    bucket_url: bucketUrlSchema(exportFileNameProblem),
    file_format: exportFormatSchema.optional(),
    is_quick_export: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.is_quick_export === true && body.file_format !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['file_format'],
        message: 'Fast export always writes ZVHD2; leave file_format out when is_quick_export is true.',
      });
  });
export type ExportImageBody = z.infer<typeof exportImageBodySchema>;

export function toExportInput(body: ExportImageBody): ExportInput {
  const parts = parseBucketUrl(body.bucket_url) ?? { bucket: '', file: '' };
  const fastExport = body.is_quick_export ?? false;
  return {
    bucket: parts.bucket,
    fileName: parts.file,
    fastExport,
    ...(body.file_format !== undefined ? { format: body.file_format } : {}),
  };
}

// ---- quota (ims-api.md §15) ----------------------------------------------------------------

/** `quota: -1` means unlimited (received shares, received.no-quota). */
export const imsQuotaSchema = z.object({
  quotas: z.object({
    resources: z.array(
      z.object({
        type: z.enum(['image', 'image_shared']),
        used: z.number().int(),
        quota: z.number().int(),
        min: z.number().int(),
        max: z.number().int(),
      }),
    ),
  }),
});
export type ImsQuota = z.infer<typeof imsQuotaSchema>;
