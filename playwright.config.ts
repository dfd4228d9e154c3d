import { existsSync } from 'node:fs';

import { defineConfig, devices } from '@playwright/test';

// E2E_PORT and E2E_DIST let several people run suites side by side on one machine. The defaults
// are not `npm start`'s (port 4173, dist/), so the suite runs while the console is being served.
const PORT = Number(process.env.E2E_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist-e2e';
const baseURL = `http://localhost:${PORT}`;

/** Debian's chromium when the machine has it (Playwright cannot download its own browser here). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

// `npm test` builds before e2e; a standalone `npm run test:e2e` builds only when dist is missing.
const preview = `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`;
const serverCommand = existsSync(new URL(`./${DIST}/index.html`, import.meta.url))
  ? preview
  : `npx vite build --outDir ${DIST} && ${preview}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // One budget for every suite, sized for a loaded machine rather than for the app: several people's
  // suites may share its two cores. Under a load of 20-30 a test that walks several pages has taken
  // 1.7 min, and one step may wait out a first load, which registers the mock backend's service
  // worker and seeds it (over 20 s seen). Specs set no timeouts of their own.
  timeout: 180_000,
  expect: { timeout: 45_000 },
  outputDir: `test-results/${DIST}`,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_DIST ? `reports/playwright-${DIST}.json` : 'reports/playwright.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: {
    command: serverCommand,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
