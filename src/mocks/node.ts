import { setupServer } from 'msw/node';

import type { Backend, BackendOptions } from './backend';
import { createBackend } from './create-backend';
import { createHandlers } from './handlers';

/**
 * The same handlers as the browser, behind `msw/node`, for Vitest handler tests.
 * Without options the backend keeps its db in memory and seeds the default scenario.
 */
export function createTestServer(options: BackendOptions = {}): {
  server: ReturnType<typeof setupServer>;
  backend: Backend;
} {
  const backend = createBackend(options);
  return { server: setupServer(...createHandlers(backend)), backend };
}
