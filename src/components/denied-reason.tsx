import Button, { type ButtonProps } from '@mui/material/Button';
import MenuItem, { type MenuItemProps } from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useId, type MouseEvent, type ReactElement } from 'react';
import type { Decision } from '../domain';

/** The sentence a denied action shows: the rule's reason, then how to unblock it. */
export function deniedText(decision: Decision): string | undefined {
  if (decision.allowed) return undefined;
  return decision.hint ? `${decision.reason} ${decision.hint}` : decision.reason;
}

/**
 * A denied control stays focusable and carries the rule's reason and hint twice: as a tooltip
 * (on hover and on keyboard focus) and as its accessible description. The description lives in
 * a `hidden` node inside the control: hidden content is left out of the control's name but read
 * when referenced by `aria-describedby`, so screen readers and tests get it without a hover.
 */
function useDenial(decision: Decision) {
  const id = `${useId()}-reason`;
  const text = deniedText(decision);
  return {
    denied: text !== undefined,
    describedBy: text === undefined ? undefined : id,
    reasonNode:
      text === undefined ? null : (
        <span id={id} hidden>
          {text}
        </span>
      ),
    wrap: (control: ReactElement) =>
      text === undefined ? (
        control
      ) : (
        // A node title, not a string: MUI would otherwise add a native `title` attribute too.
        <Tooltip title={<span>{text}</span>} describeChild placement="left" arrow>
          {control}
        </Tooltip>
      ),
  };
}

const blockClick = (event: MouseEvent) => {
  event.preventDefault();
  event.stopPropagation();
};

interface DeniableProps {
  decision: Decision;
}

/** A menu item the rules may deny (use with `disabledItemsFocusable` on the menu list). */
export function DeniableMenuItem({ decision, children, onClick, sx, ...rest }: DeniableProps & MenuItemProps) {
  const denial = useDenial(decision);
  return denial.wrap(
    <MenuItem
      {...rest}
      aria-disabled={denial.denied || undefined}
      aria-describedby={denial.describedBy}
      onClick={denial.denied ? blockClick : onClick}
      sx={denial.denied ? { color: 'text.disabled', cursor: 'not-allowed', ...sx } : sx}
    >
      {children}
      {denial.reasonNode}
    </MenuItem>,
  );
}

/** A button the rules may deny. */
export function DeniableButton({ decision, children, onClick, sx, ...rest }: DeniableProps & ButtonProps) {
  const denial = useDenial(decision);
  return denial.wrap(
    <Button
      {...rest}
      aria-disabled={denial.denied || undefined}
      aria-describedby={denial.describedBy}
      onClick={denial.denied ? blockClick : onClick}
      sx={denial.denied ? { opacity: 0.5, cursor: 'not-allowed', ...sx } : sx}
    >
      {children}
      {denial.reasonNode}
    </Button>,
  );
}
