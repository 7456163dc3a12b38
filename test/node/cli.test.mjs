import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
