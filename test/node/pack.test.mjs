// `dvc-kit build` and what the npm package ships. A pack holds exactly its manifest, the bundled definition, a
// validator module that judges data as runtime Ajv does (in Node too), and only the reference data the definition
// uses, each file with its SHA-256 in the manifest; a definition that fails lint is refused with lint's messages and
// nothing written; `npm pack` contains every file package.json's exports point to.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { core, ROOT, readDefinition, readJson } from './helpers.mjs';

const out = mkdtempSync(join(tmpdir(), 'dvc-pack-'));
after(() => rmSync(out, { recursive: true, force: true }));

function cli(...args) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/dvc-kit.mjs'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every file under `dir`, as paths relative to it with `/`. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The reference-data files a definition uses, as the pack should hold them. */
function expectedData(definition, dataDir) {
  const files = new Set();
  for (const ui of Object.values(definition.ui)) {
    if (!ui.source) continue;
    if (ui.source.data !== 'communes') files.add(`data/${ui.source.data}.json`);
    else for (const name of readdirSync(join(dataDir, 'communes'))) files.add(`data/communes/${name}`);
  }
  return [...files].sort();
}

const CASES = [
  {
    file: 'forms/birth-registration/definition.json',
    data: 'forms/data',
    examples: 'forms/birth-registration/examples',
  },
  { file: 'test/fixtures/lint/forms/sample-permit/definition.json', data: 'test/fixtures/lint/forms/data' },
  { file: 'test/fixtures/checks-definition.json' },
  { file: 'test/fixtures/small-definition.json' },
];

describe('dvc-kit build', () => {
  for (const { file, data, examples } of CASES) {
    it(`packs ${file}: manifest, hashes, validator and only the data it uses`, async () => {
      const built = cli('build', file, '--out', out);
      assert.equal(built.code, 0, built.err);
      const definition = readDefinition(file);
      const dir = join(out, definition.id);
      const manifest = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
      assert.deepEqual(
        { ...manifest, files: undefined },
        {
          format: 'dvc-kit-pack',
          formatVersion: 1,
          id: definition.id,
          version: definition.version,
          definition: 'definition.json',
          validator: 'validator.js',
          data: 'data/',
          schemaHash: core.schemaHash(definition.schema),
          definitionHash: core.schemaHash(definition),
          files: undefined,
        },
      );
      // Every file but pack.json is listed, with its real SHA-256; nothing is listed that is not there.
      const onDisk = listFiles(dir).filter((path) => path !== 'pack.json');
      assert.deepEqual(Object.keys(manifest.files).sort(), onDisk);
      for (const path of onDisk) assert.equal(manifest.files[path], sha256(join(dir, path)), path);
      // The bundled definition (no $ref to another file left), and only the reference data its fields use.
      assert.deepEqual(JSON.parse(readFileSync(join(dir, 'definition.json'), 'utf8')), definition);
      const dataFiles = onDisk.filter((path) => path.startsWith('data/'));
      assert.deepEqual(dataFiles, data ? expectedData(definition, join(ROOT, data)) : []);
      for (const path of dataFiles) assert.equal(sha256(join(dir, path)), sha256(join(ROOT, data, path.slice(5))));

      // The validator is a self-contained module (imported from a temporary folder, where no package could be
      // resolved) that compiles nothing at run time and judges as runtime Ajv does.
      const source = readFileSync(join(dir, 'validator.js'), 'utf8');
      assert.doesNotMatch(source, /new Function|\beval\(/);
      const module = await import(pathToFileURL(join(dir, 'validator.js')).href);
      assert.equal(module.schemaHash, manifest.schemaHash);
      assert.equal(module.definitionHash, manifest.definitionHash);
      if (!examples) return;
      const runtime = core.compileSchema(definition.schema);
      const names = readdirSync(join(ROOT, examples)).filter((name) => name.endsWith('.json'));
      assert.ok(names.some((n) => n.startsWith('valid-')) && names.some((n) => n.startsWith('invalid-')));
      for (const name of names) {
        const example = readJson(join(examples, name));
        const fromPack = core.validateAnswers(definition, module.default, example.data);
        const fromAjv = core.validateAnswers(definition, runtime, example.data);
        assert.equal(fromPack.valid, name.startsWith('valid-'), name);
        assert.deepEqual(fromPack, fromAjv, `${name}: the pack's validator and runtime Ajv agree`);
      }
    });
  }

  it('refuses a definition that fails lint, with lint’s messages, and writes nothing', () => {
    const broken = readJson('test/fixtures/small-definition.json');
    broken.title = { vi: broken.title.vi };
    const file = join(out, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = cli('build', file, '--out', join(out, 'refused'));
    assert.equal(result.code, 1);
    assert.match(result.err, /broken\.json: \/title\/en: English text is missing or blank \(rule: localized-text\)/);
    assert.match(result.err, /was not built: fix the problems above first/);
    assert.equal(existsSync(join(out, 'refused')), false);
  });

  it('says how to use it', () => {
    assert.equal(cli('build').code, 2);
    assert.match(cli('--help').out, /dvc-kit build <definition\.json>\.\.\. \[--out DIR\]/);
  });
});

describe('npm package', () => {
  it('contains every file package.json exports, types and bin point to', () => {
    const pkg = readJson('package.json');
    if (!existsSync(join(ROOT, 'dist-lib/npm/index.js')) || !existsSync(join(ROOT, 'dist-lib/types/index.d.ts'))) {
      const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-lib.mjs')], { encoding: 'utf8' });
      assert.equal(built.status, 0, built.stderr);
    }
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const packed = new Set(JSON.parse(result.stdout)[0].files.map((f) => f.path));
    const exported = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    assert.ok(exported.length >= 10, 'the exports map lists the entry points');
    const targets = [
      ...exported,
      pkg.types,
      pkg.customElements,
      ...Object.values(pkg.bin),
      'dist-node/cli.mjs',
      'dist-node/validator-formats.mjs',
      'dist-node/validator-rules.mjs',
      'forms/procedure.schema.json',
      'NOTICE',
    ].map((path) => path.replace(/^\.\//, ''));
    for (const path of new Set(targets)) {
      assert.ok(packed.has(path), `npm pack leaves out ${path}`);
    }
    // The drop-in's lazy chunks and fonts travel with it, and no source maps of the drop-in are left out either.
    assert.ok([...packed].some((path) => /^dist-lib\/cdn\/chunks\/pdf-[\w-]+\.js$/.test(path)));
    assert.ok([...packed].some((path) => /^dist-lib\/cdn\/assets\/BeVietnamPro_400Regular-[\w-]+\.ttf$/.test(path)));
  });
});
