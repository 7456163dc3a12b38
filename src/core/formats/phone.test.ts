import { expect } from '@open-wc/testing';
import metadata from 'libphonenumber-js/metadata.max.json';
import { isPhoneNumber, phoneMetadataFor, type PhoneRegion } from './phone.js';

// In Chromium, with the metadata a page gets (only Viet Nam's for region VN; every country's for `any`): the same
// numbers as test/node/formats.test.mjs, with the same answers Node gives with every country's metadata.
const vnOnly = phoneMetadataFor(['VN'], metadata);

const cases: Array<[PhoneRegion, string, boolean]> = [
  ['VN', '0912345678', true],
  ['VN', '+84912345678', true],
  ['VN', '024 3825 1234', true],
  ['VN', '(024) 3825 1234', true],
  ['VN', '091-234-5678', true],
  ['VN', '0161234567', false],
  ['VN', '01612345678', false],
  ['VN', '024382512', false],
  ['VN', '+33 1 42 68 53 00', false],
  ['VN', '0912345678 ext 12', false],
  ['any', '+33 1 42 68 53 00', true],
  ['any', '+84 91 234 5678', true],
  ['any', '+44 20 7946 0958', true],
  ['any', '0033 1 42 68 53 00', false],
  ['any', '33142685300', false],
  ['any', '0912345678', false],
];

describe('isPhoneNumber in the browser', () => {
  for (const [region, value, valid] of cases) {
    it(`${region} ${value}: ${valid ? 'valid' : 'invalid'}`, () => {
      expect(isPhoneNumber(value, region, region === 'VN' ? vnOnly : metadata)).to.equal(valid);
      if (region === 'VN') expect(isPhoneNumber(value, region, metadata)).to.equal(valid, 'with every country');
    });
  }
});
