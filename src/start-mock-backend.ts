import { holdRequestsUntil } from './api/backend-gate';

/*
 * Imported first by main.tsx, so the gate is held before any module (the router's loaders run as
 * it is created) can make a request, and msw starts downloading before the app's modules run.
 * The mock backend starts alongside the first render rather than before it: only requests wait
 * for the worker. index.html preloads its chunk (vite.config.ts).
 */
holdRequestsUntil(import('./mocks/browser').then(({ startMockBackend }) => startMockBackend()));
