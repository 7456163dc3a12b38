// Builds the bench page into node_modules/.cache/dvc-bench/: the synthetic 300-field definition (checked with the
// real meta-schema and cross-checks), its validator compiled the way scripts/compile-validators.mjs compiles the
// shipped ones, and an esbuild bundle of <dvc-form> with scripts/bench/page.ts that registers that validator at run
// time. The folder is served as it is by scripts/serve-demo.mjs, under the same strict CSP as the demo.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleValidator } from '../lib/bundle-validator.mjs';
import { ROOT, importTs } from '../lib/load-ts.mjs';
import { BENCH_ID, BENCH_VERSION, benchDefinition } from './definition.mjs';

export const BENCH_DIR = join(ROOT, 'node_modules/.cache/dvc-bench');

/** Writes the bench page and returns `{ dir, definition, fieldCount }`. */
export async function buildBenchPage() {
  const core = await importTs('scripts/lib/compile-entry.ts');
  rmSync(BENCH_DIR, { recursive: true, force: true });
  mkdirSync(BENCH_DIR, { recursive: true });

  const metaSchema = JSON.parse(readFileSync(join(ROOT, 'forms/procedure.schema.json'), 'utf8'));
  const file = join(BENCH_DIR, 'definition.json');
  writeFileSync(file, JSON.stringify(benchDefinition(), null, 2) + '\n');
  // Checked from the file's text, as the build checks an author's definition (throws with pointer and rule).
  const definition = core.checkDefinition(
    core.parseDefinitionText(readFileSync(file, 'utf8'), file),
    file,
    core.compileSchema(metaSchema),
  );

  const source =
    core.standaloneSource(definition.schema) +
    core.checkRulesSource(definition) +
    `\nexport const schemaHash = ${JSON.stringify(core.schemaHash(definition.schema))};\n` +
    `export const definitionHash = ${JSON.stringify(core.schemaHash(definition))};\n`;
  await bundleValidator(source, join(BENCH_DIR, 'validator.js'));

  // The entry registers the validator before the page module creates any form.
  const entry = [
    `import { registerPrecompiledValidator } from ${JSON.stringify(join(ROOT, 'src/controllers/procedure-controller.ts'))};`,
    `import { start } from ${JSON.stringify(join(ROOT, 'scripts/bench/page.ts'))};`,
    `registerPrecompiledValidator(${JSON.stringify(`${BENCH_ID}@${BENCH_VERSION}`)}, () => import('./validator.js'));`,
    'start();',
    '',
  ].join('\n');
  writeFileSync(join(BENCH_DIR, 'entry.js'), entry);
  await build({
    entryPoints: [join(BENCH_DIR, 'entry.js')],
    outdir: join(BENCH_DIR, 'app'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Lit's legacy decorators and `useDefineForClassFields: false` come from the project's tsconfig; the entry lives
    // outside the project tree, so it is named here rather than found by walking up from each file.
    tsconfig: join(ROOT, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(
    join(BENCH_DIR, 'index.html'),
    '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n<title>dvc-kit bench</title>\n' +
      '<script type="module" src="/app/entry.js"></script>\n</head>\n<body>\n<main id="bench"></main>\n</body>\n</html>\n',
  );
  return { dir: BENCH_DIR, definition, fieldCount: countLeaves(definition) };
}

/** Leaf fields shown in the steps (objects count by their fields), to print alongside the numbers. */
function countLeaves(definition) {
  const objects = new Set(
    Object.entries(definition.ui)
      .filter(([path]) => Object.keys(definition.ui).some((other) => other.startsWith(path + '.')))
      .map(([path]) => path),
  );
  return Object.keys(definition.ui).filter((path) => !objects.has(path) && path !== 'declaration').length;
}
