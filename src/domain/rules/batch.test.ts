import { describe, expect, it } from 'vitest';
import { bobsImage, makeContext, makeImage, makeJob, makeViewer } from '../test-fixtures';
import { partition } from './batch';
import { applyTagAction } from './tags';

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
