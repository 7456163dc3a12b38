import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, readJson } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'dvc-cli-'));
const small = join(ROOT, 'test/fixtures/small-definition.json');

function file(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs the installed command as a person would (`node bin/dvc-kit.mjs` is what `npx dvc-kit` starts). */
function cli(...args) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/dvc-kit.mjs'), ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout.trim().split('\n').filter(Boolean), err: result.stderr };
}

const valid = {
  case: 'fatherUnknown',
  relationship: 'mother',
  childBorn: '2026-03-15',
  mother: { fullName: 'Nguyễn Thị Hương', born: '1995' },
  copies: 0,
  declaration: true,
};

describe('dvc-kit lint', () => {
  it('accepts good definitions (exit 0)', () => {
    const result = cli('lint', small);
    assert.equal(result.code, 0, result.out.join('\n') + result.err);
    assert.deepEqual(result.out, [`${small}: OK`]);
  });

  it('prints one line per problem with pointer and rule (exit 1)', () => {
    const definition = readJson('test/fixtures/small-definition.json');
    definition.steps[1].fields.push('mother.nope');
    const unknownField = file('unknown-field.json', definition);
    const path = file('bad.json', { ...definition, version: 'one' });
    const result = cli('lint', path, unknownField);
    assert.equal(result.code, 1);
    assert.ok(
      result.out.some((l) => l.startsWith(`${path}: /version: `) && l.endsWith('(rule: pattern)')),
      result.out.join('\n'),
    );
    assert.ok(
      result.out.includes(
        `${unknownField}: /steps/1/fields/1: "mother.nope" is not a field of the schema (rule: field-exists)`,
      ),
    );
  });

  it('reports an unreadable file or bad JSON as unusable input (exit 2)', () => {
    assert.equal(cli('lint', join(dir, 'missing.json')).code, 2);
    const broken = cli('lint', file('broken.json', '{ "id": '));
    assert.equal(broken.code, 2);
    assert.match(broken.out[0], /broken\.json: \/: .*JSON.*\(rule: json\)/);
  });
});

/**
 * A copy of test/fixtures/lint/forms (a procedure that passes every check) with one thing broken by `change`, which
 * gets the parsed definition and the copy's folder. Returns the lint result and the definition's path.
 */
function lintBroken(change) {
  const forms = mkdtempSync(join(dir, 'forms-'));
  cpSync(join(ROOT, 'test/fixtures/lint/forms'), forms, { recursive: true });
  const path = join(forms, 'sample-permit/definition.json');
  const definition = JSON.parse(readFileSync(path, 'utf8'));
  change(definition, forms);
  writeFileSync(path, JSON.stringify(definition, null, 2));
  return { ...cli('lint', path, '--today', '2026-11-28'), path, forms };
}

function example(forms, name, content) {
  writeFileSync(join(forms, 'sample-permit/examples', name), JSON.stringify(content, null, 2));
  return join(forms, 'sample-permit/examples', name);
}

describe('dvc-kit lint: what an author must get right', () => {
  it('passes the fixture procedure, given as a file, its folder or the forms folder', () => {
    const fixture = join(ROOT, 'test/fixtures/lint/forms');
    const file = join(fixture, 'sample-permit/definition.json');
    for (const arg of [file, join(fixture, 'sample-permit'), fixture]) {
      const result = cli('lint', arg);
      assert.deepEqual([result.code, result.out], [0, [`${file}: OK`]], result.err);
    }
  });

  it('passes every real procedure in forms/, examples included', () => {
    const ids = readdirSync(join(ROOT, 'forms'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'forms', entry.name, 'definition.json')))
      .map((entry) => entry.name)
      .sort();
    assert.ok(ids.includes('birth-registration'));
    const result = cli('lint', join(ROOT, 'forms'));
    assert.equal(result.code, 0, result.out.join('\n') + result.err);
    assert.deepEqual(
      result.out,
      ids.map((id) => `${join(ROOT, 'forms', id, 'definition.json')}: OK`),
    );
  });

  it('names every label, hint, option and text missing in one language, once', () => {
    const { code, out, path } = lintBroken((d) => {
      d.ui.fullName.label.en = ' ';
      delete d.ui.fullName.hint.vi;
      d.ui.purpose.options.study.en = '';
      d.steps[1].title.vi = '';
      d.documents[0].hint.en = '';
      d.ui.declaration.checkboxLabel.vi = '\t';
    });
    assert.equal(code, 1);
    assert.deepEqual(out.sort(), [
      `${path}: /documents/0/hint/en: English text is missing or blank (rule: localized-text)`,
      `${path}: /steps/1/title/vi: Vietnamese text is missing or blank (rule: localized-text)`,
      `${path}: /ui/declaration/checkboxLabel/vi: Vietnamese text is missing or blank (rule: localized-text)`,
      `${path}: /ui/fullName/hint/vi: Vietnamese text is missing or blank (rule: localized-text)`,
      `${path}: /ui/fullName/label/en: English text is missing or blank (rule: localized-text)`,
      `${path}: /ui/purpose/options/study/en: English text is missing or blank (rule: localized-text)`,
    ]);
  });

  it('refuses Vietnamese typed with decomposed diacritics (not NFC)', () => {
    const { code, out, path } = lintBroken((d) => {
      d.ui.address.label.vi = 'Địa chỉ'.normalize('NFD');
    });
    assert.equal(code, 1);
    assert.deepEqual(out, [
      `${path}: /ui/address/label/vi: Vietnamese text is not in Unicode NFC (decomposed diacritics): retype it or normalize the file (rule: nfc)`,
    ]);
  });

  it('finds a step path that is not in the schema', () => {
    const { code, out, path } = lintBroken((d) => {
      d.steps[0].fields[1] = 'nationalty';
    });
    assert.equal(code, 1);
    assert.deepEqual(out, [
      `${path}: /steps/0/fields/1: "nationalty" is not a field of the schema (rule: field-exists)`,
    ]);
  });

  it('finds a field of the schema that no step shows', () => {
    const { code, out, path } = lintBroken((d) => {
      d.steps[0].fields = d.steps[0].fields.filter((field) => field !== 'nationality');
    });
    assert.equal(code, 1);
    assert.deepEqual(out, [
      `${path}: /schema/properties/nationality: field "nationality" is in no step and not in "declaration": nobody can fill it (rule: field-reachable)`,
    ]);
  });

  it('finds an option list that does not resolve: a missing or broken reference file, a bad dependsOn', () => {
    const missing = lintBroken((d, forms) => {
      rmSync(join(forms, 'data/countries.json'));
      rmSync(join(forms, 'data/communes/79.json'));
    });
    assert.equal(missing.code, 1);
    assert.deepEqual(missing.out.sort(), [
      `${missing.path}: /ui/address.commune/source/data: ../data/communes/79.json does not exist (rule: source-file)`,
      `${missing.path}: /ui/nationality/source/data: ../data/countries.json does not exist (rule: source-file)`,
    ]);
    const malformed = lintBroken((d, forms) => {
      writeFileSync(join(forms, 'data/provinces.json'), JSON.stringify({ items: [{ code: '01' }] }));
    });
    assert.deepEqual(malformed.out, [
      `${malformed.path}: /ui/address.province/source/data: ../data/provinces.json item 0 needs a "code" and a name (rule: source-file)`,
      `${malformed.path}: /ui/address.commune/source/data: ../data/provinces.json item 0 needs a "code" and a name: the communes are listed per province (rule: source-file)`,
    ]);
    const dependsOn = lintBroken((d) => {
      d.ui['address.commune'].source.dependsOn = 'provinceCode';
    });
    assert.deepEqual(dependsOn.out, [
      `${dependsOn.path}: /ui/address.commune/source/dependsOn: "address.provinceCode" (from "provinceCode" beside "address.commune") is not a field with the province list (rule: source)`,
    ]);
  });

  it('finds an enum value without a label', () => {
    const { code, out, path } = lintBroken((d) => {
      d.schema.properties.purpose.enum.push('tourism');
    });
    assert.equal(code, 1);
    assert.deepEqual(out, [
      `${path}: /ui/purpose/options: choice "tourism" of "purpose" has no label (rule: option-label)`,
    ]);
  });

  it('finds examples that are not valid, or do not fail exactly where their expect says', () => {
    let files;
    const { code, out, path } = lintBroken((d, forms) => {
      const good = JSON.parse(readFileSync(join(forms, 'sample-permit/examples/valid-foreign-student.json'), 'utf8'));
      const noPurpose = { ...good.data, purpose: undefined };
      files = {
        notValid: example(forms, 'valid-no-purpose.json', { ...good, data: noPurpose }),
        wrongPlace: example(forms, 'invalid-wrong-place.json', {
          description: 'Expects the error on the wrong field.',
          data: noPurpose,
          expect: { valid: false, errors: [{ path: 'fullName', keyword: 'required' }] },
        }),
        wrongKeyword: example(forms, 'invalid-wrong-keyword.json', {
          description: 'Expects the wrong keyword.',
          data: noPurpose,
          expect: { valid: false, errors: [{ path: 'purpose', keyword: 'enum' }] },
        }),
        passes: example(forms, 'invalid-but-valid.json', {
          description: 'Nothing is wrong with it.',
          data: good.data,
          expect: { valid: false, errors: [{ path: 'purpose', keyword: 'required' }] },
        }),
        misnamed: example(forms, 'valid-but-says-invalid.json', { ...good, expect: { valid: false } }),
        notJson: example(forms, 'invalid-broken.json', '{'),
      };
      writeFileSync(files.notJson, '{ "description": ');
    });
    assert.equal(code, 1);
    const unexpected = `unexpected "required" error at "purpose": `;
    const lines = (file) =>
      out.filter((line) => line.startsWith(`${file}: `)).map((line) => line.slice(file.length + 2));
    assert.deepEqual(lines(files.notValid), [`/data/purpose: ${unexpected}Select purpose (rule: example)`]);
    assert.deepEqual(lines(files.wrongPlace).sort(), [
      `/data/purpose: ${unexpected}Select purpose (rule: example)`,
      `/expect/errors/0: expects a "required" error at "fullName", but there is none (rule: example)`,
    ]);
    assert.deepEqual(lines(files.wrongKeyword).sort(), [
      `/data/purpose: ${unexpected}Select purpose (rule: example)`,
      `/expect/errors/0: expects a "enum" error at "purpose", but got "required" (rule: example)`,
    ]);
    assert.deepEqual(lines(files.passes), [
      `/expect/errors/0: expects a "required" error at "purpose", but there is none (rule: example)`,
    ]);
    assert.deepEqual(lines(files.misnamed), [
      `/expect/valid: a file named valid-*.json expects valid data, invalid-*.json invalid data (rule: example-name)`,
      `/expect: an invalid example says where it fails: "errors": [{ "path", "keyword" }] (rule: example-expect)`,
    ]);
    assert.equal(lines(files.notJson).length, 1);
    assert.match(lines(files.notJson)[0], /^\/: .*JSON.* \(rule: json\)$/);
    assert.ok(!out.includes(`${path}: OK`));
  });

  it('finds a definition whose id is not its folder name (the demo routes by folder)', () => {
    const { code, out, path } = lintBroken((d) => {
      d.id = 'sample-licence';
    });
    assert.equal(code, 1);
    assert.deepEqual(out, [
      `${path}: /id: id "sample-licence" differs from its folder "sample-permit": the portal routes by folder (rule: folder-id)`,
    ]);
  });
});

describe('dvc-kit validate', () => {
  it('exits 0 and prints nothing for valid data', () => {
    const result = cli('validate', small, file('valid.json', valid), '--today', '2026-11-28');
    assert.deepEqual([result.code, result.out], [0, []]);
  });

  it('prints "path: message" per problem in the chosen language (exit 1)', () => {
    const data = file('invalid.json', { ...valid, mother: { born: '1995' }, copies: -1 });
    const vi = cli('validate', small, data, '--today', '2026-11-28');
    assert.equal(vi.code, 1);
    assert.deepEqual(vi.out.sort(), ['copies: Số bản sao phải từ 0 trở lên', 'mother.fullName: Nhập họ, chữ đệm, tên']);
    const en = cli('validate', small, data, '--lang', 'en', '--today', '2026-11-28');
    assert.deepEqual(en.out.sort(), ['copies: Number of copies must be 0 or more', 'mother.fullName: Enter full name']);
  });

  it('reads the answers of an example file', () => {
    const example = file('example.json', {
      description: 'x',
      data: { ...valid, copies: -1 },
      expect: { valid: false },
    });
    const result = cli('validate', small, example, '--lang', 'en', '--today', '2026-11-28');
    assert.deepEqual([result.code, result.out], [1, ['copies: Number of copies must be 0 or more']]);
  });

  it('marks warnings and still exits 0 when only warnings remain', () => {
    const data = file('warn.json', { ...valid, mother: { ...valid.mother, idNumber: '099195012345' } });
    const result = cli('validate', small, data, '--lang', 'en', '--today', '2026-11-28');
    assert.equal(result.code, 0);
    assert.match(result.out[0], /^mother\.idNumber: .*province code.*\(warning\)$/);
  });

  it('exits 2 for a bad definition, unreadable data, non-object data or bad usage', () => {
    assert.equal(cli('validate', file('d.json', '[]'), file('v.json', valid)).code, 2);
    assert.equal(cli('validate', small, join(dir, 'none.json')).code, 2);
    assert.equal(cli('validate', small, file('arr.json', '[1]')).code, 2);
    assert.equal(cli('validate', small).code, 2);
    assert.equal(cli('validate', small, file('v2.json', valid), '--lang', 'fr').code, 2);
    assert.equal(cli('frobnicate').code, 2);
  });
});
