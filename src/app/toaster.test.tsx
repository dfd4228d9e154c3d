// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notify, useNotifications } from '../components/notifications';
import { hideAfterMs, Toaster } from './toaster';

afterEach(() => {
  cleanup();
  act(() => useNotifications.setState({ queue: [] }));
});

describe('hideAfterMs', () => {
  it.each([
    { case: 'a success without action', toast: { severity: 'success' as const }, ms: 5000 },
    { case: 'a success with Undo stays longer', toast: { severity: 'success' as const, action: undo() }, ms: 15_000 },
    { case: 'a warning with Undo', toast: { severity: 'warning' as const, action: undo() }, ms: 15_000 },
    {
      case: 'an error stays until read, action or not',
      toast: { severity: 'error' as const, action: undo() },
      ms: null,
    },
  ])('$case', ({ toast, ms }) => {
    expect(hideAfterMs(toast)).toBe(ms);
  });
});

function undo(run = vi.fn()) {
  return { label: 'Undo', run };
}

describe('Toaster', () => {
  it('a toast with an action shows it as a button; Enter runs it once and closes the toast', async () => {
    const user = userEvent.setup();
    const run = vi.fn();
    render(<Toaster />);
    act(() => void notify('Rejected web-01', 'success', undo(run)));
    const button = screen.getByRole('button', { name: 'Undo' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(run).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Rejected web-01')).toBeNull();
  });

  it('a toast with an action can still be closed without running it', async () => {
    const user = userEvent.setup();
    const run = vi.fn();
    render(<Toaster />);
    act(() => void notify('Rejected web-01', 'success', undo(run)));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(run).not.toHaveBeenCalled();
    expect(screen.queryByText('Rejected web-01')).toBeNull();
  });

  it('a toast without an action has no action button', () => {
    render(<Toaster />);
    act(() => void notify('Image web-01 deleted'));
    expect(screen.getByText('Image web-01 deleted')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).not.toBeNull();
  });
});
