import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { core, ROOT, readJson } from './helpers.mjs';

// Shared $defs (forms/common/): a definition refers to them by relative $ref, and every loader bundles them in.
const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
const shared = (path) => readJson(join('forms/birth-registration', path));

/**
 * The small test definition with its person's ID number and date of birth taken from person.json, and a guardian
 * (not on any step) described by the shared `parent` def, which brings in id-document.json and address.json.
 */
function smallWithShared() {
  const definition = readJson('test/fixtures/small-definition.json');
  const person = definition.schema.$defs.person.properties;
  person.idNumber = { $ref: '../common/person.json#/$defs/personalIdNumber' };
  person.born = { $ref: '../common/person.json#/$defs/partialDate' };
  definition.schema.properties.guardian = { $ref: '../common/person.json#/$defs/parent' };
  return definition;
}

function problemsOf(run) {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof core.DefinitionError, String(error));
    return error.problems;
  }
  assert.fail('the definition was accepted');
}

describe('bundleDefinition', () => {
  it('copies the referred shared defs, and those they refer to, and makes every $ref local', () => {
    const bundled = core.bundleDefinitionSync(smallWithShared(), shared, 'small.json');
    const defs = bundled.schema.$defs;
    assert.deepEqual(Object.keys(defs).sort(), [
      'address',
      'communeCode',
      'countryCode',
      'date',
      'ethnicityCode',
      'idDocument',
      'parent',
      'partialDate',
      'person',
      'personName',
      'personalIdNumber',
      'provinceCode',
      'residenceType',
    ]);
    assert.equal(bundled.schema.properties.guardian.$ref, '#/$defs/parent');
    assert.equal(bundled.schema.$defs.person.properties.idNumber.$ref, '#/$defs/personalIdNumber');
    assert.equal(defs.parent.properties.idDocument.$ref, '#/$defs/idDocument');
    assert.equal(defs.idDocument.allOf[0].then.properties.number.$ref, '#/$defs/personalIdNumber');
    assert.doesNotMatch(JSON.stringify(bundled), /common\//, 'no reference to a file is left');
  });

  it('gives a bundled definition the shared rules: Ajv, the model and the checks all read it', () => {
    const definition = core.checkDefinition(core.bundleDefinitionSync(smallWithShared(), shared, 's'), 's', meta);
    const validator = core.compileSchema(definition.schema);
    const base = {
      case: 'fatherUnknown',
      relationship: 'mother',
      childBorn: '2026-03-15',
      copies: 0,
      declaration: true,
    };
    const answers = (mother) => core.validateAnswers(definition, validator, { ...base, mother }, '2026-04-01');
    const good = answers({ fullName: 'Nguyễn Thị Hương', born: '1995' });
    assert.deepEqual(good.problems, []);
    const wrong = answers({ fullName: 'Nguyễn Thị Hương', born: '95', idNumber: '12345' });
    assert.deepEqual(
      wrong.problems.filter((p) => p.severity === 'error').map((p) => [p.path, p.keyword]),
      [
        ['mother.born', 'format'],
        ['mother.idNumber', 'pattern'],
      ],
    );
    const [mother] = core.buildFields(definition, {}, ['mother']);
    assert.deepEqual(
      mother.children.map((field) => field.path),
      ['mother.fullName', 'mother.born', 'mother.idNumber'],
    );
  });

  it('renames a shared def whose name the definition already uses for something else', () => {
    const definition = smallWithShared();
    definition.schema.$defs.date = { type: 'string', const: 'not the shared date' };
    definition.schema.properties.day = { $ref: '../common/person.json#/$defs/date' };
    const bundled = core.bundleDefinitionSync(definition, shared, 'small.json');
    assert.equal(bundled.schema.$defs.date.const, 'not the shared date');
    assert.equal(bundled.schema.properties.day.$ref, '#/$defs/person_date');
    assert.equal(bundled.schema.$defs.person_date.format, 'date');
    assert.equal(bundled.schema.$defs.idDocument.properties.issueDate.$ref, '#/$defs/person_date');
  });

  it('returns a definition without shared refs as it is, and the async loader gives the same result', async () => {
    const plain = readJson('test/fixtures/small-definition.json');
    assert.equal(core.bundleDefinitionSync(plain, shared, 'plain'), plain);
    const viaAsync = await core.bundleDefinition(smallWithShared(), async (path) => shared(path), 'small.json');
    assert.deepEqual(viaAsync, core.bundleDefinitionSync(smallWithShared(), shared, 'small.json'));
  });

  it('names the definition, the $ref and the missing file or def', () => {
    const definition = smallWithShared();
    definition.schema.properties.alias = { $ref: '../common/person.json#/$defs/personNam' };
    definition.schema.properties.other = { $ref: '../common/nope.json#/$defs/x' };
    const problems = problemsOf(() => core.bundleDefinitionSync(definition, shared, 'small.json'));
    assert.deepEqual(
      problems.map((p) => [p.pointer, p.rule]),
      [
        ['/schema/properties/alias/$ref', 'shared-ref'],
        ['/schema/properties/other/$ref', 'shared-ref'],
      ],
    );
    assert.match(problems[0].message, /"\.\.\/common\/person\.json" has no \$defs "personNam"/);
    assert.match(problems[1].message, /"\.\.\/common\/nope\.json" could not be read/);
    const error = (() => {
      try {
        core.bundleDefinitionSync(definition, shared, 'small.json');
      } catch (caught) {
        return caught;
      }
    })();
    assert.match(error.message, /^small\.json: /);
  });

  it('reports a broken ref inside a shared file at the definition ref that leads to it', () => {
    const broken = (path) => {
      const file = shared(path);
      if (path.endsWith('person.json')) file.$defs.parent.properties.idDocument.$ref = 'id-document.json#/$defs/gone';
      return file;
    };
    const problems = problemsOf(() => core.bundleDefinitionSync(smallWithShared(), broken, 'small.json'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].pointer, '/schema/properties/guardian/$ref');
    assert.match(
      problems[0].message,
      /^in \.\.\/common\/person\.json#\/\$defs\/parent\/properties\/idDocument\/\$ref: /,
    );
    assert.match(problems[0].message, /"\.\.\/common\/id-document\.json" has no \$defs "gone"/);
  });

  it('refuses absolute refs and refs that do not name a def', () => {
    const definition = smallWithShared();
    definition.schema.properties.a = { $ref: 'https://example.org/person.json#/$defs/personName' };
    definition.schema.properties.b = { $ref: '../common/person.json' };
    const problems = problemsOf(() => core.bundleDefinitionSync(definition, shared, 'small.json'));
    assert.deepEqual(
      problems.map((p) => p.pointer),
      ['/schema/properties/a/$ref', '/schema/properties/b/$ref'],
    );
  });
});

describe('dvc-kit lint with shared defs', () => {
  const forms = mkdtempSync(join(tmpdir(), 'dvc-bundle-'));
  mkdirSync(join(forms, 'p'));
  const cli = (...args) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/dvc-kit.mjs'), ...args], { encoding: 'utf8' });
    return { code: result.status, out: result.stdout.trim().split('\n').filter(Boolean) };
  };

  it('lints a definition that uses forms/common/ (exit 0)', () => {
    const result = cli('lint', join(ROOT, 'forms/birth-registration/definition.json'));
    assert.equal(result.code, 0, result.out.join('\n'));
  });

  it('reports a missing shared file or def as an error with its pointer (exit 1)', () => {
    cpSync(join(ROOT, 'forms/common'), join(forms, 'common'), { recursive: true });
    const definition = smallWithShared();
    definition.schema.properties.alias = { $ref: '../common/person.json#/$defs/personNam' };
    const noDef = join(forms, 'p', 'definition.json');
    writeFileSync(noDef, JSON.stringify(definition));
    const noFile = join(forms, 'p', 'deeper', 'definition.json');
    mkdirSync(join(forms, 'p', 'deeper'));
    writeFileSync(noFile, JSON.stringify(smallWithShared()));
    const result = cli('lint', noDef, noFile);
    assert.equal(result.code, 1, result.out.join('\n'));
    assert.deepEqual(result.out, [
      `${noDef}: /schema/properties/alias/$ref: shared file "../common/person.json" has no $defs "personNam" ` +
        '($ref "../common/person.json#/$defs/personNam") (rule: shared-ref)',
      `${noFile}: /schema/$defs/person/properties/born/$ref: shared file "../common/person.json" could not be read: ` +
        'no such file (rule: shared-ref)',
      `${noFile}: /schema/$defs/person/properties/idNumber/$ref: shared file "../common/person.json" could not be ` +
        'read: no such file (rule: shared-ref)',
      `${noFile}: /schema/properties/guardian/$ref: shared file "../common/person.json" could not be read: ` +
        'no such file (rule: shared-ref)',
    ]);
  });
});
