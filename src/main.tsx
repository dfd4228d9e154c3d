import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';

async function main(): Promise<void> {
  // The mock backend must be answering before the first request, or that request reaches the
  // static server and gets index.html. A dynamic import keeps msw out of the main chunk.
  const { startMockBackend } = await import('./mocks/browser');
  await startMockBackend();

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
