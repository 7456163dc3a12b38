import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/load-ts.mjs';
import { core, readDefinition, readJson, smallDefinition } from './helpers.mjs';

const prefill = await importTs('src/core/model/prefill.ts');
const definition = smallDefinition();
const meta = core.compileSchema(readJson('forms/procedure.schema.json'));

describe('prefill and lock', () => {
  it('spreads known objects to their leaves, NFC, and drops paths that are not fields', () => {
    const known = prefill.knownAnswers(definition, {
      mother: { fullName: 'Trần Thị Mai'.normalize('NFD'), nickname: 'Mai' },
      'mother.idNumber': '001192054321',
      'father.fullName': '',
    });
    assert.deepEqual(
      [...known],
      [
        ['mother.fullName', 'Trần Thị Mai'],
        ['mother.idNumber', '001192054321'],
      ],
    );
  });

  it('fills empty answers only, but puts locked ones back over anything else', () => {
    const known = prefill.knownAnswers(definition, { mother: { fullName: 'Trần Thị Mai', idNumber: '001192054321' } });
    const draft = { mother: { fullName: 'Trần Thị Mây', idNumber: '' } };
    const open = prefill.applyKnownAnswers(draft, known, new Set());
    assert.deepEqual(open.data.mother, { fullName: 'Trần Thị Mây', idNumber: '001192054321' });
    assert.deepEqual(open.changes, [{ path: 'mother.idNumber', previous: '', next: '001192054321' }]);
    assert.deepEqual(draft.mother.idNumber, '', 'the draft object itself is not changed');

    const locked = prefill.lockedPaths(known, ['mother']);
    assert.deepEqual([...locked], ['mother.fullName', 'mother.idNumber']);
    assert.deepEqual(prefill.applyKnownAnswers(draft, known, locked).data.mother.fullName, 'Trần Thị Mai');
    assert.deepEqual([...prefill.lockedPaths(known, ['mother.born', 'father'])], [], 'nothing known, nothing locked');
  });

  it('copies one object into another once, limited to the fields the target has', () => {
    const data = { mother: { fullName: 'Trần Thị Mai', born: '1990', extra: 'x' } };
    const copy = prefill.sameAsCopy(definition, data, 'mother', 'father');
    assert.deepEqual(copy, { fullName: 'Trần Thị Mai', born: '1990' });
    copy.fullName = 'Trần Văn Nam';
    assert.equal(data.mother.fullName, 'Trần Thị Mai', 'nothing stays linked');
    assert.equal(prefill.sameAsCopy(definition, { mother: { fullName: '' } }, 'mother', 'father'), undefined);
  });
});

describe('sameAs in definitions', () => {
  const check = (sameAs, key = 'father') => {
    const copy = structuredClone(definition);
    copy.ui[key] = { ...copy.ui[key], sameAs };
    try {
      core.checkDefinition(copy, 'same-as.json', meta);
      return [];
    } catch (error) {
      return error.problems;
    }
  };
  const label = { vi: 'thông tin của mẹ', en: "the mother's details" };

  it('accepts a copy between two objects of the same shape', () => {
    assert.deepEqual(check([{ from: 'mother', label }]), []);
  });

  it('refuses a source that is missing, not an object, a list pattern, of another shape, or the field itself', () => {
    const rules = (sameAs, key) => check(sameAs, key).map((p) => `${p.pointer} ${p.rule}`);
    assert.deepEqual(rules([{ from: 'mothr', label }]), ['/ui/father/sameAs/0/from same-as']);
    assert.deepEqual(rules([{ from: 'childBorn', label }]), ['/ui/father/sameAs/0/from same-as']);
    assert.deepEqual(rules([{ from: 'siblings[]', label }]), ['/ui/father/sameAs/0/from same-as']);
    assert.deepEqual(rules([{ from: 'father', label }]), ['/ui/father/sameAs/0/from same-as']);
    assert.deepEqual(rules([{ from: 'siblings[].name', label }]).length, 1);
    assert.deepEqual(rules([{ from: 'mother', label }], 'copies'), ['/ui/copies/sameAs/0/from same-as']);
    assert.ok(
      check([{ from: 'mother' }]).some((p) => p.rule === 'required'),
      'the meta-schema wants a label',
    );
  });

  it('accepts the uses in the birth registration definition', () => {
    const birth = core.checkDefinition(readDefinition('forms/birth-registration/definition.json'), 'birth.json', meta);
    assert.deepEqual(
      birth.ui['father.residence'].sameAs.map((s) => s.from),
      ['mother.residence', 'requester.residence'],
    );
  });
});
