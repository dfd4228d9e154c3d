#!/usr/bin/env node
// `npm run bench:page [-- <path> [runs]] [--floor <url>] [--dist <dir>] [--port <n>]`: what a first
// visit costs in the production build, as ratios against the floor page of ../shared/bench/floor
// (React + MUI table + React Query + an MSW worker serving one list), measured interleaved in one
// headless Chromium: floor, console, floor, console… A shared, loaded machine makes absolute
// times mean little; a ratio of neighbouring runs means something.
//
// Per run a fresh browser context (cold: empty cache, the service worker registers from scratch),
// then a reload in it (warm). An in-page probe, installed before any page script, stamps the first
// animation frame in which a data row (a body row with three or more cells and no skeleton) and
// the top bar have a size, and says so with a console message: nothing is injected into the page
// while it loads (no locator, no waitForFunction). JavaScript before the row is counted as gzip
// bytes on the wire, asked again of the same server.
// Figures only: nothing here passes or fails on time.
//
// The floor is built and served as ../shared/bench/README.md says (port 4611 by default); the
// console's build (`npm run build`, or --dist) is served here with vite preview.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';

/* global window, document, requestAnimationFrame -- the probe runs in the page */
import { chromium } from '@playwright/test';

const { positional, flags } = parseArgs(process.argv.slice(2));
const path = positional[0] ?? '/images/private?scenario=demo&jobSpeed=instant';
const runs = Number(positional[1] ?? flags.runs ?? 7);
const floorUrl = flags.floor ?? 'http://127.0.0.1:4611/table.html';
const dist = flags.dist ?? 'dist';
const port = Number(flags.port ?? 4190);
const consoleOrigin = `http://127.0.0.1:${port}`;

const DATA_ROW = 'table tbody tr:not(:has(.MuiSkeleton-root)):has(td:nth-child(3))';
const TARGETS = [
  { id: 'floor', url: floorUrl, probe: { row: 'table tbody tr', shell: null } },
  { id: 'console', url: `${consoleOrigin}${path}`, probe: { row: DATA_ROW, shell: 'header' } },
];

function parseArgs(argv) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) flags[argv[i].slice(2)] = argv[++i];
    else positional.push(argv[i]);
  }
  return { positional, flags };
}

/** Runs in the page before its scripts (addInitScript): stamps the first frame each element shows. */
function firstFrameProbe({ row, shell }) {
  const stamps = (window.__firstFrame = {});
  const shown = (selector) => {
    const element = selector && document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const onFrame = () => {
    const now = performance.now();
    if (stamps.shell === undefined && shown(shell)) stamps.shell = now;
    if (stamps.row === undefined && shown(row)) {
      stamps.row = now;
      console.debug('first-frame-probe:row');
    }
    if (stamps.row === undefined || (shell && stamps.shell === undefined)) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

/** Navigates and waits for the probe's message (not a poll), then reads the stamps and resources. */
async function visit(page, navigate) {
  const row = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'first-frame-probe:row',
    timeout: 120_000,
  });
  await Promise.all([row, navigate()]);
  return page.evaluate(() => ({
    ...window.__firstFrame,
    resources: performance.getEntriesByType('resource').map((r) => ({
      path: new URL(r.name).pathname,
      type: r.initiatorType,
      end: r.responseEnd,
    })),
  }));
}

const wireSizes = new Map();
/** Bytes on the wire for a URL when the client accepts gzip, as the browser does. */
function wireSize(url) {
  if (!wireSizes.has(url))
    wireSizes.set(
      url,
      new Promise((resolve, reject) => {
        get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          let bytes = 0;
          response.on('data', (d) => (bytes += d.length));
          response.on('end', () => resolve(bytes));
        }).on('error', reject);
      }),
    );
  return wireSizes.get(url);
}

async function measure(browser, target) {
  const context = await browser.newContext();
  await context.addInitScript(firstFrameProbe, target.probe);
  const page = await context.newPage();
  const cold = await visit(page, () => page.goto(target.url));
  const warm = await visit(page, () => page.reload());
  await context.close();
  const origin = new URL(target.url).origin;
  const before = cold.resources.filter((r) => r.end <= cold.row);
  const scripts = before.filter((r) => r.path.endsWith('.js'));
  let js = 0;
  for (const s of scripts) js += await wireSize(origin + s.path);
  return {
    cold: cold.row,
    warm: warm.row,
    shell: cold.shell,
    js,
    files: scripts.length,
    fetches: before.filter((r) => r.type === 'fetch').length,
  };
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs, digits = 0) => {
  const f = (x) => x.toFixed(digits);
  const finite = xs.filter(Number.isFinite);
  return `${f(median(finite))} (${f(Math.min(...finite))}–${f(Math.max(...finite))})`;
};
const load1 = () => loadavg()[0].toFixed(2);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/ is missing: run \`npm run build\` first (or pass --dist).`);
  process.exit(1);
}
const server = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--outDir',
    dist,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve) => server.stdout.on('data', (d) => /127\.0\.0\.1/.test(String(d)) && resolve()));
try {
  await wireSize(floorUrl);
} catch {
  server.kill();
  console.error(`The floor page does not answer at ${floorUrl}: build and serve it as ../shared/bench/README.md says.`);
  process.exit(1);
}

const system = '/usr/bin/chromium';
const browser = await chromium.launch(
  existsSync(system)
    ? { executablePath: system, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }
    : {},
);
const results = { floor: [], console: [] };
const loads = [];
try {
  for (let i = 0; i < runs; i++) {
    for (const target of TARGETS) {
      loads.push(load1());
      const r = await measure(browser, target);
      results[target.id].push(r);
      console.log(
        `run ${i + 1} ${target.id.padEnd(7)} load ${loads.at(-1)}  cold row ${Math.round(r.cold)} ms` +
          `${r.shell === undefined ? '' : ` (shell ${Math.round(r.shell)})`}  warm row ${Math.round(r.warm)} ms  ` +
          `JS before row ${(r.js / 1024).toFixed(1)} kB in ${r.files} files, ${r.fetches} API fetches`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill();
}

const F = results.floor;
const C = results.console;
const perPair = (c, f = c) => C.map((x, i) => c(x) / f(F[i]));
const line = (name, floor, project, ratio) =>
  console.log(`${name.padEnd(38)} ${floor.padEnd(24)} ${project.padEnd(24)} ${ratio}`);
console.log(`\n${path}: ${runs} interleaved pairs; 1-min load average at each run: ${loads.join(', ')}`);
line('median (min–max)', 'floor', 'console', 'console/floor per pair');
line(
  'cold: first data row, ms',
  spread(F.map((r) => r.cold)),
  spread(C.map((r) => r.cold)),
  spread(
    perPair((r) => r.cold),
    2,
  ),
);
line(
  'warm reload: first data row, ms',
  spread(F.map((r) => r.warm)),
  spread(C.map((r) => r.warm)),
  spread(
    perPair((r) => r.warm),
    2,
  ),
);
line(
  'cold: top bar vs floor first row, ms',
  spread(F.map((r) => r.cold)),
  spread(C.map((r) => r.shell)),
  spread(
    perPair(
      (r) => r.shell,
      (r) => r.cold,
    ),
    2,
  ),
);
line(
  'JS before the first row, kB gzip',
  spread(
    F.map((r) => r.js / 1024),
    1,
  ),
  spread(
    C.map((r) => r.js / 1024),
    1,
  ),
  spread(
    perPair((r) => r.js),
    2,
  ),
);
line('API fetches before the first row', spread(F.map((r) => r.fetches)), spread(C.map((r) => r.fetches)), '');
