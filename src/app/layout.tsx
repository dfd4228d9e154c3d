import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Outlet } from 'react-router';
import { ImageActionDialogs } from './image-action-dialogs';

export function Layout() {
  return (
    <>
      <AppBar position="static">
        <Toolbar>
          <Typography variant="h6" component="div">
            IMS Console
          </Typography>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ py: 3 }}>
        <Container maxWidth="lg">
          <ImageActionDialogs>
            <Outlet />
          </ImageActionDialogs>
        </Container>
      </Box>
    </>
  );
}
