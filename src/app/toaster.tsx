import Alert from '@mui/material/Alert';
import Portal from '@mui/material/Portal';
import Snackbar from '@mui/material/Snackbar';
import { useNotifications } from '../components/notifications';

/** Errors stay until read; outcomes leave on their own. */
const HIDE_AFTER_MS = { success: 5000, info: 6000, warning: 10_000, error: null } as const;

/** Shows the notification queue one toast at a time, oldest first. */
export function Toaster() {
  const current = useNotifications((s) => s.queue[0]);
  const dismiss = useNotifications((s) => s.dismiss);
  if (!current) return null;
  const close = () => dismiss(current.id);

  // Portalled to <body> so a toast raised while a dialog is open is not inside the content the
  // dialog hides from assistive technology.
  return (
    <Portal>
      <Snackbar
        key={current.id}
        open
        autoHideDuration={HIDE_AFTER_MS[current.severity]}
        onClose={(_, reason) => {
          // A click elsewhere on the page must not swallow an error before it is read.
          if (reason !== 'clickaway') close();
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity={current.severity} variant="filled" onClose={close} sx={{ width: '100%', maxWidth: 640 }}>
          {current.message}
        </Alert>
      </Snackbar>
    </Portal>
  );
}
