import CloudQueueIcon from '@mui/icons-material/CloudQueue';
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import { Link as RouterLink } from 'react-router';
import { CONSOLE_NAME } from '../components/page-header';
import { AccountSwitcher } from './account-switcher';
import { RegionSelector } from './region-selector';
import { SettingsButton } from './settings-button';
import { NAV_ID, useNavIsDrawer } from './side-nav';
import { TaskCentre } from './task-centre';
import { CHROME_BG, FOCUS_RING_ON_CHROME } from './theme';

interface TopBarProps {
  navOpen: boolean;
  onOpenNav: () => void;
}

/** The console's chrome: navigation button, service name, region, task centre, account and settings. */
export function TopBar({ navOpen, onOpenNav }: TopBarProps) {
  const navIsDrawer = useNavIsDrawer();
  return (
    <AppBar
      position="fixed"
      component="header"
      sx={{
        bgcolor: CHROME_BG,
        zIndex: (theme) => theme.zIndex.drawer + 1,
        '&& :focus-visible': { outlineColor: FOCUS_RING_ON_CHROME },
      }}
    >
      <Toolbar variant="dense" sx={{ gap: { xs: 0.5, sm: 1 }, px: { xs: 1, sm: 2 } }}>
        {navIsDrawer && (
          <Tooltip title="Open navigation">
            <IconButton
              color="inherit"
              edge="start"
              aria-label="Open navigation"
              aria-haspopup="dialog"
              aria-expanded={navOpen}
              aria-controls={navOpen ? NAV_ID : undefined}
              onClick={onOpenNav}
            >
              <MenuIcon />
            </IconButton>
          </Tooltip>
        )}
        <Link
          component={RouterLink}
          to="/images/private"
          color="inherit"
          underline="none"
          variant="h6"
          aria-label={CONSOLE_NAME}
          sx={{ display: 'flex', alignItems: 'center', gap: 1, fontSize: 17, mr: { xs: 0, sm: 2 } }}
        >
          <CloudQueueIcon aria-hidden />
          {/* On a phone the icon stands for the name, which stays the link's accessible name. */}
          <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
            {CONSOLE_NAME}
          </Box>
        </Link>
        <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.2)', my: 1 }} />
        <RegionSelector />
        <Box sx={{ flexGrow: 1 }} />
        <Stack direction="row" spacing={{ xs: 0.5, sm: 1 }} sx={{ alignItems: 'center' }}>
          <TaskCentre />
          <AccountSwitcher />
          <SettingsButton />
        </Stack>
      </Toolbar>
    </AppBar>
  );
}
