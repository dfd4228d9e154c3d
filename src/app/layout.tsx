import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { ImageActionDialogs } from './image-action-dialogs';
import { MockNoticeBanner } from './mock-notice-banner';
import { SideNav } from './side-nav';
import { MAIN_ID, SkipLink } from './skip-link';
import { Toaster } from './toaster';
import { TopBar } from './top-bar';

export function Layout() {
  const [navOpen, setNavOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <SkipLink />
      <TopBar navOpen={navOpen} onOpenNav={() => setNavOpen(true)} />
      <SideNav open={navOpen} onClose={() => setNavOpen(false)} />
      <Box
        component="main"
        id={MAIN_ID}
        // Focusable from the skip link only; the ring would frame the whole page.
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, px: { xs: 1.5, sm: 3 }, pb: 4, '&&:focus-visible': { outline: 'none' } }}
      >
        <Toolbar variant="dense" />
        <Box sx={{ pt: 2 }}>
          <MockNoticeBanner />
          <ImageActionDialogs>
            <Outlet />
          </ImageActionDialogs>
        </Box>
      </Box>
      <Toaster />
    </Box>
  );
}
