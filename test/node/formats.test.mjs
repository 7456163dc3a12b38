import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/load-ts.mjs';

const formats = await importTs('test/node/formats-entry.ts');
const { phoneMetadata } = formats;

describe('tax code', () => {
  it('accepts a real enterprise code and its branch form', () => {
    assert.equal(formats.taxCodeProblem('0100109106'), undefined);
    assert.equal(formats.taxCodeProblem('0100109106-001'), undefined);
  });

  it('refuses every single-digit change of a valid code by its check digit', () => {
    let changes = 0;
    for (let position = 0; position < 10; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        const code = '0100109106';
        if (code[position] === String(digit)) continue;
        const changed = code.slice(0, position) + digit + code.slice(position + 1);
        assert.equal(formats.taxCodeProblem(changed), 'checkDigit', changed);
        changes++;
      }
    }
    assert.equal(changes, 90);
  });

  it('refuses the wrong shape: short branch suffix, letters, spaces, 9 or 11 digits', () => {
    for (const value of [
      '0100109106-01',
      '0100109106-0001',
      '010010910A',
      'A100109106',
      '0100 109 106',
      '010010910',
      '01001091060',
    ]) {
      assert.equal(formats.taxCodeProblem(value), 'format', value);
    }
  });

  it('refuses a code whose weighted sum leaves no remainder (the formula gives 10, not a digit)', () => {
    // The first nine digits (from 100000000 up) whose weighted sum is a multiple of 11: no 10th digit can follow.
    const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    let stem;
    for (let n = 100000000; !stem; n++) {
      const digits = String(n);
      if (weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11 === 0) stem = digits;
    }
    for (let last = 0; last <= 9; last++) assert.equal(formats.isTaxCode(stem + last), false, stem + last);
  });
});

describe('personal ID number', () => {
  const problems = (...args) => formats.checkPersonalId(...args).map((p) => `${p.kind}:${p.severity}`);

  it('matches the century/sex digit to sex and year of birth', () => {
    assert.deepEqual(problems('001090012345', 'female', 1990), ['sex:error'], 'a woman born in 1990 with 0');
    assert.deepEqual(problems('001190012345', 'female', 1990), [], 'a woman born in 1990 with 1');
    assert.deepEqual(problems('001305012345', 'female', 2005), [], 'a girl born in 2005 with 3');
    assert.deepEqual(problems('001105012345', 'female', 2005), ['sex:error'], 'a girl born in 2005 with 1');
    assert.deepEqual(problems('001205012345', 'male', 2005), [], 'a boy born in 2005 with 2');
    assert.deepEqual(problems('001305012345', 'male', 2005), ['sex:error'], 'a boy born in 2005 with 3');
    assert.deepEqual(problems('001290012345', undefined, 1990), ['sex:error'], 'century alone, without sex');
    assert.deepEqual(problems('001390012345', undefined, 2090), [], 'a 2090 birth, either sex');
    assert.deepEqual(problems('001090012345', 'female'), ['sex:error'], 'sex alone, without year');
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((g) =>
        formats.centurySexDigit([1900, 1900, 2000, 2000, 2100, 2100][g], g % 2 ? 'female' : 'male'),
      ),
      [0, 1, 2, 3, 4, 5],
    );
  });

  it('matches digits 5–6 to the year of birth', () => {
    assert.deepEqual(formats.checkPersonalId('001191012345', 'female', 1990), [
      { kind: 'year', detail: '90', severity: 'error' },
    ]);
  });

  it('only warns on an unknown province code, and leaves other shapes to the schema', () => {
    assert.deepEqual(problems('099190012345', 'female', 1990), ['province:warning']);
    assert.deepEqual(problems('079190012345', 'female', 1990), [], 'TP. Hồ Chí Minh');
    assert.deepEqual(problems('123456789', 'female', 1990), [], 'a 9-digit CMND number');
  });
});

describe('phone numbers', () => {
  const vnOnly = formats.phoneMetadataFor(['VN'], phoneMetadata);
  const valid = {
    VN: [
      '0912345678',
      '+84912345678',
      '024 3825 1234',
      '(024) 3825 1234',
      '091-234-5678',
      '0591234567',
      '0861234567',
      '+84 24 3825 1234',
      '028 3829 1234',
    ],
    any: ['+33 1 42 68 53 00', '+84 91 234 5678', '+44 20 7946 0958', '+1 212 555 0123'],
  };
  const invalid = {
    VN: [
      '0161234567',
      '01612345678',
      '024382512',
      '0243825123',
      '+33 1 42 68 53 00',
      '0912345678 ext 12',
      '+84912345678x',
      '091234567',
      'không có',
      '',
    ],
    any: ['0033 1 42 68 53 00', '33142685300', '0912345678', '+33 1', '+84 161234567', 'tel:+33142685300'],
  };

  for (const region of ['VN', 'any']) {
    it(`${region}: accepts valid numbers and refuses the rest`, () => {
      for (const value of valid[region]) assert.equal(formats.isPhoneNumber(value, region, phoneMetadata), true, value);
      for (const value of invalid[region])
        assert.equal(formats.isPhoneNumber(value, region, phoneMetadata), false, value);
    });
  }

  it('gives the same answers with only Viet Nam’s metadata (what a page loads) as with every country’s (Node)', () => {
    for (const value of [...valid.VN, ...invalid.VN, ...valid.any, ...invalid.any]) {
      assert.equal(
        formats.isPhoneNumber(value, 'VN', vnOnly),
        formats.isPhoneNumber(value, 'VN', phoneMetadata),
        value,
      );
    }
  });

  it('keeps only the regions asked for: Viet Nam alone is well under 1 KB gzip', () => {
    assert.deepEqual(Object.keys(vnOnly.countries), ['VN']);
    assert.deepEqual(vnOnly.country_calling_codes, { 84: ['VN'] });
    assert.ok(gzipSync(JSON.stringify(vnOnly)).length < 1024);
    assert.equal(formats.phoneMetadataFor(['VN', 'any'], phoneMetadata), phoneMetadata);
  });
});

describe('passport number', () => {
  it('applies ICAO 9303 (1–9 letters and digits, any case) to any country', () => {
    for (const value of ['C1234567', 'AB1234567', 'X1', '123456789', 'ab12cd34']) {
      assert.equal(formats.passportNumberProblem(value, 'FR'), undefined, value);
      assert.equal(formats.passportNumberProblem(value), undefined, value);
    }
    for (const value of ['1234567890', 'AB 12345', 'AB-12345', 'Đ1234567', '']) {
      assert.equal(formats.passportNumberProblem(value, 'FR'), 'format', value);
    }
  });

  it('requires one letter and seven digits for Viet Nam', () => {
    for (const value of ['C1234567', 'P1234567', 'N1234567', 'c1234567']) {
      assert.equal(formats.passportNumberProblem(value, 'VN'), undefined, value);
    }
    for (const value of ['CC123456', 'C123456', 'C12345678', '12345678', 'B 1234567']) {
      assert.equal(formats.passportNumberProblem(value, 'VN'), 'vietnamese', value);
    }
  });
});
