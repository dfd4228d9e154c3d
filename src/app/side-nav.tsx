import AssignmentIcon from '@mui/icons-material/Assignment';
import GavelIcon from '@mui/icons-material/Gavel';
import HistoryIcon from '@mui/icons-material/History';
import InboxIcon from '@mui/icons-material/MoveToInbox';
import PublicIcon from '@mui/icons-material/Public';
import StorageIcon from '@mui/icons-material/Storage';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Toolbar from '@mui/material/Toolbar';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../api/session-store';
import { pendingSharesCountQuery } from '../api/shared-counts';
import { NAV_WIDTH } from './theme';

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

const NAV_RAIL_WIDTH = 64;

const PENDING_SHOWN_MAX = 99;

function PendingBadge({ count }: { count: number }) {
  return (
    <Chip
      color="warning"
      // In the phone's icon rail the count sits on the icon's corner, inside the rail.
      sx={{
        ml: 0.5,
        minWidth: 24,
        '@media (max-width: 599.95px)': { position: 'absolute', top: 0, right: 0, height: 18, minWidth: 18 },
      }}
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

function NavEntry({ item, badge }: { item: NavItem; badge?: ReactNode }) {
  // NavLink marks the current item with aria-current="page", and keeps a section lit on its sub-pages.
  return (
    <ListItem disablePadding>
      <ListItemButton component={NavLink} to={item.to} sx={{ borderRadius: 1, mx: 1 }}>
        <ListItemIcon sx={{ minWidth: 34 }}>{item.icon}</ListItemIcon>
        <ListItemText primary={item.label} sx={{ '@media (max-width: 599.95px)': VISUALLY_HIDDEN }} />
        {badge}
      </ListItemButton>
    </ListItem>
  );
}

/** The console's permanent left navigation. */
export function SideNav() {
  const region = useSession((s) => s.regionId);
  const pending = useQuery(pendingSharesCountQuery(region)).data ?? 0;

  return (
    <Drawer
      variant="permanent"
      // On a phone the navigation is a rail of icons (names kept for assistive technology), so
      // the page keeps the width it needs.
      sx={{
        width: { xs: NAV_RAIL_WIDTH, sm: NAV_WIDTH },
        flexShrink: 0,
        '& .MuiDrawer-paper': {
          width: { xs: NAV_RAIL_WIDTH, sm: NAV_WIDTH },
          boxSizing: 'border-box',
          overflowX: 'hidden',
        },
        '& .MuiListSubheader-root': { display: { xs: 'none', sm: 'block' } },
      }}
    >
      <Toolbar variant="dense" />
      <nav aria-label="Console">
        <List subheader={<ListSubheader disableSticky>Images</ListSubheader>} sx={ACTIVE_SX}>
          <NavEntry item={IMAGES[0]!} />
          <NavEntry item={IMAGES[1]!} />
          <NavEntry item={IMAGES[2]!} badge={pending > 0 ? <PendingBadge count={pending} /> : undefined} />
        </List>
        <List subheader={<ListSubheader disableSticky>Operations</ListSubheader>} sx={ACTIVE_SX}>
          {GOVERNANCE.map((item) => (
            <NavEntry key={item.to} item={item} />
          ))}
        </List>
      </nav>
    </Drawer>
  );
}
