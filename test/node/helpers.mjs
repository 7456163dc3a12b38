// Shared set-up for the Node suites: the core as Node runs it (bundled from the TypeScript sources) and the
// project's files.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, importTs } from '../../scripts/lib/load-ts.mjs';

export { ROOT };
export const core = await importTs('test/node/core-entry.ts');

export function readJson(path) {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

/**
 * A definition file as every loader sees it: parsed and bundled (the shared `$defs` it refers to, e.g. in
 * forms/common/, copied into it), not yet checked.
 */
export function readDefinition(path) {
  return core.bundleDefinitionSync(readJson(path), (relative) => readJson(join(dirname(path), relative)), path);
}

/** The small test definition, checked against the real meta-schema. */
export function smallDefinition() {
  const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
  return core.checkDefinition(readJson('test/fixtures/small-definition.json'), 'small-definition.json', meta);
}
