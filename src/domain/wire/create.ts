import { z } from 'zod';
import { osVersionSchema, wireIdSchema } from './bounds';
import { LIMITS } from '../limits';
import { architectureSchema, bootModeSchema, osTypeSchema } from '../model/image';
import type { CreateField, CreateInput, ImportBucket } from '../rules/create';
import type { BodyFieldTable } from './error';
import { descriptionSchema, imageNameSchema } from './names';
import { bucketUrlSchema } from './obs';
import { oneTagStyle, tagFields } from './tags';

/*
 * The create requests (ims-api.md §5–8): one schema per body shape, and the rule input each
 * makes. The schemas check the wire format only; what a value means for the new image (the
 * source's state, the file's format and size, quota) is left to canCreate, so the Create Image
 * page and the backend refuse it with the same rule and reason.
 */

const ramSchema = z.number().int().min(LIMITS.minRamMb).max(LIMITS.maxRamMb);
const idSchema = wireIdSchema;

/** An `image_url` names an OBS object; whether it exists is the backend's to say (404). */
const objectUrlSchema = bucketUrlSchema((file) => (file.length === 0 ? 'The file name is empty.' : undefined));

const common = {
  description: descriptionSchema.optional(),
  enterprise_project_id: wireIdSchema.optional(),
  ...tagFields,
};

/** A. System disk image from an ECS (or a BMS). */
export const createFromServerBodySchema = z
  .object({
    name: imageNameSchema,
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
        name: imageNameSchema,
        volume_id: idSchema,
        description: descriptionSchema.optional(),
        tags: z.array(z.string()).optional(),
      }),
    )
    .min(1, 'Give at least one data disk.'),
  enterprise_project_id: wireIdSchema.optional(),
});
export type CreateFromDataDisksBody = z.infer<typeof createFromDataDisksBodySchema>;

const fileFields = {
  name: imageNameSchema,
  image_url: objectUrlSchema,
  os_version: osVersionSchema.optional(),
  os_type: osTypeSchema.optional(),
  is_config: z.boolean().optional(),
  cmk_id: wireIdSchema.optional(),
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
  // A Kunpeng image in BIOS mode is well-formed: import.boot-mode refuses it, with its reason.
  if (body.is_quick_import && !body.os_version)
    ctx.addIssue({ code: 'custom', path: ['os_version'], message: 'Fast import needs os_version.' });
}

/** C. System disk image from an external image file in OBS. */
export const createFromFileBodySchema = z
  .object({
    ...fileFields,
    /** GB; import.system-disk-size judges the size. */
    min_disk: z.number().int(),
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
    os_version: osVersionSchema,
    min_disk: z.number().int(),
  })
  .superRefine((body, ctx) => {
    oneTagStyle(body, ctx);
    fileChecks(body, ctx);
  });
export type CreateIsoBody = z.infer<typeof createIsoBodySchema>;

/** §6. Data disk image from an external image file (capacity checked by import.data-disk-capacity). */
export const createDataImageFromFileBodySchema = z
  .object({
    name: imageNameSchema,
    image_url: objectUrlSchema,
    min_disk: z.number().int(),
    os_type: z.enum(['Linux', 'Windows']).optional(),
    cmk_id: wireIdSchema.optional(),
    ...common,
  })
  .superRefine(oneTagStyle);
export type CreateDataImageFromFileBody = z.infer<typeof createDataImageFromFileBodySchema>;

/** §7. Fast import of a large RAW or ZVHD2 file, as a system disk or (`type: DataImage`) data disk image. */
export const quickImportBodySchema = z
  .object({
    name: imageNameSchema,
    image_url: objectUrlSchema,
    os_version: osVersionSchema.optional(),
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
    }
  });
export type QuickImportBody = z.infer<typeof quickImportBodySchema>;

/** §8. Full-ECS image from an ECS (with a CBR vault) or from a CSBS/CBR backup. */
export const createWholeImageBodySchema = z
  .object({
    name: imageNameSchema,
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
  /** The bucket it is in (import.bucket). */
  bucket?: ImportBucket;
}

/** What an imported system disk or ISO image says of its OS (import.os-version, import.boot-mode). */
function osOf(body: { os_version?: string; architecture?: 'x86' | 'arm'; hw_firmware_type?: 'bios' | 'uefi' }) {
  return {
    ...(body.os_version !== undefined ? { osVersion: body.os_version } : {}),
    ...(body.architecture !== undefined ? { architecture: body.architecture } : {}),
    ...(body.hw_firmware_type !== undefined ? { bootMode: body.hw_firmware_type } : {}),
  };
}

/** The rule input of a create request (canCreate), given the facts of its source. */
export function toCreateInput(request: CreateRequest, facts: CreateFacts = {}): CreateInput {
  const file = facts.file ?? { format: '', sizeGb: 0 };
  const bucket = facts.bucket ? { bucket: facts.bucket } : {};
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
        imageUrl: request.body.image_url,
        ...bucket,
        fileFormat: file.format,
        fileSizeGb: file.sizeGb,
        minDiskGb: request.body.min_disk,
        quickImport: request.body.is_quick_import ?? false,
        ...osOf(request.body),
      };
    case 'iso':
      return {
        source: 'iso',
        imageUrl: request.body.image_url,
        ...bucket,
        fileFormat: file.format,
        fileSizeGb: file.sizeGb,
        minDiskGb: request.body.min_disk,
        kmsKeyId: request.body.cmk_id ?? null,
        quickImport: request.body.is_quick_import ?? false,
        ...osOf(request.body),
      };
    case 'data-file':
      return {
        source: 'file',
        imageType: 'data',
        imageUrl: request.body.image_url,
        ...bucket,
        fileFormat: file.format,
        fileSizeGb: file.sizeGb,
        minDiskGb: request.body.min_disk,
        quickImport: false,
      };
    case 'quick-import':
      return {
        source: 'file',
        imageType: request.body.type === 'DataImage' ? 'data' : 'system',
        imageUrl: request.body.image_url,
        ...bucket,
        fileFormat: file.format,
        fileSizeGb: file.sizeGb,
        minDiskGb: request.body.min_disk,
        quickImport: true,
        ...(request.body.type === 'DataImage' ? {} : osOf(request.body)),
      };
    case 'whole':
      return request.body.backup_id !== undefined
        ? { source: 'backup', backupId: request.body.backup_id }
        : { source: 'ecs', imageType: 'whole', serverId: request.body.instance_id ?? '' };
  }
}

/**
 * The create input's field each body key is (for the 400s of a malformed request); tags are
 * named as the tag rules name them (`tags.3.key`). Keys no rule reads keep their wire name.
 */
export const createBodyFields = {
  instance_id: 'serverId',
  'data_images.#.volume_id': 'dataDiskIds.#',
  backup_id: 'backupId',
  image_url: 'imageUrl',
  min_disk: 'minDiskGb',
  is_quick_import: 'quickImport',
  cmk_id: 'kmsKeyId',
  os_version: 'osVersion',
  architecture: 'architecture',
  hw_firmware_type: 'bootMode',
  tags: 'tags',
  image_tags: 'tags',
} as const satisfies Record<string, CreateField | `${string}#` | 'tags'> & BodyFieldTable;
