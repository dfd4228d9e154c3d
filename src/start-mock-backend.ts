import { holdRequestsUntil } from './api/backend-gate';

/*
 * Imported first by main.tsx, so requests are held before any module (the router's loaders run as
 * it is created) can make one, and msw starts downloading before the app's modules run. The mock
 * backend starts alongside the first render rather than before it: the shell paints at once and
 * only requests wait for the worker. index.html preloads its chunk (vite.config.ts).
 */
const started = import('./mocks/browser').then(({ startMockBackend }) => startMockBackend());
holdRequestsUntil(started);

// Any fetch made in the page before the worker is active, not only the console's own (a script or
// a test asking the API as soon as the shell shows), waits for it rather than reaching the static
// server and getting index.html. A backend that failed to start lets it through to fail as such.
const nativeFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  started.then(
    () => nativeFetch(input, init),
    () => nativeFetch(input, init),
  );
