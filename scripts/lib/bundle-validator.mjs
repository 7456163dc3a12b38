// The one esbuild set-up for validator modules (scripts/compile-validators.mjs, the bench page, the Node tests):
// standalone Ajv source in, one self-contained ES module out, with Ajv's runtime helpers, our formats
// (`dvc-kit:formats`) and the check rules a procedure uses (`dvc-kit:rules`) inlined.
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from './load-ts.mjs';

export async function bundleValidator(source, outfile, banner = '') {
  await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: 'validator.js', loader: 'js' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    legalComments: 'none',
    banner: { js: banner },
    logLevel: 'warning',
    plugins: [
      {
        name: 'dvc-kit-validator',
        setup(b) {
          b.onResolve({ filter: /^dvc-kit:formats$/ }, () => ({ path: join(ROOT, 'src/core/validate/formats.ts') }));
          b.onResolve({ filter: /^dvc-kit:rules$/ }, () => ({ path: join(ROOT, 'src/core/validate/rules.ts') }));
        },
      },
    ],
  });
}
