import { create } from 'zustand';

export interface Notification {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
}

interface NotificationState {
  queue: Notification[];
  notify: (message: string, severity?: Notification['severity']) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Toasts: any page or dialog announces an outcome; the shell shows them one at a time. */
export const useNotifications = create<NotificationState>()((set) => ({
  queue: [],
  notify: (message, severity = 'success') => set((s) => ({ queue: [...s.queue, { id: nextId++, message, severity }] })),
  dismiss: (id) => set((s) => ({ queue: s.queue.filter((n) => n.id !== id) })),
}));

export const notify = (message: string, severity?: Notification['severity']) =>
  useNotifications.getState().notify(message, severity);
