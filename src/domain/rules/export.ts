import { z } from 'zod';
import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import { IMAGE_STATUS_LABELS, isEncrypted, type Image } from '../model/image';
import { STORAGE_CLASS_LABELS, type Bucket } from '../model/services';
import { regionById, regionName } from '../regions';
import { deny, onField } from './catalogue';
import { keyName, type RuleContext } from './context';
import type { Decision, Denial, FieldOf, Warning } from './decision';
import { collect, decide, isBeingExported, owns, readOnly, type Denials } from './engine';

export const exportFormatSchema = z.enum(['vmdk', 'vhd', 'qcow2', 'zvhd', 'zvhd2']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
/** Formats a normal (not fast) export may write; fast export always writes ZVHD2. */
export const NORMAL_EXPORT_FORMATS: readonly ExportFormat[] = ['vmdk', 'vhd', 'qcow2', 'zvhd'];

export interface ExportInput {
  bucket: string;
  fileName: string;
  /** Absent with fast export, which writes ZVHD2. */
  format?: ExportFormat;
  fastExport: boolean;
}

/** The fields a denial of this operation may name: the input's own names. */
export type ExportField = FieldOf<ExportInput>;

const LICENSED_PLATFORMS = new Set(['Windows', 'SUSE', 'RedHat', 'Oracle Linux']);

/** The region lets this image be exported over 128 GB without fast export. */
export function regionLiftsFastOnly(image: Image): boolean {
  return regionById(image.regionId).capabilities.exportLargeWithoutFastExport;
}

/**
 * The export limits this image's region lifts for it. The catalogue promises the console says
 * where a region lifts a limit (export.fast-only, export.licensed-os); these are those sentences.
 */
export function exportRegionLifts(image: Image): Warning[] {
  const region = regionName(image.regionId);
  const lifts: Warning[] = [];
  const large = image.sizeGb > LIMITS.exportNormalMaxGb && image.sizeGb < LIMITS.exportMaxGbExclusive;
  if (large && regionLiftsFastOnly(image))
    lifts.push({
      rule: 'export.fast-only',
      reason: `${region} lifts the ${LIMITS.exportNormalMaxGb} GB limit of normal export: this ${image.sizeGb} GB image can also be exported without fast export.`,
    });
  const base = image.publicImage;
  if (base?.platform === 'Ubuntu' && regionById(image.regionId).capabilities.exportUbuntuDerived)
    lifts.push({
      rule: 'export.licensed-os',
      reason: `This image was created from the Ubuntu public image ${base.name}; ${region} allows exporting Ubuntu-based images.`,
    });
  return lifts;
}

function fastOnly(image: Image): boolean {
  return image.sizeGb > LIMITS.exportNormalMaxGb && !regionLiftsFastOnly(image);
}

/** Encrypted, under 1 TB, and only fast export would take it: refused before the dialog opens. */
function encryptedNeedsFast(image: Image): boolean {
  return isEncrypted(image) && image.sizeGb < LIMITS.exportMaxGbExclusive && fastOnly(image);
}

function* start(image: Image, viewer: Viewer, ctx: RuleContext): Denials<ExportField> {
  yield* readOnly(viewer);
  if (!owns(image, viewer)) {
    yield deny('access.owner');
    return;
  }
  if (image.status !== 'active') yield deny('export.status', { status: IMAGE_STATUS_LABELS[image.status] });
  else if (isBeingExported(image, ctx)) yield deny('export.status', { status: 'being exported' });
  if (image.type === 'whole') yield deny('export.whole-image');
  if (image.type === 'iso') yield deny('export.iso');
  const base = image.publicImage;
  if (base) {
    const ubuntuBlocked = base.platform === 'Ubuntu' && !regionById(image.regionId).capabilities.exportUbuntuDerived;
    if (LICENSED_PLATFORMS.has(base.platform) || ubuntuBlocked)
      yield deny('export.licensed-os', { platform: base.platform, publicImage: base.name });
  }
  if (image.fromKooGallery) yield deny('export.koogallery', { product: image.publicImage?.name ?? image.name });
  if (image.sizeGb >= LIMITS.exportMaxGbExclusive) yield deny('export.max-size', { sizeGb: image.sizeGb });
  else if (encryptedNeedsFast(image))
    yield deny('export.fast-encrypted', {
      key: keyName(ctx, image.kmsKeyId ?? ''),
      sizeGb: image.sizeGb,
      fastOnly: true,
    });
}

function* submitted(image: Image, ctx: RuleContext, input: ExportInput): Denials<ExportField> {
  // When start already refused for encryption, saying it again would list the rule twice.
  if (input.fastExport && isEncrypted(image) && !encryptedNeedsFast(image))
    yield onField(
      deny('export.fast-encrypted', {
        key: keyName(ctx, image.kmsKeyId ?? ''),
        sizeGb: image.sizeGb,
        fastOnly: fastOnly(image),
      }),
      'fastExport',
    );
  if (!input.fastExport && fastOnly(image))
    yield onField(deny('export.fast-only', { sizeGb: image.sizeGb }), 'fastExport');
  if (input.fastExport) {
    if (input.format !== undefined && input.format !== 'zvhd2')
      yield onField(
        deny('export.format', {
          format: input.format.toUpperCase(),
          problem: 'cannot be written by fast export, which writes ZVHD2',
        }),
        'format',
      );
  } else if (input.format === undefined)
    yield onField(deny('export.format', { format: '(none)', problem: 'is missing; choose a file format' }), 'format');
  else if (!NORMAL_EXPORT_FORMATS.includes(input.format))
    yield onField(
      deny('export.format', { format: input.format.toUpperCase(), problem: 'is written only by fast export' }),
      'format',
    );
  yield* bucketDenials(image, ctx, input);
}

function* bucketDenials(image: Image, ctx: RuleContext, input: ExportInput): Denials<ExportField> {
  const bucket = ctx.buckets.find((b) => b.name === input.bucket);
  if (!bucket) {
    yield onField(deny('export.bucket', { bucket: input.bucket, problem: 'does not exist or is not yours' }), 'bucket');
    return;
  }
  if (bucket.regionId !== image.regionId)
    yield onField(
      deny('export.bucket', {
        bucket: bucket.name,
        problem: `is in ${regionName(bucket.regionId)}; images are exported only to a bucket in their own region (${regionName(image.regionId)})`,
      }),
      'bucket',
    );
  if (bucket.storageClass !== 'STANDARD')
    yield onField(
      deny('export.bucket', {
        bucket: bucket.name,
        problem: `is of ${STORAGE_CLASS_LABELS[bucket.storageClass]} storage class; only Standard buckets take exports`,
      }),
      'bucket',
    );
  if (bucket.objects.some((o) => o.key === input.fileName))
    yield onField(
      deny('export.bucket', { bucket: bucket.name, problem: `already holds a file named ${input.fileName}` }),
      'fileName',
    );
}

/**
 * The file name the export dialog offers: `<image>.<format>`, else `<image>-1.<format>`,
 * `<image>-2.<format>`, ... the first one the bucket does not hold yet (export.bucket refuses a
 * name it holds), so the dialog never opens refused by its own default.
 */
export function proposeExportFileName(
  imageName: string,
  format: ExportFormat,
  bucket: Pick<Bucket, 'objects'> | undefined,
): string {
  const taken = new Set(bucket?.objects.map((o) => o.key) ?? []);
  const nameOf = (n: number) => `${imageName}${n === 0 ? '' : `-${n}`}.${format}`;
  let n = 0;
  while (taken.has(nameOf(n))) n += 1;
  return nameOf(n);
}

function* denials(image: Image, viewer: Viewer, ctx: RuleContext, input?: ExportInput): Denials<ExportField> {
  yield* start(image, viewer, ctx);
  if (input) yield* submitted(image, ctx, input);
}

export function canExport(image: Image, viewer: Viewer, ctx: RuleContext, input?: ExportInput): Decision<ExportField> {
  return decide(denials(image, viewer, ctx, input));
}

export function exportViolations(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: ExportInput,
): Denial<ExportField>[] {
  return collect(denials(image, viewer, ctx, input));
}
