import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { bundleValidator } from '../../scripts/lib/bundle-validator.mjs';
import { importTs } from '../../scripts/lib/load-ts.mjs';
import { core, ROOT, readJson } from './helpers.mjs';

// The check rules through validateAnswers, on a fixture with one field per rule, judged twice: with runtime Ajv (as
// the CLI and the receiver do, every rule and every country's phone metadata) and with a validator module built
// exactly as scripts/compile-validators.mjs builds the app's (only the rules used, only the metadata they need).
const build = await importTs('test/node/formats-entry.ts');
const meta = core.compileSchema(readJson('forms/procedure.schema.json'));
const definition = core.checkDefinition(readJson('test/fixtures/checks-definition.json'), 'checks-definition', meta);
const runtime = core.compileSchema(definition.schema);

async function precompile(def, name) {
  const dir = join(ROOT, 'node_modules/.cache/dvc-kit');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  await bundleValidator(build.standaloneSource(def.schema) + build.checkRulesSource(def), file);
  return { module: await import(pathToFileURL(file).href + '?t=' + Date.now()), text: readFileSync(file, 'utf8') };
}
const { module: generated } = await precompile(definition, 'test-checks-validator');

const TODAY = '2026-11-28';
const valid = {
  taxCode: '0100109106-001',
  phone: '0912 345 678',
  foreignPhone: '+33 1 42 68 53 00',
  landline: '024 3825 1234',
  sex: '2',
  dateOfBirth: '1990-05-03',
  personalId: '001190012345',
  passportCountry: 'VN',
  passportNumber: 'c1234567',
  entryDate: TODAY,
  validFrom: '2026-12-01',
  validTo: '2027-03-01',
  visits: [
    { from: '2019-01-02', to: '2019-01-20' },
    { from: '2023-06-01', to: '2023-06-30' },
  ],
};

/** Validates both ways, asserts they agree, and returns the runtime result. */
function validate(changes, def = definition) {
  const data = { ...valid, ...changes };
  const viaRuntime = core.validateAnswers(def, runtime, data, TODAY);
  const viaPrecompiled = core.validateAnswers(def, generated.default, data, TODAY);
  assert.deepEqual(viaPrecompiled, viaRuntime, 'runtime and precompiled validators agree');
  return viaRuntime;
}
const only = (result) => result.problems.map((p) => `${p.path}:${p.keyword}:${p.severity}`);
const at = (result, path) => result.problems.find((p) => p.path === path);

describe('check rules', () => {
  it('accept a complete, correct answer set', () => {
    assert.deepEqual(only(validate({})), []);
    assert.equal(validate({}).valid, true);
  });

  it('taxCode: tells a mistyped digit from a wrong shape', () => {
    const digit = validate({ taxCode: '0100109107' });
    assert.deepEqual(only(digit), ['taxCode:taxCode:error']);
    assert.match(at(digit, 'taxCode').message.en, /^Tax code is not valid: a digit may have been mistyped/);
    const shape = validate({ taxCode: '0100109106-01' });
    assert.equal(
      at(shape, 'taxCode').message.vi,
      'Mã số thuế phải gồm 10 chữ số, hoặc với đơn vị phụ thuộc là 10 chữ số, dấu gạch ngang và 3 chữ số, ví dụ 0100109106 hoặc 0100109106-001',
    );
  });

  it('phone: Vietnamese numbers by default, international form for region any', () => {
    const old = validate({ phone: '01612345678' });
    assert.deepEqual(only(old), ['phone:phone:error']);
    assert.equal(
      at(old, 'phone').message.en,
      'Phone number must be a Vietnamese phone number, like 0912 345 678 or 024 3825 1234',
    );
    assert.deepEqual(only(validate({ phone: '+84912345678' })), []);
    const noPlus = validate({ foreignPhone: '0033 1 42 68 53 00' });
    assert.deepEqual(only(noPlus), ['foreignPhone:phone:error']);
    assert.match(
      at(noPlus, 'foreignPhone').message.vi,
      /^Số điện thoại ở nước ngoài phải là số điện thoại có mã quốc gia, bắt đầu bằng dấu \+/,
    );
  });

  it('severity warning: shown, but the answers stay valid', () => {
    const result = validate({ landline: '024382512' });
    assert.deepEqual(only(result), ['landline:phone:warning']);
    assert.equal(result.valid, true);
  });

  it('personalId: century/sex digit and birth year are errors, an unknown province only a warning', () => {
    assert.deepEqual(only(validate({ personalId: '001090012345' })), ['personalId:personalId:error']);
    assert.deepEqual(only(validate({ sex: '1', personalId: '001090012345' })), []);
    assert.deepEqual(only(validate({ dateOfBirth: '2005-01-01', personalId: '001305012345' })), []);
    assert.deepEqual(only(validate({ dateOfBirth: '2005-01-01', personalId: '001105012345' })), [
      'personalId:personalId:error',
    ]);
    const province = validate({ personalId: '099190012345' });
    assert.deepEqual(only(province), ['personalId:personalId:warning']);
    assert.equal(province.valid, true);
    // One problem per field, and an error wins over a warning found with it.
    assert.deepEqual(only(validate({ personalId: '099090012345' })), ['personalId:personalId:error']);
  });

  it('passportNumber: the Vietnamese pattern for VN, the ICAO rule for other countries', () => {
    const vn = validate({ passportNumber: 'CC123456' });
    assert.deepEqual(only(vn), ['passportNumber:passportNumber:error']);
    assert.equal(
      at(vn, 'passportNumber').message.vi,
      'Với hộ chiếu Việt Nam, số hộ chiếu gồm 1 chữ cái và 7 chữ số, ví dụ C1234567',
    );
    assert.deepEqual(only(validate({ passportCountry: 'FR', passportNumber: 'CC123456' })), []);
    assert.deepEqual(only(validate({ passportCountry: 'FR', passportNumber: 'CC 123456' })), [
      'passportNumber:passportNumber:error',
    ]);
  });

  it('notInPast: today or later', () => {
    assert.deepEqual(only(validate({ entryDate: '2026-11-27' })), ['entryDate:notInPast:error']);
    assert.equal(
      at(validate({ entryDate: '2026-11-27' }), 'entryDate').message.en,
      'Intended date of entry must be today or in the future',
    );
  });

  it('withinDays with before: a window of at most 90 days, naming the last allowed day', () => {
    assert.deepEqual(only(validate({ validTo: '2027-03-01' })), [], 'exactly 90 days');
    const long = validate({ validTo: '2027-03-02' });
    assert.deepEqual(only(long), ['validTo:withinDays:error']);
    assert.equal(
      long.problems[0].message.en,
      'Visa valid until must be no more than 90 days after visa valid from, so 01/03/2027 at the latest',
    );
    assert.equal(
      long.problems[0].message.vi,
      'Thị thực có giá trị đến ngày không được quá 90 ngày sau thị thực có giá trị từ ngày, tức là chậm nhất ngày 01/03/2027',
    );
    assert.deepEqual(only(validate({ validTo: '2026-11-30' })), ['validFrom:before:error']);
  });

  it('runs on every item of a list, reading the other field from the same item', () => {
    const result = validate({
      visits: [
        { from: '2019-01-20', to: '2019-01-02' },
        { from: '2023-06-01', to: '2023-08-01' },
      ],
    });
    assert.deepEqual(only(result), ['visits[0].from:before:error', 'visits[1].to:withinDays:warning']);
    assert.equal(
      result.problems[1].message.en,
      'Departure date must be no more than 30 days after arrival date, so 01/07/2023 at the latest',
    );
  });

  it('uses an author’s message for a rule’s error, not for what the rule only warns about', () => {
    const custom = structuredClone(definition);
    custom.ui.personalId.messages = { personalId: { vi: 'Kiểm tra lại {label}', en: 'Check the {label}' } };
    assert.equal(
      at(validate({ personalId: '001090012345' }, custom), 'personalId').message.en,
      'Check the personal ID number',
    );
    assert.match(at(validate({ personalId: '099190012345' }, custom), 'personalId').message.en, /province code/);
  });

  it('a validator without the rules a definition uses refuses to judge instead of passing the answers', () => {
    const bare = core.compileSchema(definition.schema);
    const stripped = Object.assign((data) => bare(data), { rules: { taxCode: runtime.rules.taxCode } });
    assert.throws(() => core.validateAnswers(definition, stripped, valid, TODAY), /has no "phone" rule/);
  });
});

describe('precompiled rules', () => {
  it('carry only the rules a definition uses, and only the phone metadata its regions need', async () => {
    assert.deepEqual(Object.keys(generated.default.rules).sort(), [
      'before',
      'notInPast',
      'passportNumber',
      'personalId',
      'phone',
      'taxCode',
      'withinDays',
    ]);
    const vnOnly = structuredClone(definition);
    vnOnly.checks = [{ rule: 'phone', field: 'phone' }];
    const { module, text } = await precompile(vnOnly, 'test-checks-vn-validator');
    assert.deepEqual(Object.keys(module.default.rules), ['phone']);
    assert.match(text, /"country_calling_codes":\s*\{\s*"84":\s*\["VN"\]\s*\}/);
    assert.doesNotMatch(text, /personal-id|PROVINCE/, 'no rule it does not use');
    assert.deepEqual(only(core.validateAnswers(vnOnly, module.default, { phone: '+33 1 42 68 53 00' }, TODAY)), [
      'phone:phone:error',
    ]);
  });
});

describe('checks in a definition', () => {
  const broken = (change) => {
    const copy = structuredClone(readJson('test/fixtures/checks-definition.json'));
    change(copy.checks);
    try {
      core.checkDefinition(copy, 'broken.json', meta);
    } catch (error) {
      return error.problems.map((p) => `${p.pointer} ${p.rule}`);
    }
    assert.fail('the definition was accepted');
  };

  it('must name fields of the schema, and read other fields from the same list item', () => {
    assert.ok(broken((checks) => (checks[8].from = 'validFromm')).includes('/checks/8/from field-exists'));
    assert.ok(broken((checks) => (checks[5].country = 'country')).includes('/checks/5/country field-exists'));
    assert.ok(
      broken((checks) => checks.push({ rule: 'before', field: 'validFrom', than: 'visits[].to' })).includes(
        '/checks/11/than check-same-item',
      ),
    );
  });

  it('are checked by the meta-schema: known rule, its settings, severity', () => {
    assert.ok(broken((checks) => checks.push({ rule: 'iban', field: 'taxCode' })).includes('/checks/11/rule enum'));
    assert.ok(broken((checks) => delete checks[8].max).some((p) => p.startsWith('/checks/8')));
    assert.ok(broken((checks) => (checks[2].region = 'FR')).some((p) => p.startsWith('/checks/2')));
    assert.ok(broken((checks) => (checks[0].severity = 'info')).some((p) => p.startsWith('/checks/0')));
  });
});
