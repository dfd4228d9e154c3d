import AssignmentIcon from '@mui/icons-material/Assignment';
import CloseIcon from '@mui/icons-material/Close';
import GavelIcon from '@mui/icons-material/Gavel';
import HistoryIcon from '@mui/icons-material/History';
import InboxIcon from '@mui/icons-material/MoveToInbox';
import PublicIcon from '@mui/icons-material/Public';
import StorageIcon from '@mui/icons-material/Storage';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../api/session-store';
import { pendingSharesCountQuery } from '../api/shared-counts';
import { CONSOLE_NAME } from '../components/page-header';
import { NAV_DRAWER_BELOW, NAV_WIDTH } from './theme';

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

const IMAGES: NavItem[] = [
  { to: '/images/private', label: 'Private Images', icon: <StorageIcon /> },
  { to: '/images/public', label: 'Public Images', icon: <PublicIcon /> },
  { to: '/images/shared', label: 'Images Shared with Me', icon: <InboxIcon /> },
];

const GOVERNANCE: NavItem[] = [
  { to: '/constraints', label: 'Constraints', icon: <GavelIcon /> },
  { to: '/audit', label: 'Audit log', icon: <HistoryIcon /> },
  { to: '/tasks', label: 'Tasks', icon: <AssignmentIcon /> },
];

/** NavLink adds the `active` class to the current section. */
const ACTIVE_SX = {
  '& .MuiListItemButton-root.active': {
    bgcolor: 'action.selected',
    color: 'primary.main',
    '& .MuiListItemIcon-root': { color: 'primary.main' },
  },
} as const;

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const PENDING_SHOWN_MAX = 99;

function PendingBadge({ count }: { count: number }) {
  return (
    <Chip
      color="warning"
      sx={{ ml: 0.5, minWidth: 24 }}
      // Thousands pending (the large scenario) would cut the chip to "3…": it reads 99+, and the
      // full count stays in the link's accessible name.
      label={
        count > PENDING_SHOWN_MAX ? (
          <>
            <span aria-hidden="true">{PENDING_SHOWN_MAX}+</span>
            <Box component="span" sx={VISUALLY_HIDDEN}>
              {count} pending
            </Box>
          </>
        ) : (
          <>
            {count}
            <Box component="span" sx={VISUALLY_HIDDEN}>
              {' '}
              pending
            </Box>
          </>
        )
      }
    />
  );
}

function NavEntry({ item, badge, onNavigate }: { item: NavItem; badge?: ReactNode; onNavigate?: () => void }) {
  // NavLink marks the current item with aria-current="page", and keeps a section lit on its sub-pages.
  return (
    <ListItem disablePadding>
      <ListItemButton component={NavLink} to={item.to} onClick={onNavigate} sx={{ borderRadius: 1, mx: 1 }}>
        <ListItemIcon sx={{ minWidth: 34 }}>{item.icon}</ListItemIcon>
        <ListItemText primary={item.label} />
        {badge}
      </ListItemButton>
    </ListItem>
  );
}

/** The links, the same in the permanent navigation and in the drawer. */
function ConsoleNav({ onNavigate }: { onNavigate?: () => void }) {
  const region = useSession((s) => s.regionId);
  const pending = useQuery(pendingSharesCountQuery(region)).data ?? 0;
  return (
    <nav aria-label="Console" id={NAV_ID}>
      <List subheader={<ListSubheader disableSticky>Images</ListSubheader>} sx={ACTIVE_SX}>
        <NavEntry item={IMAGES[0]!} onNavigate={onNavigate} />
        <NavEntry item={IMAGES[1]!} onNavigate={onNavigate} />
        <NavEntry
          item={IMAGES[2]!}
          onNavigate={onNavigate}
          badge={pending > 0 ? <PendingBadge count={pending} /> : undefined}
        />
      </List>
      <List subheader={<ListSubheader disableSticky>Operations</ListSubheader>} sx={ACTIVE_SX}>
        {GOVERNANCE.map((item) => (
          <NavEntry key={item.to} item={item} onNavigate={onNavigate} />
        ))}
      </List>
    </nav>
  );
}

/** The id the menu button's `aria-controls` names. */
export const NAV_ID = 'console-navigation';

/** Whether the navigation is a drawer at this width (below 1200 px) rather than beside the page. */
export function useNavIsDrawer(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down(NAV_DRAWER_BELOW), { noSsr: true });
}

interface SideNavProps {
  /** Whether the drawer is open; only read while the navigation is a drawer. */
  open: boolean;
  onClose: () => void;
}

/**
 * The console's left navigation: beside the page from 1200 px, else a drawer over it that closes
 * on a link, on Escape and on its backdrop, and gives focus back to the menu button.
 */
export function SideNav({ open, onClose }: SideNavProps) {
  const drawer = useNavIsDrawer();

  if (drawer)
    return (
      <Drawer
        variant="temporary"
        open={open}
        onClose={onClose}
        // Over the top bar (which sits above a permanent drawer), so the drawer's own header shows.
        sx={{ zIndex: (theme) => theme.zIndex.drawer + 2 }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': 'Navigation', sx: { width: NAV_WIDTH } } }}
      >
        <Toolbar variant="dense" sx={{ justifyContent: 'space-between', px: { xs: 2 } }}>
          <Typography variant="subtitle1" component="span" sx={{ fontWeight: 600 }}>
            {CONSOLE_NAME}
          </Typography>
          <IconButton aria-label="Close navigation" edge="end" onClick={onClose}>
            <CloseIcon />
          </IconButton>
        </Toolbar>
        <ConsoleNav onNavigate={onClose} />
      </Drawer>
    );

  return (
    <Drawer
      variant="permanent"
      sx={{
        width: NAV_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box', overflowX: 'hidden' },
      }}
    >
      <Toolbar variant="dense" />
      <ConsoleNav />
    </Drawer>
  );
}
