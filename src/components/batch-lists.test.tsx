// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Partition } from '../domain';
import { makeImage } from '../domain/test-fixtures';
import { OutcomeList, SkippedList } from './batch-lists';

afterEach(cleanup);

type Denial = Partition['skipped'][number]['decision'];
const denied = (hint?: string): Denial => ({
  allowed: false,
  rule: 'tags.limit',
  code: 'IMG.0131',
  reason: 'The image has 10 tags.',
  ...(hint ? { hint } : {}),
});

describe('SkippedList', () => {
  it('names each image with its rule, reason and hint, under its heading', () => {
    const skipped = [
      { image: makeImage({ id: 'a', name: 'alpha' }), decision: denied('Remove a tag first.') },
      { image: makeImage({ id: 'b', name: 'beta' }), decision: denied() },
    ];
    render(<SkippedList skipped={skipped} heading="Skipped (2)" />);
    const list = screen.getByRole('list', { name: 'Skipped (2)' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'alpha (tags.limit)The image has 10 tags. Remove a tag first.',
      'beta (tags.limit)The image has 10 tags.',
    ]);
    // The id is small print, and a link to its rule on the Constraints page.
    expect(
      within(list)
        .getAllByRole('link', { name: 'tags.limit' })
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/constraints#tags.limit', '/constraints#tags.limit']);
  });

  it('without a heading is named by its label', () => {
    render(<SkippedList skipped={[]} label="Cannot be deleted" />);
    expect(screen.getByRole('list', { name: 'Cannot be deleted' })).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('OutcomeList', () => {
  const images = ['a', 'b', 'c', 'd'].map((id) => makeImage({ id, name: `image-${id}` }));
  const labels = { running: 'Deleting…', done: 'Deleted' };

  it('says where each image stands, the idle text before the run reaches it', () => {
    render(
      <OutcomeList
        images={images}
        labels={labels}
        idle={() => 'waiting'}
        heading="Will be deleted (4)"
        progress={{ a: { status: 'done' }, b: { status: 'failed', reason: 'In use.' }, c: { status: 'running' } }}
      />,
    );
    const list = screen.getByRole('list', { name: 'Will be deleted (4)' });
    expect(list.getAttribute('aria-live')).toBe('polite');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['image-a Deleted', 'image-bFailed: In use.', 'image-c Deleting…', 'image-dwaiting']);
  });
});
