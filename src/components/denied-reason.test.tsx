// @vitest-environment happy-dom
import MenuList from '@mui/material/MenuList';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Decision } from '../domain';
import { DeniableButton, DeniableMenuItem, DeniedReason, ruleAddress } from './denied-reason';

afterEach(cleanup);

const REASON = 'Your role is IMS ReadOnlyAccess; it can view images but not change them.';
const HINT = 'Switch to an account with IMS FullAccess.';

const allowed: Decision = { allowed: true };
const denied = (hint?: string): Decision => ({
  allowed: false,
  rule: 'access.read-only',
  reason: REASON,
  code: 'IMG.0403',
  ...(hint === undefined ? {} : { hint }),
});

/** Both controls, rendered as the console uses them: the item in a menu list that keeps denied items focusable. */
const controls: {
  name: string;
  role: 'menuitem' | 'button';
  render: (decision: Decision, onClick: () => void) => ReactElement;
}[] = [
  {
    name: 'DeniableMenuItem',
    role: 'menuitem',
    render: (decision, onClick) => (
      <MenuList disabledItemsFocusable aria-label="Actions">
        <DeniableMenuItem decision={decision} onClick={onClick}>
          Modify
        </DeniableMenuItem>
      </MenuList>
    ),
  },
  {
    name: 'DeniableButton',
    role: 'button',
    render: (decision, onClick) => (
      <DeniableButton decision={decision} onClick={onClick}>
        Modify
      </DeniableButton>
    ),
  },
];

const denials = [
  {
    case: 'with a hint',
    described: 'the reason then the hint',
    decision: denied(HINT),
    description: `${REASON} ${HINT}`,
  },
  { case: 'without a hint', described: 'the reason alone', decision: denied(), description: REASON },
];

describe.each(controls)('$name', ({ role, render: control }) => {
  function setup(decision: Decision) {
    const onClick = vi.fn();
    const user = userEvent.setup();
    render(control(decision, onClick));
    return { onClick, user, target: screen.getByRole(role, { name: 'Modify' }) };
  }

  it('allowed: a click calls onClick; no aria-disabled, no description', async () => {
    const { onClick, user, target } = setup(allowed);
    expect(target.getAttribute('aria-disabled')).toBeNull();
    expect(target.getAttribute('aria-describedby')).toBeNull();
    expect(screen.getByRole(role, { name: 'Modify', description: '' })).toBe(target);
    await user.click(target);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it.each(denials)(
    'denied $case: aria-disabled, described by $described, a click does nothing',
    async ({ decision, description }) => {
      const { onClick, user, target } = setup(decision);
      expect(target.getAttribute('aria-disabled')).toBe('true');
      // The reason is the description, not part of the name (the query above matched the name exactly).
      expect(screen.getByRole(role, { name: 'Modify', description })).toBe(target);
      await user.click(target);
      expect(onClick).not.toHaveBeenCalled();
    },
  );

  it('denied: stays in the tab order and Enter on it does nothing', async () => {
    const { onClick, user, target } = setup(denied(HINT));
    expect(target.getAttribute('tabindex')).toBe('0');
    await user.tab();
    expect(document.activeElement).toBe(target);
    await user.keyboard('{Enter}');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('denied: hovering shows the reason and hint as a tooltip', async () => {
    const { user, target } = setup(denied(HINT));
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.hover(target);
    expect((await screen.findByRole('tooltip')).textContent).toContain(`${REASON} ${HINT}`);
  });

  it('denied: keyboard focus shows the tooltip too', async () => {
    const { user } = setup(denied(HINT));
    await user.tab();
    expect((await screen.findByRole('tooltip')).textContent).toContain(`${REASON} ${HINT}`);
  });

  it('denied: leaving a hovered control closes its tooltip (no press, no pin)', async () => {
    const { user, target } = setup(denied(HINT));
    await user.hover(target);
    await screen.findByRole('tooltip');
    await user.unhover(target);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('denied: the tooltip links to the rule on the Constraints page, the id as secondary text', async () => {
    const { user, target } = setup(denied(HINT));
    await user.hover(target);
    const link = within(await screen.findByRole('tooltip')).getByRole('link', { name: 'Rule access.read-only' });
    expect(link.getAttribute('href')).toBe('/constraints#access.read-only');
  });

  it('denied: a press (a tap on a touch screen) pins the reason open until a click elsewhere', async () => {
    const { onClick, user, target } = setup(denied(HINT));
    await user.click(target);
    await user.unhover(target);
    // Longer than the tooltip's exit transition: an unpinned tooltip would be gone by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(screen.getByRole('tooltip').textContent).toContain(REASON);
    expect(onClick).not.toHaveBeenCalled();
    await user.click(document.body);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });
});

describe('DeniableMenuItem in sight', () => {
  const item = (decision: Decision) =>
    render(
      <MenuList disabledItemsFocusable aria-label="Actions">
        <DeniableMenuItem decision={decision}>Delete</DeniableMenuItem>
      </MenuList>,
    );

  it('denied: the reason is a second line, read without a hover; the hint is not', () => {
    item(denied(HINT));
    const target = screen.getByRole('menuitem', { name: 'Delete' });
    // The visible line is the reason alone; the hidden description node holds reason and hint.
    const line = within(target).getByText(REASON, { exact: true });
    expect(line.hidden).toBe(false);
    expect(within(target).queryByText(HINT, { exact: true })).toBeNull();
    expect(target.querySelector('svg')).not.toBeNull();
  });

  it('allowed: no second line and no lock', () => {
    item(allowed);
    const target = screen.getByRole('menuitem', { name: 'Delete' });
    expect(target.textContent).toBe('Delete');
    expect(target.querySelector('svg')).toBeNull();
  });
});

describe('DeniedReason', () => {
  it('tells the reason and hint as the sentence and links the rule after it', () => {
    const decision = denied(HINT);
    if (decision.allowed) throw new Error('a denial was expected');
    render(
      <p>
        <DeniedReason denial={decision} />
      </p>,
    );
    const link = screen.getByRole('link', { name: 'Rule access.read-only' });
    expect(link.getAttribute('href')).toBe(ruleAddress('access.read-only'));
    expect(link.closest('p')?.textContent).toBe(`${REASON} ${HINT} Rule access.read-only`);
  });
});
