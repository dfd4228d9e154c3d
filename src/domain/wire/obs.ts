import { z } from 'zod';
import { GB } from '../limits';
import { diskFormatSchema } from '../model/image';
import { storageClassSchema, type Bucket, type BucketObject } from '../model/services';
import { regionIdSchema } from '../regions';

/* OBS buckets and objects, and the `<bucket>:<file>` locations that import and export name. */

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** `<bucket>:<file>` split in two; undefined when there is no colon. */
export function parseBucketUrl(url: string): { bucket: string; file: string } | undefined {
  const colon = url.indexOf(':');
  return colon === -1 ? undefined : { bucket: url.slice(0, colon), file: url.slice(colon + 1) };
}

/** A `<bucket>:<file>` location; `checkFile` judges the file part. */
export function bucketUrlSchema(checkFile: (file: string) => string | undefined) {
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

export const wireBucketSchema = z.object({
  name: z.string(),
  /** The bucket's region (OBS `Location`). */
  location: regionIdSchema,
  storage_class: storageClassSchema,
});
export type WireBucket = z.infer<typeof wireBucketSchema>;

/** GET /obs/{region}/buckets: the viewer's buckets in every region, as OBS lists them. */
export const bucketListSchema = z.object({ buckets: z.array(wireBucketSchema) });

export const wireObjectSchema = z.object({
  key: z.string(),
  /** Bytes, as OBS reports sizes. */
  size: z.number(),
  last_modified: z.string(),
  format: diskFormatSchema,
  exported_from_image_id: z.string().nullable(),
});
export type WireObject = z.infer<typeof wireObjectSchema>;

/** GET /obs/{region}/buckets/{bucket}/objects. */
export const objectListSchema = z.object({ name: z.string(), contents: z.array(wireObjectSchema) });

export function toWireBucket(bucket: Bucket): WireBucket {
  return { name: bucket.name, location: bucket.regionId, storage_class: bucket.storageClass };
}

export function toWireObject(object: BucketObject): WireObject {
  return {
    key: object.key,
    size: Math.round(object.sizeGb * GB),
    last_modified: object.createdAt,
    format: object.format,
    exported_from_image_id: object.exportedFromImageId,
  };
}

/** A bucket as the rules read it; objects come from a second request, when needed. */
export function fromWireBucket(wire: WireBucket, accountId: string, objects: readonly WireObject[] = []): Bucket {
  return {
    name: wire.name,
    regionId: wire.location,
    accountId,
    storageClass: wire.storage_class,
    objects: objects.map(fromWireObject),
  };
}

/** An OBS object as the rules read it: size in GB (two decimals), like every size in the domain. */
export function fromWireObject(wire: WireObject): BucketObject {
  return {
    key: wire.key,
    sizeGb: Math.round((wire.size / GB) * 100) / 100,
    format: wire.format,
    createdAt: wire.last_modified,
    exportedFromImageId: wire.exported_from_image_id,
  };
}
