// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Decision } from '../domain';
import { ImageActionToolbar } from './image-action-menu';
import type { ImageActionDecision, ImageActionId } from './image-actions';

afterEach(cleanup);

const allowed: Decision = { allowed: true };
const decisions = (ids: ImageActionId[]): ImageActionDecision[] =>
  ids.map((id) => ({ id, label: id, decision: allowed }));

/** MUI marks a filled button with this class; it is the one visual weight the toolbar gives. */
const filled = (button: HTMLElement) => button.classList.contains('MuiButton-contained');

describe('ImageActionToolbar', () => {
  it.each<[string, ImageActionId[], ImageActionId | undefined, string]>([
    [
      'Create ECS, when the image offers it',
      ['modify', 'replicate', 'export', 'launch', 'delete'],
      undefined,
      'launch',
    ],
    ['the first action, without Create ECS', ['modify', 'replicate', 'delete'], undefined, 'modify'],
    ['the one the page names', ['modify', 'replicate', 'launch'], 'replicate', 'replicate'],
  ])('makes one button primary: %s', (_, ids, primary, expected) => {
    render(<ImageActionToolbar decisions={decisions(ids)} onAction={() => {}} {...(primary ? { primary } : {})} />);
    const buttons = within(screen.getByRole('toolbar', { name: 'Image actions' })).getAllByRole('button');
    expect(buttons).toHaveLength(ids.length);
    expect(buttons.filter(filled).map((b) => b.textContent)).toEqual([expected]);
    expect(buttons.filter((b) => !filled(b)).every((b) => b.classList.contains('MuiButton-outlined'))).toBe(true);
  });
});
