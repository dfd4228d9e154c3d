import { describe, expect, it } from 'vitest';
import { partition, type DeleteImpact, type Image, type ImageType } from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import { deleteButtonLabel, impactSentences, outcomeSummary, preflightSummary } from './delete-preflight';

const ok = (id: string) => makeImage({ id, name: id });
const published = (id: string) => makeImage({ id, name: id, publishedInKooGallery: true });
const creating = (id: string) => makeImage({ id, name: id, status: 'saving' });

function summaryOf(images: Image[]) {
  return preflightSummary(partition('delete', images, makeViewer(), makeContext()));
}

describe('preflightSummary', () => {
  it.each<[string, Image[], string]>([
    [
      '3 eligible and 2 skipped',
      [ok('a'), published('b'), ok('c'), creating('d'), ok('e')],
      '5 selected: 3 will be deleted, 2 skipped',
    ],
    ['all eligible', [ok('a'), ok('b')], '2 selected: all 2 will be deleted'],
    ['none eligible', [published('a'), creating('b')], '2 selected: none can be deleted, 2 skipped'],
    ['one eligible', [ok('a')], '1 selected: all 1 will be deleted'],
  ])('%s', (_, images, text) => {
    expect(summaryOf(images)).toBe(text);
  });

  it('names each skipped image with the rule that refuses it', () => {
    const result = partition('delete', [ok('a'), published('b')], makeViewer(), makeContext());
    expect(result.skipped.map((s) => [s.image.id, s.decision.rule])).toEqual([['b', 'delete.koogallery']]);
  });
});

describe('deleteButtonLabel', () => {
  it.each([
    [1, 'Delete'],
    [0, 'Delete'],
    [3, 'Delete 3 images'],
  ])('%i → %s', (count, label) => {
    expect(deleteButtonLabel(count)).toBe(label);
  });
});

describe('outcomeSummary', () => {
  it.each<[string, Parameters<typeof outcomeSummary>, string]>([
    ['one deleted', [[{ status: 'done' }], 'web-01'], 'Image web-01 deleted'],
    ['one failed', [[{ status: 'failed', reason: 'x' }], 'web-01'], 'Image web-01 was not deleted'],
    ['all deleted', [[{ status: 'done' }, { status: 'done' }]], '2 images deleted'],
    ['some failed', [[{ status: 'done' }, { status: 'failed', reason: 'x' }]], '1 image deleted; 1 failed'],
    [
      'all failed',
      [
        [
          { status: 'failed', reason: 'x' },
          { status: 'failed', reason: 'y' },
        ],
      ],
      'No images deleted; 2 failed',
    ],
  ])('%s', (_, args, text) => {
    expect(outcomeSummary(...args)).toBe(text);
  });
});

describe('impactSentences', () => {
  const impact = (projectsLosingIt: number): DeleteImpact => ({ projectsLosingIt, confirmByName: true });
  it.each<[string, DeleteImpact, ImageType, string[]]>([
    ['shared with nobody', { projectsLosingIt: 0, confirmByName: false }, 'system', []],
    ['shared with one project', impact(1), 'system', ['It is shared with 1 project; it loses the image too.']],
    ['shared with three projects', impact(3), 'data', ['It is shared with 3 projects; they lose the image too.']],
    ['a full-ECS image', impact(0), 'whole', ['It is a full-ECS image: the system and data disks of a server in one.']],
    [
      'a shared full-ECS image',
      impact(2),
      'whole',
      [
        'It is shared with 2 projects; they lose the image too.',
        'It is a full-ECS image: the system and data disks of a server in one.',
      ],
    ],
  ])('%s', (_, value, type, sentences) => {
    expect(impactSentences(value, type)).toEqual(sentences);
  });
});
