// The one esbuild set-up for validator modules (scripts/compile-validators.mjs, the bench page, the Node tests) is
// src/cli/compile-validator.ts, which `dvc-kit build` uses too: here it is pointed at the repository's own formats
// (`dvc-kit:formats`) and check rules (`dvc-kit:rules`) and its output written to `outfile`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, importTs } from './load-ts.mjs';

export const VALIDATOR_IMPORTS = {
  formats: join(ROOT, 'src/core/validate/formats.ts'),
  rules: join(ROOT, 'src/core/validate/rules.ts'),
  resolveDir: ROOT,
};

let compiler;

export async function bundleValidator(source, outfile, banner = '') {
  compiler ??= importTs('scripts/lib/compile-entry.ts');
  const text = await (await compiler).bundleValidator(source, VALIDATOR_IMPORTS, { banner });
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, text);
}
