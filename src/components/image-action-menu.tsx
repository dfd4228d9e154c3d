import MoreVertIcon from '@mui/icons-material/MoreVert';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import Stack from '@mui/material/Stack';
import { useState, type MouseEvent, type ReactNode } from 'react';
import type { Image } from '../domain';
import { DeniableButton, DeniableMenuItem } from './denied-reason';
import type { ImageActionDecision, ImageActionId } from './image-actions';

interface ImageActionMenuProps {
  image: Pick<Image, 'id' | 'name'>;
  decisions: readonly ImageActionDecision[];
  onAction: (action: ImageActionId) => void;
  /** Items after the rule-judged actions (View details, Copy ID); each closes the menu first. */
  more?: (close: () => void) => ReactNode;
}

/**
 * The row menu `Actions for <image name>` (README, Testing contract). Denied items stay in the menu,
 * `aria-disabled` and reachable by the arrow keys, with the rule's reason as tooltip and
 * accessible description.
 */
export function ImageActionMenu({ image, decisions, onAction, more }: ImageActionMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = `actions-${image.id}`;
  const close = () => setAnchor(null);

  return (
    <>
      <IconButton
        aria-label={`Actions for ${image.name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        size="small"
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
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
    </>
  );
}

interface ImageActionToolbarProps {
  decisions: readonly ImageActionDecision[];
  onAction: (action: ImageActionId) => void;
}

/** The same actions as buttons, for a detail page's toolbar. */
export function ImageActionToolbar({ decisions, onAction }: ImageActionToolbarProps) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="toolbar" aria-label="Image actions">
      {decisions.map(({ id, label, decision }) => (
        <DeniableButton
          key={id}
          decision={decision}
          variant={id === 'delete' ? 'outlined' : 'contained'}
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
