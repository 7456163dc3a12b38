#!/usr/bin/env node
// Runs every test/e2e/*.e2e.mjs with node:test, one file at a time (each starts its own server and Chromium, and the
// CI machine has two cores). Expects a built dist/: `npm run test:e2e` builds first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('dist/index.html is missing: build first with `npx vite build` (npm run test:e2e does).');
  process.exit(1);
}
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort()
  .map((name) => join(here, name));
if (files.length === 0) {
  console.error('No end-to-end test files matched.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-concurrency=1', '--test-timeout=300000', ...files],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
