import { expect } from '@open-wc/testing';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { ProcedureDefinition } from '../definition/types.js';
import { phoneMetadataFor } from '../formats/phone.js';
import * as rules from './rules.js';
import type { SchemaValidator } from './types.js';
import { validateAnswers } from './validate.js';

// The check rules run in Chromium through validateAnswers, on the fixture of test/node/checks.test.mjs, with the
// rules attached to the validator the way a precompiled module attaches them. The schema part is not under test here
// (the examples sweeps cover precompiled schema validators), so it accepts everything.
const definition: ProcedureDefinition = await (await fetch('/test/fixtures/checks-definition.json')).json();
const validator: SchemaValidator = Object.assign(() => true, {
  rules: { ...rules, phone: rules.phone(phoneMetadataFor(['VN', 'any'], metadata)) },
});

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
  visits: [{ from: '2019-01-02', to: '2019-01-20' }],
};

function problems(changes: Record<string, unknown>): string[] {
  return validateAnswers(definition, validator, { ...valid, ...changes }, TODAY).problems.map(
    (p) => `${p.path}:${p.keyword}:${p.severity}`,
  );
}

describe('check rules in the browser', () => {
  it('accept a correct answer set', () => {
    expect(problems({})).to.deep.equal([]);
  });

  it('refuse a mistyped tax code, an old 11-digit mobile and a foreign number without +', () => {
    expect(problems({ taxCode: '0100109107' })).to.deep.equal(['taxCode:taxCode:error']);
    expect(problems({ phone: '01612345678' })).to.deep.equal(['phone:phone:error']);
    expect(problems({ foreignPhone: '0033 1 42 68 53 00' })).to.deep.equal(['foreignPhone:phone:error']);
  });

  it('warn without blocking where the definition says so', () => {
    const result = validateAnswers(definition, validator, { ...valid, landline: '024382512' }, TODAY);
    expect(result.problems.map((p) => p.severity)).to.deep.equal(['warning']);
    expect(result.valid).to.equal(true);
  });

  it('check personal ID, passport and date windows, also inside a list', () => {
    expect(problems({ personalId: '001090012345' })).to.deep.equal(['personalId:personalId:error']);
    expect(problems({ personalId: '099190012345' })).to.deep.equal(['personalId:personalId:warning']);
    expect(problems({ passportNumber: 'CC123456' })).to.deep.equal(['passportNumber:passportNumber:error']);
    expect(problems({ entryDate: '2026-11-27', validTo: '2027-03-02' })).to.deep.equal([
      'entryDate:notInPast:error',
      'validTo:withinDays:error',
    ]);
    expect(problems({ visits: [{ from: '2019-01-02', to: '2019-03-01' }] })).to.deep.equal([
      'visits[0].to:withinDays:warning',
    ]);
  });
});
