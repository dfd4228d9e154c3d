#!/usr/bin/env node
// `npm run bench:page [-- <path> [runs]]`: what a first visit costs in the production build.
// Serves dist/ with vite preview, opens the page in headless Chromium (a fresh context per run,
// so the service worker registers from cold; then a reload with the worker active), and prints
// the JavaScript it loaded (gzip, by chunk) and the median time to the first table row.
// Figures only: nothing here passes or fails on time.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

const PORT = 4190;
const path = process.argv[2] ?? '/images/private?scenario=demo&jobSpeed=instant';
const runs = Number(process.argv[3] ?? 5);
const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
await new Promise((resolve) => server.stdout.on('data', (d) => /localhost/.test(String(d)) && resolve()));

const browser = await chromium.launch(
  existsSync('/usr/bin/chromium')
    ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }
    : {},
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

async function timeToFirstRow(page, load) {
  const started = Date.now();
  await load();
  // The first data row of the page's main table (row 0 is the header).
  await page.getByRole('table').first().getByRole('row').nth(1).waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

const cold = [];
const warm = [];
const scripts = new Map();
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js') && pathname.startsWith('/assets/')) scripts.set(pathname, true);
    });
    const url = `http://localhost:${PORT}${path}`;
    cold.push(await timeToFirstRow(page, () => page.goto(url)));
    warm.push(await timeToFirstRow(page, () => page.reload()));
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

let total = 0;
let mockTotal = 0;
const rows = [...scripts.keys()].map((pathname) => {
  const size = gzipSync(readFileSync(join(dist, pathname))).length;
  // The mock backend's chunk (msw) ships only because this console has no real backend.
  const isMock = /\/browser-[^/]+\.js$/.test(pathname);
  if (isMock) mockTotal += size;
  else total += size;
  return `  ${pathname.padEnd(48)} ${kb(size).padStart(10)}${isMock ? '  (mock backend)' : ''}`;
});
console.log(`First route: ${path}`);
console.log('JavaScript loaded (gzip):');
console.log(rows.sort().join('\n'));
console.log(`  console total ${kb(total)}; mock backend ${kb(mockTotal)}`);
console.log(
  `Time to first row over ${runs} runs: cold median ${median(cold)} ms (${cold.join(', ')}); warm median ${median(warm)} ms (${warm.join(', ')})`,
);
