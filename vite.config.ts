import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Adds `<link rel="modulepreload">` for the mock backend's chunk (msw, handlers, seed) and its
 * imports to index.html. main.tsx imports it dynamically to keep msw out of the main chunk; without
 * the link, the browser asks for it only once the main chunk has downloaded and run.
 */
function preloadMockBackend(): Plugin {
  return {
    name: 'ims:preload-mock-backend',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const mock = chunks.find((c) => c.facadeModuleId?.endsWith('/src/mocks/browser.ts'));
        if (!mock) return [];
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          chunks.find((c) => c.fileName === fileName)?.imports.forEach(visit);
        };
        visit(mock.fileName);
        // the main chunk's own imports are preloaded by Vite already
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadMockBackend()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/app/i18n/test-setup.ts'],
    // A suite on a loaded 2-core machine (the large scenario's seed) can take many seconds; time is
    // measured by benchmarks, not by tests.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
