#!/usr/bin/env node
// `npm start`: install if needed, build, and serve the production build with vite preview.
// Only Node builtins, because node_modules may not exist yet.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** `npm start -- --port 8080`, `PORT=8080 npm start`, or 4173. */
function portOf(argv, env) {
  const flag = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = flag < 0 ? env.PORT : argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  if (raw === undefined || raw === '') return 4173;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Not a port: "${raw}". Use --port <1-65535> or PORT=<1-65535>.`);
    process.exit(2);
  }
  return port;
}
const PORT = portOf(process.argv.slice(2), process.env);
const URL = `http://localhost:${PORT}/images/private?scenario=demo`;

function npmSucceeds(args) {
  console.log(`\n> npm ${args.join(' ')}`);
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function run(args) {
  if (!npmSucceeds(args)) {
    console.error(`\n"npm ${args.join(' ')}" failed.`);
    process.exit(1);
  }
}

if (!existsSync(join(root, 'node_modules'))) {
  // npm ci can refuse a lockfile that lacks platform-only optional packages a registry does not
  // serve; npm install resolves the same pinned tree without them.
  if (!npmSucceeds(['ci', '--no-audit', '--no-fund'])) run(['install', '--no-audit', '--no-fund']);
}
run(['run', 'build']);

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const preview = spawn(process.execPath, [vite, 'preview', '--port', String(PORT), '--strictPort'], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
});

let announced = false;
preview.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /localhost|Local:/i.test(String(chunk))) {
    announced = true;
    console.log(`\nIMS Console is running at ${URL}\n(Press Ctrl+C to stop.)\n`);
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => preview.kill(signal));
}
preview.on('exit', (code, signal) => {
  if (!announced) {
    console.error(`vite preview stopped before serving (is port ${PORT} in use?).`);
  }
  process.exit(code ?? (signal ? 0 : 1));
});
