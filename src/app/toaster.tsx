import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Portal from '@mui/material/Portal';
import Snackbar from '@mui/material/Snackbar';
import { useNotifications, type Notification } from '../components/notifications';

/** Errors stay until read; outcomes leave on their own. */
const HIDE_AFTER_MS = { success: 5000, info: 6000, warning: 10_000, error: null } as const;
/** A toast that offers an action (Undo) stays long enough to reach its button by keyboard. */
const WITH_ACTION_HIDE_AFTER_MS = 15_000;

export function hideAfterMs(notification: Pick<Notification, 'severity' | 'action'>): number | null {
  const base = HIDE_AFTER_MS[notification.severity];
  return notification.action && base !== null ? Math.max(base, WITH_ACTION_HIDE_AFTER_MS) : base;
}

/** Shows the notification queue one toast at a time, oldest first. */
export function Toaster() {
  const current = useNotifications((s) => s.queue[0]);
  const dismiss = useNotifications((s) => s.dismiss);
  if (!current) return null;
  const close = () => dismiss(current.id);
  const { action } = current;

  // Portalled to <body> so a toast raised while a dialog is open is not inside the content the
  // dialog hides from assistive technology.
  return (
    <Portal>
      <Snackbar
        key={current.id}
        open
        autoHideDuration={hideAfterMs(current)}
        onClose={(_, reason) => {
          // A click elsewhere on the page must not swallow an error before it is read.
          if (reason !== 'clickaway') close();
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={current.severity}
          variant="filled"
          onClose={close}
          // An Alert's own action replaces its close button, so a toast with an action brings both.
          action={
            action && (
              <>
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    close();
                    action.run();
                  }}
                  sx={{ fontWeight: 700 }}
                >
                  {action.label}
                </Button>
                <IconButton color="inherit" size="small" aria-label="Close" title="Close" onClick={close}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            )
          }
          sx={{ width: '100%', maxWidth: 640 }}
        >
          {current.message}
        </Alert>
      </Snackbar>
    </Portal>
  );
}
