import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core, readJson, smallDefinition } from './helpers.mjs';

const definition = smallDefinition();
const validator = core.compileSchema(definition.schema);
const TODAY = '2026-11-28';
const validate = (data) => core.validateAnswers(definition, validator, data, TODAY);
const problem = (result, path) => result.problems.find((p) => p.path === path);

describe('data paths', () => {
  it('reads and writes nested and array paths without touching the original', () => {
    const data = { mother: { fullName: 'An' }, siblings: [{ name: 'B' }] };
    const next = core.setAt(data, 'siblings[1].name', 'C');
    assert.deepEqual(next.siblings, [{ name: 'B' }, { name: 'C' }]);
    assert.equal(data.siblings.length, 1);
    assert.equal(next.mother, data.mother, 'unchanged branches keep their identity');
    assert.equal(core.getAt(next, 'siblings[1].name'), 'C');
    assert.deepEqual(core.setAt(next, 'mother.fullName', undefined).mother, {});
    assert.equal(core.fromPointer('/siblings/0/name'), 'siblings[0].name');
    assert.equal(core.patternOf('a[3].b[12].c'), 'a[].b[].c');
  });
});

describe('conditions', () => {
  it('agree with Ajv on the condition keyword subset', () => {
    const conditions = [
      { properties: { a: { const: 'x' } }, required: ['a'] },
      { properties: { a: { enum: ['x', 'y'] } } },
      { not: { properties: { n: { minimum: 3 } } } },
      { anyOf: [{ required: ['a'] }, { properties: { n: { exclusiveMaximum: 0 } }, required: ['n'] }] },
      { oneOf: [{ required: ['a'] }, { required: ['n'] }] },
      { properties: { s: { type: 'string', minLength: 2, maxLength: 3, pattern: '^đ' } } },
      { properties: { n: { type: 'integer', maximum: 10, exclusiveMinimum: 1 } } },
    ];
    const values = [
      {},
      { a: 'x' },
      { a: 'y' },
      { a: 'z', n: 2 },
      { n: -1 },
      { n: 2.5 },
      { n: 11 },
      { s: 'đa' },
      { s: 'đắk lắk' },
      { s: 'da' },
      { a: 'x', n: 5 },
    ];
    for (const condition of conditions) {
      const ajv = core.compileSchema(condition);
      for (const value of values) {
        assert.equal(
          core.matches(condition, value),
          ajv(value),
          `${JSON.stringify(condition)} on ${JSON.stringify(value)}`,
        );
      }
    }
  });
});

describe('field models', () => {
  it('shows a conditional section only while its branch applies', () => {
    const fatherStep = ['father'];
    assert.equal(core.buildFields(definition, {}, fatherStep).length, 0, 'hidden until a case is chosen');
    assert.equal(core.buildFields(definition, { case: 'both' }, fatherStep).length, 1);
    assert.equal(core.buildFields(definition, { case: 'fatherUnknown' }, fatherStep).length, 0);
    assert.deepEqual(core.visibleSteps(definition, { case: 'fatherUnknown' }), [0, 1, 3]);
  });

  it('puts a field added by a branch right after the question that controls it, and requires it', () => {
    const fields = core.buildFields(definition, { relationship: 'other' }, [
      'case',
      'relationship',
      'relationshipOther',
      'childBorn',
    ]);
    assert.deepEqual(
      fields.map((f) => f.path),
      ['case', 'relationship', 'relationshipOther', 'childBorn'],
    );
    assert.equal(fields[2].required, true);
    assert.equal(fields[2].widget, 'text');
  });

  it('chooses widgets from the schema and expands array items', () => {
    const [mother] = core.buildFields(definition, {}, ['mother']);
    assert.equal(mother.widget, 'fieldset');
    assert.deepEqual(
      mother.children.map((c) => [c.path, c.widget, c.required]),
      [
        ['mother.fullName', 'text', true],
        ['mother.born', 'date', false],
        ['mother.idNumber', 'text', false],
      ],
    );
    assert.equal(mother.children[1].datePrecision, 'partial');
    const [siblings, copies] = core.buildFields(definition, { siblings: [{}, { name: 'B' }] }, ['siblings', 'copies']);
    assert.equal(siblings.widget, 'array');
    assert.deepEqual(
      siblings.items.map((item) => item.map((f) => f.path)),
      [['siblings[0].name'], ['siblings[1].name']],
    );
    assert.equal(siblings.maxItems, 3);
    assert.equal(copies.widget, 'number');
    const [kind] = core.buildFields(definition, {}, ['case']);
    assert.equal(kind.widget, 'radio');
    assert.deepEqual(
      kind.options.map((o) => o.label.en),
      ['Both parents', 'Father unknown'],
    );
  });
});

describe('summary rows', () => {
  it('name each answer with its group and list item, so that no two rows read the same', () => {
    const fields = core.buildFields(definition, { siblings: [{ name: 'A' }, { name: 'B' }] }, ['mother', 'siblings']);
    const rows = core.summaryRows(fields);
    assert.deepEqual(
      rows.map((row) => [row.field.path, row.groups.map((g) => g.en), row.item?.n]),
      [
        ['mother.fullName', ["Mother's details"], undefined],
        ['mother.born', ["Mother's details"], undefined],
        ['mother.idNumber', ["Mother's details"], undefined],
        ['siblings[0].name', [], 1],
        ['siblings[1].name', [], 2],
      ],
    );
    assert.equal(rows[3].item.noun.vi, 'Người');
  });
});

describe('shaping', () => {
  it('drops answers of hidden branches, trims, and normalizes to NFC', () => {
    const typed = {
      case: 'fatherUnknown',
      father: { fullName: 'Trần Văn Bình' },
      mother: { fullName: '  ' + 'Nguyễn Thị Hương'.normalize('NFD') + ' ' },
      unknownKey: 'x',
    };
    const shaped = core.shapeData(definition, typed);
    assert.equal(shaped.father, undefined, "the father's answers are not submitted");
    assert.equal(shaped.unknownKey, undefined);
    assert.equal(shaped.mother.fullName, 'Nguyễn Thị Hương');
    assert.equal(shaped.mother.fullName, 'Nguyễn Thị Hương'.normalize('NFC'));
  });
});

describe('validation messages', () => {
  const valid = {
    case: 'fatherUnknown',
    relationship: 'mother',
    childBorn: '2026-03-15',
    mother: { fullName: 'Nguyễn Thị Hương', born: '1995', idNumber: '001195012345' },
    copies: 1,
    declaration: true,
  };

  it('accepts a complete answer set', () => {
    const result = validate(valid);
    assert.deepEqual(result.problems, []);
    assert.equal(result.valid, true);
  });

  it('names the missing questions inside a skipped section, in Vietnamese and English', () => {
    const result = validate({ ...valid, mother: undefined });
    assert.deepEqual(problem(result, 'mother.fullName').message, {
      vi: 'Nhập họ, chữ đệm, tên',
      en: 'Enter full name',
    });
  });

  it('uses the author\u2019s message for a keyword when the definition gives one', () => {
    const result = validate({ ...valid, mother: { ...valid.mother, idNumber: '12345' } });
    assert.deepEqual(problem(result, 'mother.idNumber').message, {
      vi: 'Số định danh cá nhân gồm đúng 12 chữ số',
      en: 'A personal ID number has exactly 12 digits',
    });
  });

  it('reports real-date, range, type, const and conditional-required problems on the right fields', () => {
    const result = validate({
      ...valid,
      relationship: 'other',
      childBorn: '2026-02-30',
      copies: 2.5,
      declaration: undefined,
    });
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.keyword]).sort(),
      [
        ['childBorn', 'format'],
        ['copies', 'type'],
        ['declaration', 'required'],
        ['relationshipOther', 'required'],
      ].sort(),
    );
    assert.equal(problem(result, 'childBorn').message.en, "Child's date of birth must be a real date");
    assert.equal(problem(result, 'copies').message.vi, 'Số bản sao phải là số nguyên, ví dụ 2');
    assert.equal(problem(result, 'declaration').message.en, 'Tick the box to confirm: declaration');
    assert.equal(validate({ ...valid, copies: 21 }).problems[0].message.en, 'Number of copies must be 20 or less');
  });

  it('checks the personal ID against sex and year of birth, and only warns on an unknown province code', () => {
    const male = validate({ ...valid, mother: { ...valid.mother, idNumber: '001095012345' } });
    assert.equal(problem(male, 'mother.idNumber').keyword, 'personalId');
    assert.match(problem(male, 'mother.idNumber').message.en, /4th digit/);
    const year = validate({ ...valid, mother: { ...valid.mother, idNumber: '001194012345' } });
    assert.match(problem(year, 'mother.idNumber').message.vi, /\(95\)/);
    const province = validate({ ...valid, mother: { ...valid.mother, idNumber: '099195012345' } });
    assert.equal(problem(province, 'mother.idNumber').severity, 'warning');
    assert.equal(province.valid, true, 'a warning does not block');
  });

  it('refuses a future birth date and a mother born after the child, but not an uncertain partial date', () => {
    assert.equal(problem(validate({ ...valid, childBorn: '2026-11-29' }), 'childBorn').keyword, 'notInFuture');
    const after = validate({ ...valid, mother: { ...valid.mother, born: '2026-04', idNumber: undefined } });
    assert.equal(problem(after, 'mother.born').message.en, "Year of birth must be before child's date of birth");
    assert.equal(validate({ ...valid, mother: { ...valid.mother, born: '2026', idNumber: undefined } }).valid, true);
  });

  it('uses an author\u2019s message for a check rule when the definition gives one', () => {
    const custom = structuredClone(definition);
    custom.ui['mother.born'].messages = {
      before: { vi: 'Mẹ phải sinh trước con', en: 'The mother must be born before the child' },
    };
    const result = core.validateAnswers(
      custom,
      validator,
      { ...valid, mother: { ...valid.mother, born: '2026-04', idNumber: undefined } },
      TODAY,
    );
    assert.equal(problem(result, 'mother.born').message.en, 'The mother must be born before the child');
  });

  it('treats text typed in decomposed form (NFD) exactly like precomposed text', () => {
    const nfd = validate({ ...valid, mother: { ...valid.mother, fullName: 'Nguyễn Thị Hương'.normalize('NFD') } });
    assert.equal(nfd.data.mother.fullName, valid.mother.fullName);
    assert.equal(core.schemaHash(nfd.data), core.schemaHash(validate(valid).data));
  });
});

describe('definition checks', () => {
  const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
  const broken = (change) => {
    const copy = structuredClone(definition);
    change(copy);
    try {
      core.checkDefinition(copy, 'broken.json', meta);
    } catch (error) {
      assert.equal(error.name, 'DefinitionError');
      return error;
    }
    assert.fail('the definition was accepted');
  };

  it('names the file, the JSON pointer and the rule of a meta-schema violation', () => {
    const error = broken((d) => (d.ui.case.widget = 'slider'));
    assert.match(error.message, /^broken\.json: /);
    assert.ok(error.problems.some((p) => p.pointer === '/ui/case/widget' && p.rule === 'enum'));
    const missing = broken((d) => delete d.title.en);
    assert.ok(missing.problems.some((p) => p.pointer === '/title' && p.rule === 'required'));
  });

  it('refuses steps naming unknown fields, shown fields without labels, and unlabelled choices', () => {
    assert.ok(
      broken((d) => d.steps[0].fields.push('mother.fullNam')).problems.some(
        (p) => p.rule === 'field-exists' && p.pointer === '/steps/0/fields/4',
      ),
    );
    assert.ok(broken((d) => delete d.ui['father.born']).problems.some((p) => p.rule === 'ui-label'));
    assert.ok(broken((d) => delete d.ui.case.options.both).problems.some((p) => p.rule === 'option-label'));
  });

  it('refuses a submitterName that is not a field, and accepts one that is', () => {
    const error = broken((d) => (d.submitterName = 'mother.fullNam'));
    assert.ok(error.problems.some((p) => p.rule === 'field-exists' && p.pointer === '/submitterName'));
    const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
    const named = { ...structuredClone(definition), submitterName: 'mother.fullName' };
    assert.equal(core.checkDefinition(named, 'named.json', meta).submitterName, 'mother.fullName');
  });
});
