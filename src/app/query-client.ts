import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { useNotifications } from '../components/notifications';
import { errorToast, retryDelay, shouldRetryQuery } from './error-policy';

/** Toasts once per message: a burst of failing reads (an outage) is one announcement, not ten. */
function announce(error: unknown, kind: 'query' | 'mutation') {
  const message = errorToast(error, kind);
  if (!message) return;
  const { queue, notify } = useNotifications.getState();
  if (queue.some((n) => n.message === message)) return;
  notify(message, 'error');
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      // Background hints (badges) opt out with `meta: { silent: true }`.
      onError: (error, query) => {
        if (query.meta?.silent === true) return;
        announce(error, 'query');
      },
    }),
    // A write that reports its own failure (an optimistic save that rolls back) opts out the same way.
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.silent === true) return;
        announce(error, 'mutation');
      },
    }),
    defaultOptions: {
      queries: { staleTime: 10_000, retry: shouldRetryQuery, retryDelay },
      // Writes are not repeated behind the user's back.
      mutations: { retry: false },
    },
  });
}
