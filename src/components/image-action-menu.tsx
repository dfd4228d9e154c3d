import MoreVertIcon from '@mui/icons-material/MoreVert';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import type { Image } from '../domain';
import { DeniableButton, DeniableMenuItem } from './denied-reason';
import type { ImageActionDecision, ImageActionId } from './image-actions';

/** What a row's menu button says while the rule context loads (README, Testing contract). */
export const CHECKS_LOADING = 'Checking what you can do with this image…';

interface ImageActionMenuProps {
  image: Pick<Image, 'id' | 'name'>;
  /** Undefined while the rule context loads: the button stays focusable and says the checks are loading. */
  decisions: readonly ImageActionDecision[] | undefined;
  onAction: (action: ImageActionId) => void;
  /** Items after the rule-judged actions (View details, Copy ID); each closes the menu first. */
  more?: (close: () => void) => ReactNode;
}

/**
 * The row menu `Actions for <image name>` (README, Testing contract). Denied items stay in the menu,
 * `aria-disabled` and reachable by the arrow keys, with a lock and the rule's reason in sight, and
 * the reason and hint as tooltip and accessible description (`DeniableMenuItem`).
 */
export function ImageActionMenu({ image, decisions, onAction, more }: ImageActionMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const loadingId = `${useId()}-loading`;
  const menuId = `actions-${image.id}`;
  const close = () => setAnchor(null);
  const loading = decisions === undefined;

  return (
    <>
      {/*
       * While the checks load, the button is not natively disabled: that would drop it out of the
       * tab order and say nothing for as long as they take (seconds under load). It stays the same
       * element, focusable and aria-disabled, with the wait as description and tooltip, so focus
       * stays on it when the checks arrive.
       */}
      <Tooltip
        title={loading ? <span>{CHECKS_LOADING}</span> : null}
        describeChild
        enterTouchDelay={0}
        placement="left"
        arrow
      >
        <IconButton
          aria-label={`Actions for ${image.name}`}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          aria-disabled={loading || undefined}
          aria-describedby={loading ? loadingId : undefined}
          onClick={(event: MouseEvent<HTMLElement>) => {
            if (!loading) setAnchor(event.currentTarget);
          }}
          size="small"
          sx={loading ? { color: 'action.disabled', cursor: 'progress' } : undefined}
        >
          <MoreVertIcon fontSize="small" />
          {loading && (
            <span id={loadingId} hidden>
              {CHECKS_LOADING}
            </span>
          )}
        </IconButton>
      </Tooltip>
      {decisions && (
        <Menu
          id={menuId}
          anchorEl={anchor}
          open={anchor !== null}
          onClose={close}
          slotProps={{ list: { disabledItemsFocusable: true, 'aria-label': `Actions for ${image.name}` } }}
        >
          {decisions.map(({ id, label, decision }) => (
            <DeniableMenuItem
              key={id}
              decision={decision}
              onClick={() => {
                close();
                onAction(id);
              }}
            >
              {label}
            </DeniableMenuItem>
          ))}
          {more && decisions.length > 0 && <Divider />}
          {more?.(close)}
        </Menu>
      )}
    </>
  );
}

interface ImageActionToolbarProps {
  decisions: readonly ImageActionDecision[];
  onAction: (action: ImageActionId) => void;
  /** The one filled button; the first action when this one is not offered. */
  primary?: ImageActionId;
}

/**
 * The same actions as buttons, for a detail page's toolbar: one primary (by default Create ECS,
 * what an image is for), the rest outlined, so the eye finds the main action; Delete in red.
 */
export function ImageActionToolbar({ decisions, onAction, primary = 'launch' }: ImageActionToolbarProps) {
  const main = decisions.some((d) => d.id === primary) ? primary : decisions[0]?.id;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="toolbar" aria-label="Image actions">
      {decisions.map(({ id, label, decision }) => (
        <DeniableButton
          key={id}
          decision={decision}
          variant={id === main ? 'contained' : 'outlined'}
          color={id === 'delete' ? 'error' : 'primary'}
          size="small"
          onClick={() => onAction(id)}
        >
          {label}
        </DeniableButton>
      ))}
    </Stack>
  );
}
