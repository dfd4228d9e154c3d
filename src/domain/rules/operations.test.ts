import { describe, expect, it } from 'vitest';
import { bobsImage, makeContext, makeImage, makeJob, makeViewer, outcome } from '../test-fixtures';
import { can, partition, violations } from './batch';
import { canExport, exportViolations } from './export';
import { applyTagAction } from './tags';

describe('can', () => {
  it.each([
    { op: 'delete', image: makeImage({ publishedInKooGallery: true }), rule: 'delete.koogallery' },
    { op: 'share', image: makeImage({ kmsKeyId: 'key-app-bj4' }), rule: 'share.encrypted' },
    { op: 'modify', image: makeImage({ status: 'killed' }), rule: 'modify.status' },
    { op: 'export', image: makeImage({ type: 'iso', diskFormat: 'iso', publicImage: null }), rule: 'export.iso' },
    { op: 'replicate', image: makeImage({ status: 'saving' }), rule: 'replicate.status' },
    { op: 'tags', image: bobsImage(), rule: 'access.owner' },
    { op: 'launch', image: makeImage({ type: 'data' }), rule: 'launch.image-type' },
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

describe('partition', () => {
  const ok = makeImage({ id: 'img-ok', name: 'ok' });
  const published = makeImage({ id: 'img-koo', name: 'koo', publishedInKooGallery: true });
  const creating = makeImage({ id: 'img-new', name: 'new', status: 'saving' });
  const exporting = makeImage({ id: 'img-exp', name: 'exp' });
  const strangers = bobsImage();
  const ok2 = makeImage({ id: 'img-ok2', name: 'ok2', status: 'killed' });
  const ctx = makeContext({ jobs: [makeJob({ kind: 'export', sourceImageId: 'img-exp' })] });

  it('splits a delete batch into eligible images and skipped ones with their decisions', () => {
    const result = partition('delete', [ok, published, creating, exporting, strangers, ok2], makeViewer(), ctx);
    expect(result.eligible.map((i) => i.id)).toEqual(['img-ok', 'img-ok2']);
    expect(result.skipped.map(({ image, decision }) => [image.id, decision.rule, decision.reason])).toEqual([
      ['img-koo', 'delete.koogallery', 'This image is published in KooGallery; published images cannot be deleted.'],
      ['img-new', 'delete.in-progress', 'This image is still being created; it cannot be deleted until that finishes.'],
      ['img-exp', 'delete.in-progress', 'This image is being exported; it cannot be deleted until that finishes.'],
      ['img-bob-01', 'delete.owner', 'This image belongs to another tenant; only its owner can delete it.'],
    ]);
  });

  it('skips everything for a read-only viewer', () => {
    const result = partition('delete', [ok, ok2], makeViewer({ role: 'read-only' }), ctx);
    expect(result.eligible).toEqual([]);
    expect(result.skipped.map((s) => s.decision.rule)).toEqual(['access.read-only', 'access.read-only']);
  });

  it('asks each image with its own input', () => {
    const full = makeImage({
      id: 'img-full',
      tags: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: '' })),
    });
    const add = [{ key: 'team', value: 'web' }];
    const result = partition('tags', [ok, full], makeViewer(), makeContext(), (image) => ({
      tags: applyTagAction(image.tags, 'create', add),
    }));
    expect(result.eligible.map((i) => i.id)).toEqual(['img-ok']);
    expect(result.skipped.map((s) => [s.image.id, s.decision.rule, s.decision.reason])).toEqual([
      ['img-full', 'tags.limit', 'This would give the image 11 tags; at most 10 are allowed.'],
    ]);
  });

  it('returns an empty batch as empty', () => {
    expect(partition('replicate', [], makeViewer(), makeContext())).toEqual({ eligible: [], skipped: [] });
  });
});
