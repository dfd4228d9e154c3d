import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';
import { CONSOLE_NAME } from '../components/page-header';
import { CHROME_BG } from './theme';

/** What went wrong, in one line, whatever was thrown. */
export function describeError(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`.trim();
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  return 'An unknown error occurred.';
}

/**
 * The layout route's error element: a page that names the error and offers a way on, instead of
 * the blank screen React leaves when rendering throws.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  useEffect(() => {
    document.title = `Something went wrong · ${CONSOLE_NAME}`;
  }, []);

  return (
    <>
      <AppBar position="static" component="header" sx={{ bgcolor: CHROME_BG }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div">
            {CONSOLE_NAME}
          </Typography>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ p: 3, display: 'flex', justifyContent: 'center' }}>
        <Paper variant="outlined" sx={{ p: 4, maxWidth: 640, width: '100%' }}>
          <Stack spacing={2}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <ErrorOutlineIcon color="error" fontSize="large" />
              <Typography variant="h5" component="h1">
                Something went wrong
              </Typography>
            </Stack>
            <Typography>This page failed to show. Your data is safe; reloading usually helps.</Typography>
            <Typography
              component="pre"
              variant="body2"
              sx={{
                p: 1.5,
                bgcolor: 'grey.100',
                borderRadius: 1,
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-word',
                m: 0,
              }}
            >
              {describeError(error)}
            </Typography>
            <Stack direction="row" spacing={1}>
              <Button variant="contained" onClick={() => window.location.reload()}>
                Reload the page
              </Button>
              <Button component={RouterLink} to="/images/private" reloadDocument>
                Go to Private Images
              </Button>
            </Stack>
          </Stack>
        </Paper>
      </Box>
    </>
  );
}
