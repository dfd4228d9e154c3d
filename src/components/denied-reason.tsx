import LockIcon from '@mui/icons-material/Lock';
import Box from '@mui/material/Box';
import Button, { type ButtonProps } from '@mui/material/Button';
import ClickAwayListener from '@mui/material/ClickAwayListener';
import Link from '@mui/material/Link';
import MenuItem, { type MenuItemProps } from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState, type MouseEvent, type ReactElement } from 'react';
import { Link as RouterLink, useInRouterContext } from 'react-router';
import type { Decision, Denial, RuleId } from '../domain';

/**
 * A hold that is no rule of the service: a console safeguard such as a typed confirmation. It
 * denies like a rule, with a reason and hint, but has no rule to link to.
 */
export interface Hold {
  allowed: false;
  reason: string;
  hint?: string;
  rule?: undefined;
}

/** What a deniable control obeys: a rule's decision, or a hold. */
export type Gate = Decision | Hold;

/** The sentence a denied action shows: the rule's reason, then how to unblock it. */
export function deniedText(decision: Gate): string | undefined {
  if (decision.allowed) return undefined;
  return decision.hint ? `${decision.reason} ${decision.hint}` : decision.reason;
}

/** Where the Constraints page lists a rule (its row's anchor). */
export function ruleAddress(rule: RuleId): string {
  return `/constraints#${rule}`;
}

/**
 * The rule behind a reason, as small secondary text linking to its row on the Constraints page:
 * people read the sentence; the id is there for whoever wants the rule itself. Outside a router
 * (a unit test of a lone control) it is a plain link.
 */
export function RuleLink({ rule, color = 'inherit', bare = false }: { rule: RuleId; color?: string; bare?: boolean }) {
  const inRouter = useInRouterContext();
  const id = (
    <Box component="span" sx={{ fontFamily: 'monospace' }}>
      {rule}
    </Box>
  );
  // `bare`: the id alone, where the text around it already says it is a rule.
  const text = bare ? id : <>Rule {id}</>;
  const sx = { fontSize: '0.75rem', color };
  return inRouter ? (
    <Link component={RouterLink} to={ruleAddress(rule)} sx={sx}>
      {text}
    </Link>
  ) : (
    <Link href={ruleAddress(rule)} sx={sx}>
      {text}
    </Link>
  );
}

/** A refusal told in full: the reason and hint as the sentence, the rule as a small link after it. */
export function DeniedReason({ denial }: { denial: Denial }) {
  return (
    <>
      {deniedText(denial)}{' '}
      <Typography component="span" variant="caption" sx={{ whiteSpace: 'nowrap' }}>
        <RuleLink rule={denial.rule} />
      </Typography>
    </>
  );
}

/**
 * A denied control stays focusable and carries the rule's reason and hint twice: as a tooltip
 * (on hover, keyboard focus, a tap or a click) and as its accessible description. The description
 * lives in a `hidden` node inside the control: hidden content is left out of the control's name
 * but read when referenced by `aria-describedby`, so screen readers and tests get it without a
 * hover. A tap or click pins the tooltip open (a touch screen has no hover, and its tooltip would
 * otherwise vanish before its rule link can be tapped) until a click elsewhere or Escape.
 */
function useDenial(decision: Gate) {
  const id = `${useId()}-reason`;
  const [hovered, setHovered] = useState(false);
  const [pinned, setPinned] = useState(false);
  const text = deniedText(decision);
  const denied = !decision.allowed;
  return {
    denied,
    describedBy: denied ? id : undefined,
    reasonNode: denied ? (
      <span id={id} hidden>
        {text}
      </span>
    ) : null,
    /** A press on a denied control does nothing but say why. */
    blockClick: (event: MouseEvent) => {
      event.preventDefault();
      event.stopPropagation();
      setPinned(true);
    },
    wrap: (control: ReactElement) =>
      decision.allowed ? (
        control
      ) : (
        <ClickAwayListener onClickAway={() => setPinned(false)}>
          {/* A node title, not a string: MUI would otherwise add a native `title` attribute too. */}
          <Tooltip
            title={
              <Box component="span" sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
                <span>{text}</span>
                {decision.rule && (
                  <span>
                    <RuleLink rule={decision.rule} />
                  </span>
                )}
              </Box>
            }
            open={hovered || pinned}
            onOpen={() => setHovered(true)}
            onClose={(event) => {
              setHovered(false);
              if (event.type === 'keydown') setPinned(false);
            }}
            describeChild
            enterTouchDelay={0}
            placement="left"
            arrow
          >
            {control}
          </Tooltip>
        </ClickAwayListener>
      ),
  };
}

interface DeniableProps {
  decision: Gate;
}

/**
 * A menu item the rules may deny (use with `disabledItemsFocusable` on the menu list). Denied, it
 * shows a lock and the reason as a second line, so it is read without a hover; the hint and the
 * rule stay in the tooltip and the accessible description. Its name stays the label alone.
 */
export function DeniableMenuItem({ decision, children, onClick, sx, ...rest }: DeniableProps & MenuItemProps) {
  const denial = useDenial(decision);
  const labelId = `${useId()}-label`;
  if (decision.allowed)
    return (
      <MenuItem {...rest} onClick={onClick} sx={sx}>
        {children}
      </MenuItem>
    );
  return denial.wrap(
    <MenuItem
      {...rest}
      aria-disabled
      aria-labelledby={labelId}
      aria-describedby={denial.describedBy}
      onClick={denial.blockClick}
      sx={{ cursor: 'not-allowed', flexDirection: 'column', alignItems: 'flex-start', ...sx }}
    >
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, color: 'text.disabled' }}>
        <span id={labelId}>{children}</span>
        <LockIcon aria-hidden="true" sx={{ fontSize: 16 }} />
      </Box>
      <Typography
        component="span"
        variant="caption"
        color="text.secondary"
        aria-hidden="true"
        sx={{ display: 'block', whiteSpace: 'normal', maxWidth: 320, lineHeight: 1.35 }}
      >
        {decision.reason}
      </Typography>
      {denial.reasonNode}
    </MenuItem>,
  );
}

/**
 * A button the rules may deny. Denied, it looks disabled (the palette's disabled colours and a
 * lock) but stays focusable and pressable: a press, a tap included, shows the reason.
 */
export function DeniableButton({ decision, children, onClick, sx, startIcon, ...rest }: DeniableProps & ButtonProps) {
  const denial = useDenial(decision);
  return denial.wrap(
    <Button
      {...rest}
      startIcon={denial.denied ? (startIcon ?? <LockIcon aria-hidden="true" />) : startIcon}
      aria-disabled={denial.denied || undefined}
      aria-describedby={denial.describedBy}
      onClick={denial.denied ? denial.blockClick : onClick}
      sx={
        denial.denied
          ? {
              cursor: 'not-allowed',
              boxShadow: 'none',
              color: 'action.disabled',
              borderColor: 'action.disabledBackground',
              ...(rest.variant === 'contained' ? { bgcolor: 'action.disabledBackground' } : {}),
              '&:hover': {
                boxShadow: 'none',
                bgcolor: rest.variant === 'contained' ? 'action.disabledBackground' : 'transparent',
                borderColor: 'action.disabledBackground',
              },
              ...sx,
            }
          : sx
      }
    >
      {children}
      {denial.reasonNode}
    </Button>,
  );
}
