import {
  exportViolations,
  proposeExportFileName,
  type Denial,
  type ExportField,
  type ExportFormat,
  type ExportInput,
  type Image,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { exportFileNameProblem, type ExportImageBody } from '../../domain/wire/export';
import type { ShapeProblem } from '../../components/form/use-rule-form';

/**
 * What the dialog edits, under the domain input's names. `format` is kept while fast export is on
 * (which writes ZVHD2) so it comes back when fast export is turned off.
 */
export interface ExportFormValues {
  bucket: string;
  fileName: string;
  format: ExportFormat;
  fastExport: boolean;
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

export function inputOf(values: ExportFormValues): ExportInput {
  return {
    bucket: values.bucket,
    fileName: values.fileName,
    fastExport: values.fastExport,
    ...(values.fastExport ? {} : { format: values.format }),
  };
}

/** The export.* refusals of the values, each on the field of the same name. */
export function exportDenials(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  values: ExportFormValues,
): Denial<ExportField>[] {
  return exportViolations(image, viewer, ctx, inputOf(values));
}

/** The file name must also be an OBS object name the export request takes; no rule owns that. */
export function exportShape(values: ExportFormValues): ShapeProblem<ExportFormValues>[] {
  const problem = exportFileNameProblem(values.fileName);
  return problem === undefined ? [] : [{ field: 'fileName', message: problem }];
}

/**
 * Defaults the rules allow where they can: fast export on when the image can go no other way,
 * the first bucket the rules accept, and a file name that bucket does not hold yet.
 */
export function defaultsOf(image: Image, viewer: Viewer, ctx: RuleContext): ExportFormValues {
  const draft: ExportFormValues = { bucket: '', fileName: '', format: 'qcow2', fastExport: false };
  const fastExport = exportDenials(image, viewer, ctx, draft).some((d) => d.rule === 'export.fast-only');
  const bucket =
    ctx.buckets.find(
      (b) => !exportDenials(image, viewer, ctx, { ...draft, bucket: b.name }).some((d) => d.field === 'bucket'),
    )?.name ?? '';
  const fileName = proposeExportFileName(
    image.name,
    fastExport ? 'zvhd2' : 'qcow2',
    ctx.buckets.find((b) => b.name === bucket),
  );
  return { bucket, fileName, format: 'qcow2', fastExport };
}

export function requestBodyOf(values: ExportFormValues): ExportImageBody {
  const bucket_url = `${values.bucket}:${values.fileName}`;
  return values.fastExport ? { bucket_url, is_quick_export: true } : { bucket_url, file_format: values.format };
}
