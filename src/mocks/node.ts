import { setupServer } from 'msw/node';
import type { BackendOptions } from './backend';
import { createBackend } from './create-backend';
import { createHandlers } from './handlers';

/** An in-memory backend served through msw/node, for handler tests (same handlers as the browser). */
export function createTestServer(options: BackendOptions = {}) {
  const storage = new Map<string, string>();
  const backend = createBackend({
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    settings: { jobSpeed: 'instant' },
    random: () => 0.99,
    ...options,
  });
  const server = setupServer(...createHandlers(backend));
  return { server, backend, storage };
}
