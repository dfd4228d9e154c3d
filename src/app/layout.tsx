import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import { Outlet } from 'react-router';
import { ImageActionDialogs } from './image-action-dialogs';
import { MockNoticeBanner } from './mock-notice-banner';
import { SideNav } from './side-nav';
import { Toaster } from './toaster';
import { TopBar } from './top-bar';

export function Layout() {
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <TopBar />
      <SideNav />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, px: { xs: 1.5, sm: 3 }, pb: 4 }}>
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
