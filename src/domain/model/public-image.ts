import { z } from 'zod';
import { regionIdSchema } from '../regions';
import { architectureSchema, bootModeSchema, osTypeSchema, platformSchema } from './image';

/**
 * What a public image offers beyond booting (002 §6 tables): the features the public-images list
 * shows and filters by.
 */
export const publicImageFeaturesSchema = z.object({
  userDataInjection: z.boolean(),
  diskHotSwap: z.boolean(),
  nicMultiQueue: z.boolean(),
});
export type PublicImageFeatures = z.infer<typeof publicImageFeaturesSchema>;

/**
 * A public image of the cloud (`__imagetype: gold`): a system disk image every tenant of the region
 * may start ECSs from, and nobody of them owns, changes, shares or deletes. It is its own record
 * rather than an `Image` because none of a private image's lifecycle facts (owner, lineage,
 * members, tags, quota) apply to it.
 */
export const publicImageSchema = z.object({
  id: z.string(),
  name: z.string(),
  visibility: z.literal('public'),
  type: z.literal('system'),
  status: z.literal('active'),
  regionId: regionIdSchema,
  osType: osTypeSchema,
  platform: platformSchema,
  osVersion: z.string(),
  osBit: z.union([z.literal(32), z.literal(64)]),
  architecture: architectureSchema,
  bootMode: bootModeSchema,
  /** The smallest system disk an ECS started from it may have. */
  minDiskGb: z.number().int().positive(),
  minRamMb: z.number().int().nonnegative(),
  sizeGb: z.number().nonnegative(),
  features: publicImageFeaturesSchema,
  createdAt: z.string(),
});
export type PublicImage = z.infer<typeof publicImageSchema>;

export function isPublicImage(image: { visibility?: unknown }): image is PublicImage {
  return image.visibility === 'public';
}
