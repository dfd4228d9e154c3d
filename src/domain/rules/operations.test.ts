import { describe, expect, it } from 'vitest';
import { bobsImage, makeContext, makeImage, makeViewer, outcome } from '../test-fixtures';
import { canExport, exportViolations } from './export';
import { can, violations } from './operations';

describe('can', () => {
  it.each([
    { op: 'delete', image: makeImage({ publishedInKooGallery: true }), rule: 'delete.koogallery' },
    { op: 'share', image: makeImage({ kmsKeyId: 'key-app-bj4' }), rule: 'share.encrypted' },
    { op: 'modify', image: makeImage({ status: 'killed' }), rule: 'modify.status' },
    { op: 'export', image: makeImage({ type: 'iso', diskFormat: 'iso', publicImage: null }), rule: 'export.iso' },
    { op: 'replicate', image: makeImage({ status: 'saving' }), rule: 'replicate.status' },
    { op: 'tags', image: bobsImage(), rule: 'access.owner' },
    { op: 'launch', image: makeImage({ status: 'killed' }), rule: 'launch.status' },
    { op: 'accept', image: bobsImage(), rule: 'received.accept' },
  ] as const)('routes $op to its rules', ({ op, image, rule }) => {
    expect(outcome(can(op, image, makeViewer(), makeContext()))).toMatchObject({ allowed: false, rule });
  });

  it('passes the dialog input through', () => {
    const input = { bucket: 'ims-export-bj4', fileName: 'a.vmdk', format: 'vmdk', fastExport: true } as const;
    const image = makeImage();
    expect(can('export', image, makeViewer(), makeContext(), input)).toEqual(
      canExport(image, makeViewer(), makeContext(), input),
    );
    expect(outcome(can('export', image, makeViewer(), makeContext(), input))).toMatchObject({ rule: 'export.format' });
  });
});

describe('violations', () => {
  it('returns every failing export rule of a KooGallery-derived encrypted 1.5 TB full-ECS image, in order', () => {
    const image = makeImage({
      name: 'erp-full',
      type: 'whole',
      sizeGb: 1536,
      kmsKeyId: 'key-app-bj4',
      fromKooGallery: true,
      publicImage: { id: 'kg-erp', name: 'ERP Suite 9 (KooGallery)', platform: 'Windows' },
    });
    const found = violations('export', image, makeViewer(), makeContext());
    expect(found.map((d) => d.rule)).toEqual([
      'export.whole-image',
      'export.licensed-os',
      'export.koogallery',
      'export.max-size',
    ]);
    expect(found).toEqual(exportViolations(image, makeViewer(), makeContext()));
  });

  it('is empty when the operation is allowed', () => {
    expect(violations('delete', makeImage(), makeViewer(), makeContext())).toEqual([]);
  });

  it('leaves advisories out', () => {
    const found = violations('launch', makeImage(), makeViewer(), makeContext(), {
      target: 'ecs',
      regionId: 'cn-north-4',
      architecture: 'x86',
      memoryGb: 4,
      flavorName: 's6.medium.2',
      heterogeneous: false,
      count: 150,
    });
    expect(found).toEqual([]);
  });
});
