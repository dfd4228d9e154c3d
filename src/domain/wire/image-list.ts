import { z } from 'zod';
import { filterTextSchema, wireIdSchema } from './bounds';
import { architectureSchema, bootModeSchema, diskFormatSchema, osTypeSchema, platformSchema } from '../model/image';
import { memberStatusSchema } from '../model/member';
import { flagSchema, imsImageSchema } from './image';

/* GET /v2/cloudimages (ims-api.md §2): the list query, with this mock's extensions, and its page. */

/**
 * `shared_at` (mock extension) orders images shared with the viewer by when they were shared;
 * `min_disk` (mock extension) by the smallest system disk, as the public images list offers.
 */
export const IMAGE_SORT_KEYS = [
  'created_at',
  'name',
  'size',
  'status',
  'id',
  'disk_format',
  'shared_at',
  'min_disk',
] as const;
/** The longest search text a list accepts. */
export const IMAGE_SEARCH_MAX = 128;
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
 * name; IMS `name` is exact), `search` (the public list's box: part of the name, of the ID or of
 * the OS, or the OS type), `hw_firmware_type` (the boot mode, filtered by the attribute's own
 * name: IMS documents no boot-mode filter), `__encrypted` (`true`/`false`), and `member_status`
 * also without `visibility=shared`. A repeated `tag` must all match.
 */
export const imageListQuerySchema = z.object({
  __imagetype: z.enum(['private', 'shared', 'gold', 'market']).optional(),
  name: filterTextSchema.optional(),
  name_like: filterTextSchema.optional(),
  search: z.string().max(IMAGE_SEARCH_MAX, `search must be at most ${IMAGE_SEARCH_MAX} characters.`).optional(),
  id: wireIdSchema.optional(),
  status: z.enum(['queued', 'saving', 'active', 'killed', 'deleted']).optional(),
  __os_type: osTypeSchema.optional(),
  __platform: platformSchema.optional(),
  __os_bit: z.enum(['32', '64']).optional(),
  architecture: architectureSchema.optional(),
  __support_arm: flagSchema.optional(),
  __support_kvm: flagSchema.optional(),
  hw_firmware_type: bootModeSchema.optional(),
  /** Public images are `protected` (ims-api.md §2: the console's public-images recipe sends it). */
  protected: flagSchema.optional(),
  __whole_image: flagSchema.optional(),
  disk_format: diskFormatSchema.optional(),
  /** `all_granted_eps` matches every enterprise project. */
  enterprise_project_id: wireIdSchema.optional(),
  member_status: memberStatusSchema.optional(),
  visibility: z.enum(['private', 'shared', 'public']).optional(),
  owner: wireIdSchema.optional(),
  tag: z
    .union([z.string(), z.array(z.string())])
    .transform((t) => (typeof t === 'string' ? [t] : t))
    .pipe(z.array(tagFilterSchema))
    .optional(),
  virtual_env_type: z.enum(['FusionCompute', 'Ironic', 'DataImage', 'IsoImage']).optional(),
  __system__cmkid: wireIdSchema.optional(),
  __encrypted: flagSchema.optional(),
  sort_key: z.enum(IMAGE_SORT_KEYS).default('created_at'),
  sort_dir: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce
    .number()
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(IMAGE_LIST_MAX_LIMIT, `limit must be at most ${IMAGE_LIST_MAX_LIMIT}.`)
    .default(IMAGE_LIST_DEFAULT_LIMIT),
  marker: wireIdSchema.optional(),
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
  /** Mock extension; real IMS answers without it. */
  total: z.number().int().nonnegative().optional(),
  next_marker: z.string().optional(),
});
export type ImsImagePage = z.infer<typeof imsImagePageSchema>;
