import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core, smallDefinition } from './helpers.mjs';

// The small test definition (version 1.2.0) stands for the new version of a procedure; drafts come from older ones.
const current = smallDefinition();
const withMigrations = (migrations) => ({ ...current, migrations });

/** Every answer in a value as `value` strings, so that nothing lost can be checked whatever moved where. */
function answers(value) {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(answers);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(answers);
  return [JSON.stringify(value)];
}

function assertNothingLost(input, result) {
  const after = [...answers(result.data), ...result.setAside.flatMap((item) => answers(item.value))];
  assert.deepEqual(after.sort(), answers(input).sort(), 'every answer is in the data or set aside');
}

/** Freezes deeply, so that a migration that changed the draft it was given would throw. */
function frozen(value) {
  if (value !== null && typeof value === 'object') Object.values(value).forEach(frozen);
  return Object.freeze(value);
}

describe('migrateData', () => {
  it('leaves data of the current version as it is, even what the schema does not know', () => {
    const data = { mother: { fullName: 'Trần Thị Bình' }, somethingElse: 1 };
    const result = core.migrateData(current, data, '1.2.0');
    assert.equal(result.data, data);
    assert.deepEqual(result.setAside, []);
  });

  it('renames fields and fields of every list item, for a whole major line (1.x)', () => {
    const definition = withMigrations([
      { from: '1.x', renames: { 'mother.name': 'mother.fullName', 'siblings[].fullName': 'siblings[].name' } },
    ]);
    const data = frozen({
      mother: { name: 'Trần Thị Bình', born: '1990' },
      siblings: [{ fullName: 'Lê An' }, {}, { fullName: 'Lê Hoa' }],
    });
    for (const version of ['1.0.0', '1.1.7']) {
      const result = core.migrateData(definition, data, version);
      assert.deepEqual(result.data, {
        mother: { fullName: 'Trần Thị Bình', born: '1990' },
        siblings: [{ name: 'Lê An' }, {}, { name: 'Lê Hoa' }],
      });
      assert.deepEqual(result.setAside, []);
    }
    // 0.9.0 is not in the 1.x line: nothing is renamed, so the old names do not fit and are set aside.
    const older = core.migrateData(definition, data, '0.9.0');
    assert.deepEqual(
      older.setAside.map((item) => item.path),
      ['mother.name', 'siblings[0].fullName', 'siblings[2].fullName'],
    );
    assertNothingLost(data, older);
  });

  it('applies exact-version migrations only to that version, in the order listed, and swaps names', () => {
    const definition = withMigrations([
      { from: '1.1.0', renames: { 'mother.name': 'mother.fullName' } },
      { from: '1.x', renames: { 'mother.fullName': 'mother.idNumber', 'mother.idNumber': 'mother.fullName' } },
    ]);
    const data = { mother: { name: 'Bình', idNumber: '001190000001' } };
    // 1.1.0: name → fullName first, then the swap moves it to idNumber and idNumber to fullName.
    assert.deepEqual(core.migrateData(definition, data, '1.1.0').data, {
      mother: { idNumber: 'Bình', fullName: '001190000001' },
    });
    const other = core.migrateData(definition, data, '1.0.0');
    assert.deepEqual(other.data, { mother: { fullName: '001190000001' } });
    assert.deepEqual(other.setAside, [{ path: 'mother.name', value: 'Bình', reason: 'removed' }]);
  });

  it('sets aside what a rename would overwrite, and ignores a rename that cannot map list items', () => {
    const definition = withMigrations([
      { from: '1.0.0', renames: { 'mother.name': 'mother.fullName', 'siblings[].name': 'copies' } },
    ]);
    const data = { mother: { name: 'Bình', fullName: 'B.' }, siblings: [{ name: 'An' }] };
    const result = core.migrateData(definition, data, '1.0.0');
    assert.deepEqual(result.data, { mother: { fullName: 'Bình' }, siblings: [{ name: 'An' }] });
    assert.deepEqual(result.setAside, [{ path: 'mother.fullName', value: 'B.', reason: 'removed' }]);
    assertNothingLost(data, result);
  });

  it('sets aside removed fields, changed choices and changed types; keeps values that merely do not validate', () => {
    const data = frozen({
      case: 'both',
      relationship: 'grandparent',
      childBorn: '2026-02-30',
      copies: '2',
      declaration: false,
      oldQuestion: 'x',
      mother: { fullName: 'B', idNumber: '0011', nickname: 'Bi' },
      father: 'Lê Văn Cường',
      relationshipOther: 'ông nội',
      siblings: [{ name: 'An', age: 3 }, 'Hoa'],
    });
    const result = core.migrateData(current, data, '1.0.0');
    assert.deepEqual(result.data, {
      case: 'both',
      childBorn: '2026-02-30',
      declaration: false,
      mother: { fullName: 'B', idNumber: '0011' },
      relationshipOther: 'ông nội',
      siblings: [{ name: 'An' }],
    });
    assert.deepEqual(result.setAside, [
      { path: 'relationship', value: 'grandparent', reason: 'choice' },
      { path: 'copies', value: '2', reason: 'type' },
      { path: 'oldQuestion', value: 'x', reason: 'removed' },
      { path: 'mother.nickname', value: 'Bi', reason: 'removed' },
      { path: 'father', value: 'Lê Văn Cường', reason: 'type' },
      { path: 'siblings[0].age', value: 3, reason: 'removed' },
      { path: 'siblings[1]', value: 'Hoa', reason: 'type' },
    ]);
    assertNothingLost(data, result);
  });

  it('tells integers from other numbers', () => {
    const result = core.migrateData(current, { copies: 2.5 }, '1.0.0');
    assert.deepEqual(result.setAside, [{ path: 'copies', value: 2.5, reason: 'type' }]);
    assert.deepEqual(core.migrateData(current, { copies: 99 }, '1.0.0').data, { copies: 99 });
  });

  it('checks each chosen item of a multiple choice, and oneOf choices', () => {
    const definition = {
      ...current,
      schema: {
        type: 'object',
        properties: {
          documents: { type: 'array', items: { enum: ['birth', 'residence', 'marriage'] } },
          channel: {
            oneOf: [
              { const: 'post', title: 'Post' },
              { const: 'office', title: 'Office' },
            ],
          },
          extra: { type: 'object' },
        },
      },
    };
    const data = { documents: ['birth', 'passport', 'marriage'], channel: 'email', extra: { any: { thing: 1 } } };
    const result = core.migrateData(definition, data, '0.1.0');
    assert.deepEqual(result.data, { documents: ['birth', 'marriage'], extra: { any: { thing: 1 } } });
    assert.deepEqual(result.setAside, [
      { path: 'documents[1]', value: 'passport', reason: 'choice' },
      { path: 'channel', value: 'email', reason: 'choice' },
    ]);
    assertNothingLost(data, result);
  });

  it('keeps or sets aside a file’s description whole', () => {
    const file = (type) => ({ id: 'f1', name: 'a', type, size: 10, sha256: 'ab' });
    const definition = {
      ...current,
      schema: {
        type: 'object',
        properties: {
          photo: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              type: { enum: ['image/jpeg'] },
              size: { type: 'integer', maximum: 5 },
              sha256: { type: 'string' },
            },
          },
        },
      },
      ui: { photo: { widget: 'file', label: { vi: 'Ảnh', en: 'Photo' } } },
    };
    assert.deepEqual(core.migrateData(definition, { photo: file('image/jpeg') }, '1.0.0').data, {
      photo: file('image/jpeg'),
    });
    const result = core.migrateData(definition, { photo: file('image/heic') }, '1.0.0');
    assert.deepEqual(result.data, {});
    assert.deepEqual(result.setAside, [{ path: 'photo', value: file('image/heic'), reason: 'choice' }]);
  });
});
