import MoreVertIcon from '@mui/icons-material/MoreVert';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { DeniableMenuItem } from '../../components/denied-reason';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import type { PublicImage } from '../../domain';

export const publicImagePath = (image: Pick<PublicImage, 'id'>) => `/images/public/${image.id}`;

interface PublicImageMenuProps {
  image: Pick<PublicImage, 'id' | 'name'>;
  /**
   * The image actions the rules judge, first in the menu with their denials (the private list's
   * convention). A public image is read-only; the one action it will offer is `launch` (Create
   * ECS), which its own change adds.
   */
  decisions: readonly ImageActionDecision[];
  onAction: (action: ImageActionId) => void;
}

/**
 * The row menu `Actions for <image name>` (README, Testing contract), as on the other lists: the
 * rule-judged actions, then what any image offers (its details, its ID to the clipboard).
 */
export function PublicImageMenu({ image, decisions, onAction }: PublicImageMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const navigate = useNavigate();
  const menuId = `actions-${image.id}`;
  const close = () => setAnchor(null);

  const copyId = async () => {
    close();
    try {
      await navigator.clipboard.writeText(image.id);
      notify(`Copied the ID of ${image.name}.`, 'success');
    } catch {
      notify('The browser did not allow copying; select the ID and copy it instead.', 'warning');
    }
  };

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
        {decisions.length > 0 && <Divider />}
        <MenuItem
          onClick={() => {
            close();
            void navigate(publicImagePath(image));
          }}
        >
          View details
        </MenuItem>
        <MenuItem onClick={() => void copyId()}>Copy ID</MenuItem>
      </Menu>
    </>
  );
}
