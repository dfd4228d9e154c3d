import { describe, expect, it } from 'vitest';
import { canExport, type Image, type PublicImageRef, type RuleContext } from '../../domain';
import { makeContext, makeImage, makeJob, makeViewer } from '../../domain/test-fixtures';
import { exportImageBodySchema } from '../../domain/wire/export';
import { ApiError } from '../../api/client';
import { placeDenials, placeRefusal } from '../../components/form/use-rule-form';
import {
  defaultsOf,
  exportDenials,
  exportShape,
  inputOf,
  requestBodyOf,
  writtenFormat,
  type ExportFormValues,
} from './export-form';

interface Row {
  name: string;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  values?: Partial<ExportFormValues>;
  /** The field the first refusal lands on; undefined when the rules allow it. */
  field?: string;
  rule?: string;
}

const NORMAL: ExportFormValues = {
  bucket: 'ims-export-bj4',
  fileName: 'web.qcow2',
  format: 'qcow2',
  fastExport: false,
};
const FAST: Partial<ExportFormValues> = { fastExport: true, fileName: 'web.zvhd2' };
/** CN East-Shanghai1 keeps the 128 GB limit of normal export; CN North-Beijing4 lifts it. */
const SH1: Partial<Image> = { regionId: 'cn-east-3' };
const SH1_BUCKET: Partial<ExportFormValues> = { bucket: 'ims-export-sh1' };
const ENCRYPTED: Partial<Image> = { kmsKeyId: 'key-app-bj4' };
const base = (platform: PublicImageRef['platform'], name: string): Partial<Image> => ({
  publicImage: { id: `pub-${platform}`, name, platform },
  platform,
});

const ROWS: Row[] = [
  { name: 'a normal QCOW2 export to a Standard bucket of the region' },
  ...(['vmdk', 'vhd', 'zvhd'] as const).map((format) => ({ name: `normal export as ${format}`, values: { format } })),
  { name: 'fast export (ZVHD2), whatever format was chosen before', values: { ...FAST, format: 'vmdk' as const } },
  { name: 'an image being created', image: { status: 'saving' }, field: 'root', rule: 'export.status' },
  {
    name: 'an image being exported',
    ctx: { jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'RUNNING' })] },
    field: 'root',
    rule: 'export.status',
  },
  { name: 'normal export as ZVHD2', values: { format: 'zvhd2' }, field: 'format', rule: 'export.format' },
  { name: '1024 GB', image: { sizeGb: 1024 }, values: FAST, field: 'root', rule: 'export.max-size' },
  { name: '1023 GB with fast export', image: { ...SH1, sizeGb: 1023 }, values: { ...FAST, ...SH1_BUCKET } },
  {
    name: '200 GB without fast export in CN East-Shanghai1',
    image: { ...SH1, sizeGb: 200 },
    values: SH1_BUCKET,
    field: 'fastExport',
    rule: 'export.fast-only',
  },
  { name: '128 GB without fast export in CN East-Shanghai1', image: { ...SH1, sizeGb: 128 }, values: SH1_BUCKET },
  {
    name: '200 GB with fast export in CN East-Shanghai1',
    image: { ...SH1, sizeGb: 200 },
    values: { ...FAST, ...SH1_BUCKET },
  },
  { name: '200 GB without fast export in CN North-Beijing4 (lifted)', image: { sizeGb: 200 } },
  {
    name: 'encrypted with fast export',
    image: ENCRYPTED,
    values: FAST,
    field: 'fastExport',
    rule: 'export.fast-encrypted',
  },
  { name: 'encrypted without fast export', image: ENCRYPTED },
  {
    name: 'encrypted 200 GB where only fast export takes it',
    image: { ...SH1, sizeGb: 200, kmsKeyId: 'key-app-sh1' },
    values: { ...FAST, ...SH1_BUCKET },
    field: 'root',
    rule: 'export.fast-encrypted',
  },
  {
    name: 'a bucket of another storage class',
    values: { bucket: 'ims-archive-bj4' },
    field: 'bucket',
    rule: 'export.bucket',
  },
  { name: 'a bucket of another region', values: SH1_BUCKET, field: 'bucket', rule: 'export.bucket' },
  { name: 'no bucket', values: { bucket: '' }, field: 'bucket', rule: 'export.bucket' },
  {
    name: 'a file name the bucket already holds',
    values: { fileName: 'centos-7-web-2025.qcow2' },
    field: 'fileName',
    rule: 'export.bucket',
  },
  { name: 'a full-ECS image', image: { type: 'whole' }, field: 'root', rule: 'export.whole-image' },
  { name: 'an ISO image', image: { type: 'iso', diskFormat: 'iso' }, field: 'root', rule: 'export.iso' },
  ...(
    [
      ['Windows', 'Windows Server 2019 Datacenter 64bit'],
      ['SUSE', 'SUSE Linux Enterprise Server 15 SP4 64bit'],
      ['RedHat', 'Red Hat Enterprise Linux 8.4 64bit'],
      ['Oracle Linux', 'Oracle Linux 8.6 64bit'],
    ] as const
  ).map(([platform, name]) => ({
    name: `created from ${platform}`,
    image: base(platform, name),
    field: 'root',
    rule: 'export.licensed-os',
  })),
  {
    name: 'Ubuntu-based in CN South-Guangzhou',
    image: { ...base('Ubuntu', 'Ubuntu 22.04 server 64bit'), regionId: 'cn-south-1' },
    values: { bucket: 'ims-export-gz' },
    field: 'root',
    rule: 'export.licensed-os',
  },
  { name: 'Ubuntu-based in CN North-Beijing4', image: base('Ubuntu', 'Ubuntu 22.04 server 64bit') },
  { name: 'from a KooGallery image', image: { fromKooGallery: true }, field: 'root', rule: 'export.koogallery' },
];

describe('the Export form refuses exactly what canExport decides, on the field it names', () => {
  it.each(ROWS)('$name', (row) => {
    const image = makeImage(row.image);
    const viewer = makeViewer();
    const ctx = makeContext(row.ctx);
    const values = { ...NORMAL, ...row.values };

    const placed = [...placeDenials(values, exportDenials(image, viewer, ctx, values))];
    const decision = canExport(image, viewer, ctx, inputOf(values));

    expect(placed.length === 0).toBe(decision.allowed);
    expect(placed.length === 0).toBe(row.field === undefined);
    if (!decision.allowed) {
      const [place, denial] = placed[0] ?? [];
      expect(decision.rule).toBe(row.rule);
      expect(place).toBe(row.field);
      expect(denial?.rule).toBe(decision.rule);
      expect(denial?.reason).toBe(decision.reason);
    }
  });
});

describe('the form refuses, as its shape, the file names the export request refuses', () => {
  it.each<[string, string, string | undefined]>([
    ['a plain name', 'web.qcow2', undefined],
    ['a name in a folder', 'exports/2025/web.qcow2', undefined],
    ['255 characters', 'a'.repeat(255), undefined],
    ['an empty name', '', 'The file name is empty.'],
    ['a space', 'my image.qcow2', 'The file name contains a space; spaces are not allowed.'],
    ['256 characters', 'a'.repeat(256), 'The file name is 256 characters long; at most 255 are allowed.'],
    [
      'an asterisk',
      'a*b.qcow2',
      'The file name contains "*"; use letters, digits, hyphens (-), underscores (_), periods (.) or slashes (/).',
    ],
    ['a leading slash', '/web.qcow2', 'The file name starts with a slash.'],
  ])('%s', (_label, fileName, message) => {
    const values = { ...NORMAL, fileName };
    const wire = exportImageBodySchema.safeParse(requestBodyOf(values));
    expect(exportShape(values)).toEqual(message === undefined ? [] : [{ field: 'fileName', message }]);
    expect(wire.success).toBe(message === undefined);
  });
});

describe('export form', () => {
  it('defaults to the first bucket the rules accept, QCOW2 and the image name', () => {
    const image = makeImage();
    const ctx = makeContext({
      buckets: makeContext()
        .buckets.filter((b) => b.name !== 'ims-export-bj4')
        .concat(makeContext().buckets[0]!),
    });
    expect(defaultsOf(image, makeViewer(), ctx)).toEqual({
      bucket: 'ims-export-bj4',
      fileName: 'centos-7-web.qcow2',
      format: 'qcow2',
      fastExport: false,
    });
  });

  it('offers a file name the default bucket does not hold yet', () => {
    const image = makeImage();
    const [bucket] = makeContext().buckets;
    const holding = bucket && {
      ...bucket,
      objects: [
        ...bucket.objects,
        ...['centos-7-web.qcow2', 'centos-7-web-1.qcow2'].map((key) => ({ ...bucket.objects[0]!, key })),
      ],
    };
    const ctx = makeContext({ buckets: holding ? [holding] : [] });
    const defaults = defaultsOf(image, makeViewer(), ctx);
    expect(defaults.fileName).toBe('centos-7-web-2.qcow2');
    expect(exportDenials(image, makeViewer(), ctx, defaults)).toEqual([]);
  });

  it('turns fast export on when the image can go no other way', () => {
    const image = makeImage({ ...SH1, sizeGb: 200 });
    expect(defaultsOf(image, makeViewer(), makeContext())).toMatchObject({
      bucket: 'ims-export-sh1',
      fileName: 'centos-7-web.zvhd2',
      fastExport: true,
    });
    expect(defaultsOf(makeImage({ sizeGb: 200 }), makeViewer(), makeContext()).fastExport).toBe(false);
  });

  it('leaves the bucket empty when none is eligible', () => {
    const image = makeImage({ regionId: 'eu-west-101' });
    expect(defaultsOf(image, makeViewer(), makeContext()).bucket).toBe('');
  });

  it('sends the format for a normal export and only the flag for a fast one', () => {
    expect(requestBodyOf(NORMAL)).toEqual({ bucket_url: 'ims-export-bj4:web.qcow2', file_format: 'qcow2' });
    expect(requestBodyOf({ ...NORMAL, fastExport: true })).toEqual({
      bucket_url: 'ims-export-bj4:web.qcow2',
      is_quick_export: true,
    });
    expect(writtenFormat({ format: 'vhd', fastExport: true })).toBe('zvhd2');
    expect(inputOf({ ...NORMAL, fastExport: true })).toEqual({
      bucket: 'ims-export-bj4',
      fileName: 'web.qcow2',
      fastExport: true,
    });
  });

  it('puts a backend refusal on the field it names, or above the form', () => {
    const duplicate = new ApiError({ status: 400, code: 'IMG.0069', message: 'Taken.', field: 'fileName' });
    expect(placeRefusal(NORMAL, duplicate)).toEqual({ place: 'fileName', message: 'Taken.' });
    const malformed = new ApiError({
      status: 400,
      code: 'IMG.0001',
      message: 'Invalid request.',
      fieldErrors: [{ field: 'fileName', message: 'The file name contains a space.' }],
    });
    expect(placeRefusal(NORMAL, malformed)).toEqual({ place: 'fileName', message: 'Invalid request.' });
    const gone = new ApiError({ status: 404, code: 'IMG.0027', message: 'Gone.', hint: 'Reload.' });
    expect(placeRefusal(NORMAL, gone)).toEqual({ place: 'root', message: 'Gone. Reload.' });
  });
});
