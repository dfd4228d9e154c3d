import { z } from 'zod';
import {
  exportFormatSchema,
  exportViolations,
  type Denial,
  type ExportFormat,
  type ExportInput,
  type Image,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { exportFileNameProblem, type ExportImageBody } from '../../domain/wire/image-requests';
import { ApiError } from '../../api/client';

/** What the dialog edits. `format` is kept while fast export is on (which writes ZVHD2) so it comes back. */
export interface ExportFormValues {
  bucket: string;
  fileName: string;
  format: ExportFormat;
  fastExport: boolean;
}

export type ExportField = keyof ExportFormValues;
const FIELDS: readonly ExportField[] = ['bucket', 'fileName', 'format', 'fastExport'];

export function isExportField(field: string | undefined): field is ExportField {
  return FIELDS.includes(field as ExportField);
}

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  vmdk: 'VMDK',
  vhd: 'VHD',
  qcow2: 'QCOW2',
  zvhd: 'ZVHD',
  zvhd2: 'ZVHD2',
};

/** The file format the values would write. */
export function writtenFormat(values: Pick<ExportFormValues, 'format' | 'fastExport'>): ExportFormat {
  return values.fastExport ? 'zvhd2' : values.format;
}

/** `<image name>.<extension of the format>`, the file name offered until the user types one. */
export function defaultFileName(image: Image, format: ExportFormat): string {
  return `${image.name}.${format}`;
}

export function inputOf(values: ExportFormValues): ExportInput {
  return {
    bucket: values.bucket,
    fileName: values.fileName,
    fastExport: values.fastExport,
    ...(values.fastExport ? {} : { format: values.format }),
  };
}

/**
 * Defaults the rules allow where they can: fast export on when the image can go no other way,
 * and the first bucket the rules accept.
 */
export function defaultsOf(image: Image, viewer: Viewer, ctx: RuleContext): ExportFormValues {
  const draft: ExportFormValues = { bucket: '', fileName: '', format: 'qcow2', fastExport: false };
  const forced = exportViolations(image, viewer, ctx, inputOf(draft)).some((d) => d.rule === 'export.fast-only');
  const fastExport = forced;
  const bucket =
    ctx.buckets.find(
      (b) =>
        !exportViolations(image, viewer, ctx, { ...inputOf(draft), bucket: b.name }).some((d) => d.field === 'bucket'),
    )?.name ?? '';
  return { bucket, fileName: defaultFileName(image, fastExport ? 'zvhd2' : 'qcow2'), format: 'qcow2', fastExport };
}

export function requestBodyOf(values: ExportFormValues): ExportImageBody {
  const bucket_url = `${values.bucket}:${values.fileName}`;
  return values.fastExport ? { bucket_url, is_quick_export: true } : { bucket_url, file_format: values.format };
}

/** Each refusal of the rules, on the field it concerns (`root` when it concerns none). */
export function denialsByField(denials: readonly Denial[]): Partial<Record<ExportField | 'root', Denial>> {
  const byField: Partial<Record<ExportField | 'root', Denial>> = {};
  for (const denial of denials) {
    const field = isExportField(denial.field) ? denial.field : 'root';
    byField[field] ??= denial;
  }
  return byField;
}

/**
 * The dialog's schema: the export.* rules decide what may be sent; the file name must also be an
 * OBS object name the request schema takes (no spaces, length, characters).
 */
export function exportFormSchema(image: Image, viewer: Viewer, ctx: RuleContext) {
  return z
    .object({ bucket: z.string(), fileName: z.string(), format: exportFormatSchema, fastExport: z.boolean() })
    .superRefine((values, issues) => {
      for (const denial of exportViolations(image, viewer, ctx, inputOf(values)))
        issues.addIssue({
          code: 'custom',
          path: [isExportField(denial.field) ? denial.field : 'root'],
          message: denial.reason,
        });
      const problem = exportFileNameProblem(values.fileName);
      if (problem) issues.addIssue({ code: 'custom', path: ['fileName'], message: problem });
    });
}

/** Where a refused export shows: on the field it names (a duplicate file name), otherwise above the form. */
export function serverProblem(error: unknown): { field?: ExportField; message: string } {
  if (error instanceof ApiError) {
    if (isExportField(error.field)) return { field: error.field, message: error.message };
    if ((error.fieldErrors ?? []).some((f) => f.field.startsWith('body.bucket_url')))
      return { field: 'fileName', message: error.message };
    const parts = [error.message, error.hint, ...(error.fieldErrors ?? []).map((f) => `${f.field}: ${f.message}`)];
    return { message: parts.filter(Boolean).join(' ') };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
