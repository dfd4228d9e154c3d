import { z } from 'zod';
import { LIMITS } from '../limits';
import { exportFormatSchema, type ExportField, type ExportInput } from '../rules/export';
import type { BodyFieldTable } from './error';
import { bucketUrlSchema, parseBucketUrl } from './obs';

/* POST /v1/cloudimages/{id}/file (ims-api.md §12): export an image to an OBS bucket. */

const FILE_CHARS = /^[A-Za-z0-9_.\-/]$/;

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

/**
 * The export input's field each body key is. A bad `bucket_url` is reported on the file name:
 * the bucket is chosen from a list, the file name typed.
 */
export const exportBodyFields = {
  bucket_url: 'fileName',
  file_format: 'format',
  is_quick_export: 'fastExport',
} as const satisfies Record<keyof ExportImageBody, ExportField> & BodyFieldTable;
