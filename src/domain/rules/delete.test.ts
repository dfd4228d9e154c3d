import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import {
  bobsImage,
  makeContext,
  makeImage,
  makeJob,
  makeMember,
  makeViewer,
  outcome,
  type Outcome,
} from '../test-fixtures';
import type { RuleContext } from './context';
import { canDelete, deleteViolations } from './delete';

interface Row {
  name: string;
  image?: Image;
  ctx?: Partial<RuleContext>;
}

function decide(row: Row) {
  return canDelete(row.image ?? makeImage(), makeViewer(), makeContext(row.ctx));
}

describe('canDelete allows', () => {
  it.each<Row & { guards: string }>([
    { guards: 'delete.owner', name: 'my own image' },
    {
      guards: 'delete.koogallery',
      name: 'an image not published in KooGallery',
      image: makeImage({ publishedInKooGallery: false }),
    },
    { guards: 'delete.in-progress', name: 'an abnormal image', image: makeImage({ status: 'killed' }) },
    {
      guards: 'delete.in-progress',
      name: 'an image whose export has finished',
      ctx: { jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'SUCCESS' })] },
    },
    {
      guards: 'delete.in-progress',
      name: 'an image while another image is exported',
      ctx: { jobs: [makeJob({ kind: 'export', sourceImageId: 'img-other', status: 'RUNNING' })] },
    },
    {
      guards: 'delete.in-progress',
      name: 'an image being replicated (the copy is what is being created)',
      ctx: { jobs: [makeJob({ kind: 'replicate-in-region', sourceImageId: 'img-0001' })] },
    },
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canDelete denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'an image published in KooGallery',
      image: makeImage({ publishedInKooGallery: true }),
      expected: {
        allowed: false,
        rule: 'delete.koogallery',
        reason: 'This image is published in KooGallery; published images cannot be deleted.',
      },
    },
    {
      name: 'an image shared with me',
      image: bobsImage(),
      ctx: { members: [makeMember({ status: 'accepted' })] },
      expected: {
        allowed: false,
        rule: 'delete.owner',
        reason: 'This image belongs to another tenant; only its owner can delete it.',
      },
    },
    {
      name: 'an image of another tenant not shared with me',
      image: bobsImage(),
      expected: {
        allowed: false,
        rule: 'delete.owner',
        reason: 'This image belongs to another tenant; only its owner can delete it.',
      },
    },
    {
      name: 'a queued image',
      image: makeImage({ status: 'queued' }),
      expected: {
        allowed: false,
        rule: 'delete.in-progress',
        reason: 'This image is still being created; it cannot be deleted until that finishes.',
      },
    },
    {
      name: 'a saving image',
      image: makeImage({ status: 'saving' }),
      expected: {
        allowed: false,
        rule: 'delete.in-progress',
        reason: 'This image is still being created; it cannot be deleted until that finishes.',
      },
    },
    {
      name: 'an image being exported',
      ctx: { jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'INIT' })] },
      expected: {
        allowed: false,
        rule: 'delete.in-progress',
        reason: 'This image is being exported; it cannot be deleted until that finishes.',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(decide(row))).toEqual(row.expected);
  });
});

describe('deleteViolations', () => {
  it('lists KooGallery before the running export', () => {
    const ctx = makeContext({ jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001' })] });
    const rules = deleteViolations(makeImage({ publishedInKooGallery: true }), makeViewer(), ctx).map((d) => d.rule);
    expect(rules).toEqual(['delete.koogallery', 'delete.in-progress']);
  });

  it('stops at ownership: nothing else is said of a stranger’s image', () => {
    const rules = deleteViolations(
      bobsImage({ publishedInKooGallery: true, status: 'saving' }),
      makeViewer(),
      makeContext(),
    );
    expect(rules.map((d) => d.rule)).toEqual(['delete.owner']);
  });
});
