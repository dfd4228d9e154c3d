// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKS_LOADING, ImageActionMenu } from './image-action-menu';
import type { ImageActionDecision } from './image-actions';

afterEach(cleanup);

const IMAGE = { id: 'img-1', name: 'web-01' };
const DECISIONS: ImageActionDecision[] = [{ id: 'modify', label: 'Modify', decision: { allowed: true } }];

describe('ImageActionMenu while the rule context loads', () => {
  it('stays focusable, aria-disabled, says the checks are loading, and opens no menu', async () => {
    const user = userEvent.setup();
    render(<ImageActionMenu image={IMAGE} decisions={undefined} onAction={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Actions for web-01', description: CHECKS_LOADING });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.tab();
    expect(document.activeElement).toBe(button);
    await user.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('once loaded, the same button keeps focus, loses the wait and opens the menu', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    const { rerender } = render(<ImageActionMenu image={IMAGE} decisions={undefined} onAction={onAction} />);
    await user.tab();
    rerender(<ImageActionMenu image={IMAGE} decisions={DECISIONS} onAction={onAction} />);
    const button = screen.getByRole('button', { name: 'Actions for web-01', description: '' });
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBeNull();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Modify' }));
    expect(onAction).toHaveBeenCalledWith('modify');
  });
});
