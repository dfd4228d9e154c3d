import { describe, expect, it } from 'vitest';
import type { Image, PublicImageRef } from '../model/image';
import { makeBucket, makeContext, makeImage, makeJob, makeViewer, outcome, type Outcome } from '../test-fixtures';
import type { RuleContext } from './context';
import {
  canExport,
  exportRegionLifts,
  exportViolations,
  NORMAL_EXPORT_FORMATS,
  proposeExportFileName,
  type ExportFormat,
  type ExportInput,
} from './export';

const NORMAL: ExportInput = {
  bucket: 'ims-export-bj4',
  fileName: 'centos-7-web.qcow2',
  format: 'qcow2',
  fastExport: false,
};
const FAST: ExportInput = { bucket: 'ims-export-bj4', fileName: 'centos-7-web.zvhd2', fastExport: true };
/** CN East-Shanghai1 keeps the 128 GB fast-export-only limit. */
const SH1: Partial<Image> = { regionId: 'cn-east-3' };
const NORMAL_SH1: ExportInput = { ...NORMAL, bucket: 'ims-export-sh1' };
const FAST_SH1: ExportInput = { ...FAST, bucket: 'ims-export-sh1' };

const base = (platform: PublicImageRef['platform'], name: string): Partial<Image> => ({
  publicImage: { id: `pub-${platform}`, name, platform },
  platform,
});

interface Row {
  name: string;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  input?: ExportInput;
}

function decide(row: Row) {
  return canExport(makeImage(row.image), makeViewer(), makeContext(row.ctx), row.input);
}

describe('canExport allows', () => {
  it.each<Row & { guards: string }>([
    { guards: 'export.status', name: 'an active image (menu)' },
    {
      guards: 'export.status',
      name: 'an image whose previous export has finished',
      ctx: { jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'SUCCESS' })] },
      input: NORMAL,
    },
    ...NORMAL_EXPORT_FORMATS.map((format) => ({
      guards: 'export.format',
      name: `normal export as ${format}`,
      input: { ...NORMAL, format, fileName: `web.${format}` },
    })),
    { guards: 'export.format', name: 'fast export with no format (ZVHD2)', input: FAST },
    { guards: 'export.format', name: 'fast export as ZVHD2', input: { ...FAST, format: 'zvhd2' } },
    { guards: 'export.max-size', name: '1023 GB with fast export', image: { ...SH1, sizeGb: 1023 }, input: FAST_SH1 },
    {
      guards: 'export.fast-only',
      name: 'exactly 128 GB without fast export',
      image: { ...SH1, sizeGb: 128 },
      input: NORMAL_SH1,
    },
    { guards: 'export.fast-only', name: '200 GB with fast export', image: { ...SH1, sizeGb: 200 }, input: FAST_SH1 },
    {
      guards: 'export.fast-encrypted',
      name: 'an encrypted 100 GB image without fast export',
      image: { sizeGb: 100, kmsKeyId: 'key-app-bj4' },
      input: NORMAL,
    },
    {
      guards: 'export.fast-encrypted',
      name: 'an encrypted 200 GB image without fast export where the region lifts the limit',
      image: { sizeGb: 200, kmsKeyId: 'key-app-bj4' },
      input: NORMAL,
    },
    { guards: 'export.bucket', name: 'a Standard bucket of the region and a new file name', input: NORMAL },
    { guards: 'export.whole-image', name: 'a data disk image', image: { type: 'data' }, input: NORMAL },
    {
      guards: 'export.iso',
      name: 'a system disk image made from an ISO-built ECS',
      image: { type: 'system' },
      input: NORMAL,
    },
    { guards: 'export.licensed-os', name: 'a CentOS-derived image', input: NORMAL },
    {
      guards: 'export.licensed-os',
      name: 'an imported image with no public base',
      image: { publicImage: null },
      input: NORMAL,
    },
    {
      guards: 'export.licensed-os',
      name: 'an Ubuntu-derived image in CN North-Beijing4',
      image: base('Ubuntu', 'Ubuntu 22.04 server 64bit'),
      input: NORMAL,
    },
    {
      guards: 'export.koogallery',
      name: 'an image not from KooGallery',
      image: { fromKooGallery: false },
      input: NORMAL,
    },
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canExport denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'an image being created',
      image: { status: 'saving' },
      expected: {
        allowed: false,
        rule: 'export.status',
        reason: 'This image is Creating; only Normal images can be exported.',
      },
    },
    {
      name: 'an image being exported',
      ctx: { jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'RUNNING' })] },
      expected: {
        allowed: false,
        rule: 'export.status',
        reason: 'This image is being exported; only Normal images can be exported.',
      },
    },
    {
      name: 'fast export as VMDK',
      input: { ...FAST, format: 'vmdk' },
      expected: {
        allowed: false,
        rule: 'export.format',
        reason: 'The format VMDK cannot be written by fast export, which writes ZVHD2.',
        field: 'format',
      },
    },
    {
      name: 'normal export as ZVHD2',
      input: { ...NORMAL, format: 'zvhd2' },
      expected: {
        allowed: false,
        rule: 'export.format',
        reason: 'The format ZVHD2 is written only by fast export.',
        field: 'format',
      },
    },
    {
      name: 'normal export with no format',
      input: { bucket: 'ims-export-bj4', fileName: 'web.img', fastExport: false },
      expected: {
        allowed: false,
        rule: 'export.format',
        reason: 'The format (none) is missing; choose a file format.',
        field: 'format',
      },
    },
    {
      name: 'a 1024 GB image',
      image: { sizeGb: 1024 },
      expected: {
        allowed: false,
        rule: 'export.max-size',
        reason: 'This image is 1024 GB; only images under 1 TB can be exported.',
      },
    },
    {
      name: '129 GB without fast export in CN East-Shanghai1',
      image: { ...SH1, sizeGb: 129 },
      input: NORMAL_SH1,
      expected: {
        allowed: false,
        rule: 'export.fast-only',
        reason: 'This image is 129 GB; images over 128 GB can only be exported with fast export in this region.',
        field: 'fastExport',
      },
    },
    {
      name: 'an encrypted image with fast export',
      image: { kmsKeyId: 'key-app-bj4' },
      input: FAST,
      expected: {
        allowed: false,
        rule: 'export.fast-encrypted',
        reason: 'This image is encrypted with KMS key app-data; encrypted images cannot use fast export.',
        field: 'fastExport',
      },
    },
    {
      // Over 128 GB here only fast export works, so the image cannot be exported at all.
      name: 'an encrypted 200 GB image in CN East-Shanghai1 (menu)',
      image: { ...SH1, sizeGb: 200, kmsKeyId: 'key-app-sh1' },
      expected: {
        allowed: false,
        rule: 'export.fast-encrypted',
        reason:
          'This image is encrypted with KMS key app-data-sh1 and is 200 GB; over 128 GB only fast export works, and encrypted images cannot use it.',
      },
    },
    {
      // CN North-Beijing4 exports large images without fast export: turning it off is the way out.
      name: 'an encrypted 200 GB image with fast export where the region lifts the limit',
      image: { sizeGb: 200, kmsKeyId: 'key-app-bj4' },
      input: FAST,
      expected: {
        allowed: false,
        rule: 'export.fast-encrypted',
        reason: 'This image is encrypted with KMS key app-data; encrypted images cannot use fast export.',
        field: 'fastExport',
      },
    },
    {
      name: 'a bucket that does not exist',
      input: { ...NORMAL, bucket: 'nope' },
      expected: {
        allowed: false,
        rule: 'export.bucket',
        reason: 'Bucket nope does not exist or is not yours.',
        field: 'bucket',
      },
    },
    {
      name: 'a bucket in another region',
      input: NORMAL_SH1,
      expected: {
        allowed: false,
        rule: 'export.bucket',
        reason:
          'Bucket ims-export-sh1 is in CN East-Shanghai1; images are exported only to a bucket in their own region (CN North-Beijing4).',
        field: 'bucket',
      },
    },
    {
      name: 'an Infrequent Access bucket',
      input: { ...NORMAL, bucket: 'ims-archive-bj4' },
      expected: {
        allowed: false,
        rule: 'export.bucket',
        reason: 'Bucket ims-archive-bj4 is of Infrequent Access storage class; only Standard buckets take exports.',
        field: 'bucket',
      },
    },
    {
      name: 'a file name already in the bucket',
      input: { ...NORMAL, fileName: 'centos-7-web-2025.qcow2' },
      expected: {
        allowed: false,
        rule: 'export.bucket',
        reason: 'Bucket ims-export-bj4 already holds a file named centos-7-web-2025.qcow2.',
        field: 'fileName',
      },
    },
    {
      name: 'a full-ECS image',
      image: { type: 'whole' },
      expected: {
        allowed: false,
        rule: 'export.whole-image',
        reason: 'This is a full-ECS image; full-ECS images cannot be exported.',
      },
    },
    {
      name: 'an ISO image',
      image: { type: 'iso', diskFormat: 'iso', publicImage: null },
      expected: { allowed: false, rule: 'export.iso', reason: 'This is an ISO image; ISO images cannot be exported.' },
    },
    {
      name: 'a Windows-derived image',
      image: { ...base('Windows', 'Windows Server 2019 Datacenter 64bit English'), osType: 'Windows' },
      expected: {
        allowed: false,
        rule: 'export.licensed-os',
        reason:
          'This image was created from the Windows public image Windows Server 2019 Datacenter 64bit English; it cannot be exported.',
      },
    },
    {
      name: 'a SUSE-derived image',
      image: base('SUSE', 'SUSE Linux Enterprise Server 15 SP4 64bit'),
      expected: {
        allowed: false,
        rule: 'export.licensed-os',
        reason:
          'This image was created from the SUSE public image SUSE Linux Enterprise Server 15 SP4 64bit; it cannot be exported.',
      },
    },
    {
      name: 'a Red Hat-derived image',
      image: base('RedHat', 'Red Hat Enterprise Linux 8.4 64bit'),
      expected: {
        allowed: false,
        rule: 'export.licensed-os',
        reason:
          'This image was created from the RedHat public image Red Hat Enterprise Linux 8.4 64bit; it cannot be exported.',
      },
    },
    {
      name: 'an Oracle Linux-derived image',
      image: base('Oracle Linux', 'Oracle Linux 8.6 64bit'),
      expected: {
        allowed: false,
        rule: 'export.licensed-os',
        reason:
          'This image was created from the Oracle Linux public image Oracle Linux 8.6 64bit; it cannot be exported.',
      },
    },
    {
      name: 'an Ubuntu-derived image in CN South-Guangzhou',
      image: { ...base('Ubuntu', 'Ubuntu 22.04 server 64bit'), regionId: 'cn-south-1' },
      expected: {
        allowed: false,
        rule: 'export.licensed-os',
        reason:
          'This image was created from the Ubuntu public image Ubuntu 22.04 server 64bit; it cannot be exported in this region.',
      },
    },
    {
      name: 'a KooGallery-derived image',
      image: { fromKooGallery: true, publicImage: { id: 'kg-wp', name: 'WordPress 6 on CentOS', platform: 'CentOS' } },
      expected: {
        allowed: false,
        rule: 'export.koogallery',
        reason: 'This image was created from the KooGallery image WordPress 6 on CentOS; it cannot be exported.',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(decide(row))).toEqual(row.expected);
  });

  it('tells an encrypted image over 128 GB where only fast export works to replicate first', () => {
    const decision = decide({ name: 'hint', image: { ...SH1, sizeGb: 200, kmsKeyId: 'key-app-sh1' } });
    expect(decision.allowed ? undefined : decision.hint).toBe(
      'Replicate it to an unencrypted copy within the region, then export the copy.',
    );
  });

  it('tells an encrypted image where normal export works to turn fast export off', () => {
    const decision = decide({ name: 'hint', image: { sizeGb: 200, kmsKeyId: 'key-app-bj4' }, input: FAST });
    expect(decision.allowed ? undefined : decision.hint).toBe('Turn off fast export.');
  });
});

describe('exportViolations', () => {
  const kooWhole = makeImage({
    name: 'erp-full',
    type: 'whole',
    sizeGb: 1536,
    kmsKeyId: 'key-app-bj4',
    fromKooGallery: true,
    publicImage: null,
  });

  it('a KooGallery-derived encrypted 1.5 TB full-ECS image gets every start refusal, in order', () => {
    expect(exportViolations(kooWhole, makeViewer(), makeContext()).map((d) => [d.rule, d.reason])).toEqual([
      ['export.whole-image', 'This is a full-ECS image; full-ECS images cannot be exported.'],
      ['export.koogallery', 'This image was created from the KooGallery image erp-full; it cannot be exported.'],
      ['export.max-size', 'This image is 1536 GB; only images under 1 TB can be exported.'],
    ]);
  });

  it('adds the dialog refusals after the start refusals', () => {
    const rules = exportViolations(kooWhole, makeViewer(), makeContext(), {
      ...FAST,
      format: 'vmdk',
      bucket: 'ims-archive-bj4',
    });
    expect(rules.map((d) => d.rule)).toEqual([
      'export.whole-image',
      'export.koogallery',
      'export.max-size',
      'export.fast-encrypted',
      'export.format',
      'export.bucket',
    ]);
  });

  it('names each failing rule once', () => {
    const image = makeImage({ ...SH1, sizeGb: 200, kmsKeyId: 'key-app-sh1' });
    const rules = exportViolations(image, makeViewer(), makeContext(), FAST_SH1).map((d) => d.rule);
    expect(rules).toEqual(['export.fast-encrypted']);
  });
});

describe('exportRegionLifts says where a region lifts a limit', () => {
  const UBUNTU = base('Ubuntu', 'Ubuntu 22.04 server 64bit');
  it.each<{ name: string; image: Partial<Image>; expected: [string, string][] }>([
    {
      name: '200 GB in CN North-Beijing4 (lifts fast-only)',
      image: { sizeGb: 200 },
      expected: [
        [
          'export.fast-only',
          'CN North-Beijing4 lifts the 128 GB limit of normal export: this 200 GB image can also be exported without fast export.',
        ],
      ],
    },
    { name: '128 GB in CN North-Beijing4 (no limit to lift)', image: { sizeGb: 128 }, expected: [] },
    { name: '1024 GB in CN North-Beijing4 (cannot be exported at all)', image: { sizeGb: 1024 }, expected: [] },
    { name: '200 GB in CN East-Shanghai1 (keeps fast-only)', image: { ...SH1, sizeGb: 200 }, expected: [] },
    {
      name: 'Ubuntu-based in CN East-Shanghai1 (allows Ubuntu)',
      image: { ...UBUNTU, ...SH1 },
      expected: [
        [
          'export.licensed-os',
          'This image was created from the Ubuntu public image Ubuntu 22.04 server 64bit; CN East-Shanghai1 allows exporting Ubuntu-based images.',
        ],
      ],
    },
    {
      name: 'Ubuntu-based in CN South-Guangzhou (refuses Ubuntu)',
      image: { ...UBUNTU, regionId: 'cn-south-1' },
      expected: [],
    },
    { name: 'CentOS-based (nothing to lift)', image: {}, expected: [] },
    {
      name: 'a 300 GB Ubuntu-based image in CN North-Beijing4 (both)',
      image: { ...UBUNTU, sizeGb: 300 },
      expected: [
        [
          'export.fast-only',
          'CN North-Beijing4 lifts the 128 GB limit of normal export: this 300 GB image can also be exported without fast export.',
        ],
        [
          'export.licensed-os',
          'This image was created from the Ubuntu public image Ubuntu 22.04 server 64bit; CN North-Beijing4 allows exporting Ubuntu-based images.',
        ],
      ],
    },
  ])('$name', ({ image, expected }) => {
    expect(exportRegionLifts(makeImage(image)).map((w) => [w.rule, w.reason])).toEqual(expected);
  });
});

describe('proposeExportFileName offers the first name the bucket does not hold', () => {
  const FILE = { sizeGb: 40, format: 'qcow2', createdAt: '2025-10-01T08:00:00Z', exportedFromImageId: null } as const;
  const holding = (...keys: string[]) => makeBucket({ objects: keys.map((key) => ({ ...FILE, key })) });
  it.each<[string, ExportFormat, ReturnType<typeof makeBucket> | undefined, string]>([
    ['an empty bucket', 'qcow2', holding(), 'web.qcow2'],
    ['no bucket chosen yet', 'qcow2', undefined, 'web.qcow2'],
    ['a bucket holding other files', 'qcow2', holding('db.qcow2', 'web.vmdk'), 'web.qcow2'],
    ['a bucket holding the name', 'qcow2', holding('web.qcow2'), 'web-1.qcow2'],
    ['a bucket holding the name and -1', 'qcow2', holding('web.qcow2', 'web-1.qcow2'), 'web-2.qcow2'],
    ['a gap after -1', 'vmdk', holding('web.vmdk', 'web-1.vmdk', 'web-3.vmdk'), 'web-2.vmdk'],
    ['another format of the same name', 'zvhd2', holding('web.qcow2'), 'web.zvhd2'],
  ])('%s', (_, format, bucket, expected) => {
    expect(proposeExportFileName('web', format, bucket)).toBe(expected);
  });

  it('proposes a name export.bucket accepts where the default is already taken', () => {
    const bucket = holding('centos-7-web.qcow2');
    const fileName = proposeExportFileName('centos-7-web', 'qcow2', bucket);
    const ctx = makeContext({ buckets: [bucket] });
    const taken = exportViolations(makeImage(), makeViewer(), ctx, { ...NORMAL, fileName: 'centos-7-web.qcow2' });
    expect(taken.map((d) => [d.rule, d.field, d.reason])).toEqual([
      ['export.bucket', 'fileName', 'Bucket ims-export-bj4 already holds a file named centos-7-web.qcow2.'],
    ]);
    expect(canExport(makeImage(), makeViewer(), ctx, { ...NORMAL, fileName })).toEqual({ allowed: true });
  });
});
