#!/usr/bin/env node
// Makes sure Playwright has a Chromium to drive before e2e runs.
// On Debian, Playwright cannot download its own browser where only the npm registry and Debian's
// packages are reachable, so the system package (/usr/bin/chromium) is the way: installed here
// when this process may (root, or passwordless sudo, with apt-get), otherwise the run stops with
// the one command to type. Elsewhere Playwright's own download is the fallback.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'sudo apt-get install -y chromium';

function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

const run = (command, args) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** `[]` as root, `['sudo', '-n']` with passwordless sudo, or undefined when apt is out of reach. */
function aptPrefix() {
  if (!succeeds('sh', ['-c', 'command -v apt-get'])) return undefined;
  if (process.getuid?.() === 0) return [];
  if (succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return undefined;
}

function installDebianChromium(prefix) {
  console.log(`No browser for Playwright: installing Debian's chromium (${INSTALL}).`);
  const [command, ...head] = [...prefix, 'apt-get'];
  if (run(command, [...head, 'update']).status !== 0) return false;
  return run(command, [...head, 'install', '-y', 'chromium']).status === 0 && existsSync(SYSTEM_CHROMIUM);
}

function ensure() {
  if (existsSync(SYSTEM_CHROMIUM)) return 0;
  const bundled = playwrightChromiumPath();
  if (bundled && existsSync(bundled)) return 0;

  const prefix = aptPrefix();
  if (prefix) return installDebianChromium(prefix) ? 0 : 1;
  if (succeeds('sh', ['-c', 'command -v apt-get'])) {
    console.error(`No browser for Playwright, and this user may not install one. Run once:\n\n  ${INSTALL}\n`);
    return 1;
  }
  console.log('No browser for Playwright: running "npx playwright install chromium".');
  return run('npx', ['playwright', 'install', 'chromium']).status ?? 1;
}

process.exit(ensure());
