import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import type { MouseEvent, ReactElement } from 'react';
import { usePhoneWidth } from './use-phone-width';

interface TopBarMenuButtonProps {
  /** The accessible name, also the tooltip on a phone, where only the icon shows. */
  label: string;
  icon: ReactElement;
  /** What the button reads beside its icon from tablet width up. */
  text: string;
  menuId: string;
  open: boolean;
  onOpen: (anchor: HTMLElement) => void;
}

/** A top-bar button that opens a menu (Region, Account): an icon button with its name on a phone. */
export function TopBarMenuButton({ label, icon, text, menuId, open, onOpen }: TopBarMenuButtonProps) {
  const phone = usePhoneWidth();
  return (
    <Tooltip title={phone ? label : ''}>
      <Button
        color="inherit"
        startIcon={phone ? undefined : icon}
        endIcon={phone ? undefined : <ExpandMoreIcon />}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : undefined}
        aria-controls={open ? menuId : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => onOpen(event.currentTarget)}
        sx={{ minWidth: 0, ...(phone ? { p: 0.75, borderRadius: '50%' } : {}) }}
      >
        {phone ? (
          icon
        ) : (
          <Box component="span" sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {text}
          </Box>
        )}
      </Button>
    </Tooltip>
  );
}
