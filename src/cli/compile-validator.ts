import { build } from 'esbuild';
import { schemaHash } from '../core/definition/hash.js';
import type { ProcedureDefinition } from '../core/definition/types.js';
import { checkRulesSource, standaloneSource } from '../core/validate/compile.js';

/**
 * Where a validator module's two project imports come from: our formats (`dvc-kit:formats`) and check rules
 * (`dvc-kit:rules`), and the folder Ajv's runtime helpers (`ajv/dist/runtime/…`) are resolved from. The repository's
 * build points at src/core/validate/*.ts; the installed command at its own built copies in dist-node/.
 */
export interface ValidatorImports {
  formats: string;
  rules: string;
  resolveDir: string;
}

/**
 * The source of a procedure's validator module: Ajv's standalone code for its schema (no `new Function` at run
 * time, so pages work under `script-src 'self'`), the rules of its checks, and the hashes of the schema and of the
 * whole definition it was compiled from, which the form compares with the definition it loads.
 */
export function validatorModuleSource(definition: ProcedureDefinition): string {
  return (
    standaloneSource(definition.schema) +
    checkRulesSource(definition) +
    `\nexport const schemaHash = ${JSON.stringify(schemaHash(definition.schema))};\n` +
    `export const definitionHash = ${JSON.stringify(schemaHash(definition))};\n`
  );
}

/**
 * Bundles validator source (from `validatorModuleSource` or `standaloneSource`) into the text of one self-contained
 * ES module, with Ajv's runtime helpers, our formats and the rules it uses inlined.
 */
export async function bundleValidator(
  source: string,
  imports: ValidatorImports,
  options: { banner?: string; minify?: boolean } = {},
): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: imports.resolveDir, sourcefile: 'validator.js', loader: 'js' },
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: options.minify ?? false,
    legalComments: 'none',
    banner: { js: options.banner ?? '' },
    logLevel: 'warning',
    plugins: [
      {
        name: 'dvc-kit-validator',
        setup(b) {
          b.onResolve({ filter: /^dvc-kit:formats$/ }, () => ({ path: imports.formats }));
          b.onResolve({ filter: /^dvc-kit:rules$/ }, () => ({ path: imports.rules }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}
