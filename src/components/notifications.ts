import { create } from 'zustand';

/** A toast's one action, such as Undo: a real button in the toast, which closes as it runs. */
export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Notification {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
  action?: ToastAction;
}

interface NotificationState {
  queue: Notification[];
  /** Queues a toast; answers its id, so whoever raised it can take it back (`dismiss`). */
  notify: (message: string, severity?: Notification['severity'], action?: ToastAction) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Toasts: any page or dialog announces an outcome; the shell shows them one at a time. */
export const useNotifications = create<NotificationState>()((set) => ({
  queue: [],
  notify: (message, severity = 'success', action) => {
    const id = nextId++;
    set((s) => ({ queue: [...s.queue, { id, message, severity, ...(action ? { action } : {}) }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ queue: s.queue.filter((n) => n.id !== id) })),
}));

export const notify = (message: string, severity?: Notification['severity'], action?: ToastAction) =>
  useNotifications.getState().notify(message, severity, action);

export const dismissNotification = (id: number) => useNotifications.getState().dismiss(id);
