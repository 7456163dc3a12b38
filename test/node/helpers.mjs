// Shared set-up for the Node suites: the core as Node runs it (bundled from the TypeScript sources) and the
// project's files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, importTs } from '../../scripts/lib/load-ts.mjs';

export { ROOT };
export const core = await importTs('test/node/core-entry.ts');

export function readJson(path) {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

/** The small test definition, checked against the real meta-schema. */
export function smallDefinition() {
  const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
  return core.checkDefinition(readJson('test/fixtures/small-definition.json'), 'small-definition.json', meta);
}
