// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import type { BlockedImage } from '../../domain';
import { makeImage } from '../../domain/test-fixtures';
import { RuleNowCell } from './rule-now-cell';

afterEach(cleanup);

function blocked(count: number): BlockedImage[] {
  return Array.from({ length: count }, (_, i) => ({
    image: makeImage({ id: `img-${i}`, name: `image-${i}` }),
    refusals: [
      { operation: 'delete', reason: 'r' },
      { operation: 'share', reason: 'r' },
    ],
  }));
}

function renderCell(props: Parameters<typeof RuleNowCell>[0]) {
  return render(
    <MemoryRouter>
      <RuleNowCell {...props} />
    </MemoryRouter>,
  );
}

describe('RuleNowCell', () => {
  it('links each blocked image to its detail page and names what the rule stops', () => {
    renderCell({
      rule: 'delete.koogallery',
      now: { kind: 'blocks-images', images: blocked(2) },
      regionName: 'X',
      failed: false,
    });
    expect(screen.getByText('Blocks 2 images')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Images blocked by delete.koogallery' });
    const link = screen.getByRole('link', { name: 'image-1' });
    expect(list.contains(link)).toBe(true);
    expect(link.getAttribute('href')).toBe('/images/private/img-1');
    expect(screen.getAllByText('· Delete, Share', { exact: false })).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows five, then all on request', async () => {
    renderCell({
      rule: 'export.iso',
      now: { kind: 'blocks-images', images: blocked(7) },
      regionName: 'X',
      failed: false,
    });
    expect(screen.getAllByRole('link')).toHaveLength(5);
    const more = screen.getByRole('button', { name: 'Show all 7' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(more);
    expect(screen.getAllByRole('link')).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
  });

  it.each([
    { now: { kind: 'blocks-no-image' as const }, failed: false, text: 'Blocks no image in CN North-Beijing4 now' },
    { now: { kind: 'input' as const }, failed: false, text: 'Checked when you enter values' },
    { now: { kind: 'creation' as const }, failed: false, text: 'Checked when creating an image' },
    { now: { kind: 'advisory' as const }, failed: false, text: 'A warning only; it never refuses' },
    { now: { kind: 'unknown' as const }, failed: false, text: 'Checking images…' },
    { now: { kind: 'unknown' as const }, failed: true, text: 'Not checked: the images could not be loaded' },
  ])('says "$text"', ({ now, failed, text }) => {
    renderCell({ rule: 'tags.key', now, regionName: 'CN North-Beijing4', failed });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('says a region rule blocks creating, and why', () => {
    renderCell({
      rule: 'create.quota',
      now: { kind: 'blocks-creation', reason: 'CN East-Shanghai1 already has 50 of 50 private images.' },
      regionName: 'CN East-Shanghai1',
      failed: false,
    });
    expect(screen.getByText('Blocks creating images in CN East-Shanghai1 now')).toBeTruthy();
    expect(screen.getByText('CN East-Shanghai1 already has 50 of 50 private images.')).toBeTruthy();
  });
});
