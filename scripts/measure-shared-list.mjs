#!/usr/bin/env node
// `node scripts/measure-shared-list.mjs [dist] [runs] [port]`: Images Shared with Me in the
// production build, `demo` (a handful of shares) against `large` (10,000 shares). For each
// scenario, a fresh browser context per run: median time to the first table row, then to a name
// filter's first matching row. Figures only: nothing passes or fails on time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 5);
const port = Number(process.argv[4] ?? 4191);
if (!existsSync(join(process.cwd(), dist, 'index.html'))) {
  console.error(`${dist}/ is missing: build first (npx vite build --outDir ${dist}).`);
  process.exit(1);
}
/** A name part both scenarios have among accepted shares. */
const FILTERS = { demo: 'route', large: 'kafka-broker' };

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--outDir', dist],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve) => server.stdout.on('data', (d) => /localhost/.test(String(d)) && resolve()));
const browser = await chromium.launch(
  existsSync('/usr/bin/chromium')
    ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }
    : {},
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(scenario) {
  const first = [];
  const filter = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const table = page.getByRole('table', { name: 'Images shared with me' });
    let started = Date.now();
    await page.goto(`http://localhost:${port}/images/shared?scenario=${scenario}&jobSpeed=instant&status=accepted`);
    await table.getByRole('row').nth(1).waitFor({ timeout: 60_000 });
    first.push(Date.now() - started);
    started = Date.now();
    // Enter skips the typing debounce: the time is the request and the render.
    await page.getByLabel('Search by name').fill(FILTERS[scenario]);
    await page.getByLabel('Search by name').press('Enter');
    await page
      .getByRole('table', { name: 'Images shared with me', busy: false })
      .getByRole('row')
      .nth(1)
      .filter({ hasText: FILTERS[scenario] })
      .waitFor({ timeout: 60_000 });
    filter.push(Date.now() - started);
    await context.close();
  }
  return { first, filter };
}

try {
  const results = {};
  for (const scenario of ['demo', 'large']) results[scenario] = await measure(scenario);
  for (const [scenario, r] of Object.entries(results))
    console.log(
      `${scenario.padEnd(5)} first row median ${median(r.first)} ms (${r.first.join(', ')}); name filter median ${median(r.filter)} ms (${r.filter.join(', ')})`,
    );
  const ratio = (key) => (median(results.large[key]) / median(results.demo[key])).toFixed(2);
  console.log(`large / demo: first row ×${ratio('first')}, name filter ×${ratio('filter')}`);
} finally {
  await browser.close();
  server.kill();
}
