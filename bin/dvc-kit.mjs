#!/usr/bin/env node
// The dvc-kit command. The TypeScript sources are bundled into dist-node/ by scripts/build-cli.mjs, which runs on
// `npm install` (prepare) and before the tests.
import { existsSync } from 'node:fs';

const cli = new URL('../dist-node/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'dvc-kit: the command is not built yet; run `npm run build:cli` (or `npm install`) in the dvc-kit folder.',
  );
  process.exit(2);
}
const { run } = await import(cli.href);
process.exitCode = await run(
  process.argv.slice(2),
  (line) => console.log(line),
  (line) => console.error(line),
);
