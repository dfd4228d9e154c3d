import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { holdRequestsUntil } from './api/backend-gate';
import { App } from './app/app';

// The mock backend starts alongside the first render rather than before it: the shell, the page
// header and the skeleton paint at once, and only requests wait for the worker (backend-gate.ts).
// A dynamic import keeps msw out of the main chunk; index.html preloads it (vite.config.ts), so
// it downloads in parallel with this chunk.
holdRequestsUntil(import('./mocks/browser').then(({ startMockBackend }) => startMockBackend()));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
