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
import { canDelete, deleteConfirmation, deleteImpact, deleteViolations, type DeleteImpact } from './delete';

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
    {
      // An answer without the mock's lineage attributes (SDK-only): unknown, so the server decides.
      guards: 'delete.koogallery',
      name: 'an image whose answer does not say whether it is published in KooGallery',
      image: makeImage({ publishedInKooGallery: null }),
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

const shareOf = (projectId: string, status: 'pending' | 'accepted' | 'rejected' = 'accepted') =>
  makeMember({ imageId: 'img-0001', projectId, status });

describe('deleteImpact', () => {
  it.each<{ name: string; image: Image; members: ReturnType<typeof makeMember>[]; expected: DeleteImpact }>([
    {
      name: 'a system disk image shared with nobody',
      image: makeImage(),
      members: [],
      expected: { projectsLosingIt: 0, confirmByName: false },
    },
    {
      name: 'a data disk image shared with nobody',
      image: makeImage({ type: 'data' }),
      members: [],
      expected: { projectsLosingIt: 0, confirmByName: false },
    },
    {
      name: 'members of another image only',
      image: makeImage(),
      members: [makeMember({ imageId: 'img-other', projectId: 'p1' })],
      expected: { projectsLosingIt: 0, confirmByName: false },
    },
    {
      name: 'an image shared with one project',
      image: makeImage(),
      members: [shareOf('p1')],
      expected: { projectsLosingIt: 1, confirmByName: true },
    },
    {
      name: 'pending, accepted and rejected members all lose it',
      image: makeImage(),
      members: [shareOf('p1', 'pending'), shareOf('p2', 'accepted'), shareOf('p3', 'rejected')],
      expected: { projectsLosingIt: 3, confirmByName: true },
    },
    {
      name: 'a project listed twice counts once',
      image: makeImage(),
      members: [shareOf('p1'), shareOf('p1')],
      expected: { projectsLosingIt: 1, confirmByName: true },
    },
    {
      name: 'a full-ECS image shared with nobody',
      image: makeImage({ type: 'whole' }),
      members: [],
      expected: { projectsLosingIt: 0, confirmByName: true },
    },
  ])('$name', ({ image, members, expected }) => {
    expect(deleteImpact(image, members)).toEqual(expected);
  });
});

describe('deleteConfirmation', () => {
  const image = makeImage({ name: 'web-01' });
  const asks: DeleteImpact = { projectsLosingIt: 2, confirmByName: true };
  const HINT = 'Type web-01 exactly.';

  it.each<{ name: string; impact: DeleteImpact; typed: string }>([
    {
      name: 'no confirmation asked: nothing typed is enough',
      impact: { projectsLosingIt: 0, confirmByName: false },
      typed: '',
    },
    { name: 'the name typed exactly', impact: asks, typed: 'web-01' },
    { name: 'the name with the spaces a copy brings', impact: asks, typed: '  web-01 ' },
  ])('confirmed: $name', ({ impact, typed }) => {
    expect(deleteConfirmation(image, impact, typed)).toEqual({ confirmed: true });
  });

  it.each<{ name: string; typed: string; reason: string }>([
    { name: 'nothing typed', typed: '', reason: 'Type the image name to confirm the deletion.' },
    { name: 'only spaces', typed: '   ', reason: 'Type the image name to confirm the deletion.' },
    { name: 'a part of the name', typed: 'web', reason: '“web” is not the image name.' },
    { name: 'another case', typed: 'WEB-01', reason: '“WEB-01” is not the image name.' },
  ])('held: $name', ({ typed, reason }) => {
    expect(deleteConfirmation(image, asks, typed)).toEqual({ confirmed: false, reason, hint: HINT });
  });
});
