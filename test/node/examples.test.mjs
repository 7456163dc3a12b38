import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { core, ROOT, readDefinition, readJson } from './helpers.mjs';

// Every forms/*/examples/*.json is validated twice: with runtime Ajv (as the CLI and a receiver do) and with the
// precompiled validator the browser loads. Both must give the stated result, and the same one.
const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
const procedures = readdirSync(join(ROOT, 'forms'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'forms', entry.name, 'definition.json')))
  .map((entry) => entry.name);

it('there are procedures with examples to sweep', () => {
  assert.ok(procedures.includes('birth-registration'));
});

for (const name of procedures) {
  describe(`forms/${name}`, async () => {
    const definition = core.checkDefinition(readDefinition(`forms/${name}/definition.json`), name, meta);
    const runtime = core.compileSchema(definition.schema);
    const generated = await import(
      pathToFileURL(join(ROOT, 'src/generated/validators', `${definition.id}-${definition.version}.js`)).href
    );
    it('its precompiled validator was built from this very schema', () => {
      assert.equal(generated.schemaHash, core.schemaHash(definition.schema));
    });
    const dir = join(ROOT, 'forms', name, 'examples');
    const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')) : [];
    it('has valid and invalid examples', () => {
      assert.ok(files.some((file) => file.startsWith('valid-')));
      assert.ok(files.some((file) => file.startsWith('invalid-')));
    });
    for (const file of files) {
      it(file, () => {
        const example = readJson(`forms/${name}/examples/${file}`);
        assert.equal(example.expect.valid, file.startsWith('valid-'), 'file name and expectation agree');
        const viaRuntime = core.validateAnswers(definition, runtime, example.data);
        const viaPrecompiled = core.validateAnswers(definition, generated.default, example.data);
        assert.deepEqual(viaPrecompiled.problems, viaRuntime.problems, 'runtime and precompiled validators agree');
        const errors = viaRuntime.problems.filter((p) => p.severity === 'error');
        if (example.expect.valid) {
          assert.deepEqual(errors, [], example.description);
        } else {
          for (const expected of example.expect.errors) {
            assert.ok(
              errors.some((p) => p.path === expected.path && p.keyword === expected.keyword),
              `${example.description}: expected ${expected.keyword} on ${expected.path}, got ${JSON.stringify(errors.map((p) => [p.path, p.keyword]))}`,
            );
          }
        }
      });
    }
  });
}
