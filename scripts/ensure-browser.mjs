#!/usr/bin/env node
// Makes sure Playwright has a Chromium to drive before e2e runs.
// Debian's package (/usr/bin/chromium) is the way on this project's machines, where
// Playwright cannot download its own browser; the download is the fallback elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

if (existsSync(SYSTEM_CHROMIUM)) {
  process.exit(0);
}

function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

const bundled = playwrightChromiumPath();
if (bundled && existsSync(bundled)) {
  process.exit(0);
}

console.log(`No ${SYSTEM_CHROMIUM} and no Playwright Chromium: running "npx playwright install chromium".`);
console.log('(On Debian, "apt-get install -y chromium" is the way when downloads are blocked.)');
const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
