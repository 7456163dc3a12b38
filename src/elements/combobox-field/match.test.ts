import { expect } from '@open-wc/testing';
import type { Option } from '../../core/model/types.js';
import { createMatcher } from './match.js';
import { foldForSearch as fold } from '../../core/text/normalize.js';

const option = (value: string, vi: string, en = vi): Option => ({ value, label: { vi, en } });

const provinces: Option[] = [
  option('01', 'Thành phố Hà Nội', 'Ha Noi City'),
  option('66', 'Tỉnh Đắk Lắk', 'Dak Lak Province'),
  option('68', 'Tỉnh Lâm Đồng', 'Lam Dong Province'),
  option('79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City'),
  option('92', 'Thành phố Cần Thơ', 'Can Tho City'),
  option('77', 'Bà Rịa - Vũng Tàu'),
  option('17', 'Tỉnh Hòa Bình'),
  option('44', 'Đắk Nông'),
];

const labels = (found: Option[]) => found.map((o) => o.label.vi);

describe('combobox matching', () => {
  it('folds case, tones, đ and punctuation', () => {
    expect(fold('Đắk Lắk')).to.equal('dak lak');
    expect(fold('ĐẮK  LẮK ')).to.equal('dak lak');
    expect(fold('Bà Rịa - Vũng Tàu')).to.equal('ba ria vung tau');
    // Composed and decomposed input are the same text to a person.
    expect(fold('Hòa'.normalize('NFD'))).to.equal(fold('Hòa'.normalize('NFC')));
  });

  it('finds Vietnamese names with or without accents', () => {
    const matcher = createMatcher(provinces, 'vi');
    for (const typed of ['dak lak', 'đắk lắk', 'DAK LAK', 'Đak lak']) {
      expect(labels(matcher.search(typed).options), typed).to.deep.equal(['Tỉnh Đắk Lắk']);
    }
    expect(labels(matcher.search('ho chi minh').options)).to.deep.equal(['Thành phố Hồ Chí Minh']);
    expect(labels(matcher.search('vung tau ba ria').options)).to.deep.equal(['Bà Rịa - Vũng Tàu']);
  });

  it('ranks a label start first, then a word start, then the text anywhere', () => {
    const matcher = createMatcher(provinces, 'vi');
    // "dak": label start (Đắk Nông), then word start (Tỉnh Đắk Lắk).
    expect(labels(matcher.search('dak').options)).to.deep.equal(['Đắk Nông', 'Tỉnh Đắk Lắk']);
    // "ho": the word starts (Hồ, Hòa) come before "ho" inside "phố", in list order.
    expect(labels(matcher.search('ho').options)).to.deep.equal([
      'Thành phố Hồ Chí Minh',
      'Tỉnh Hòa Bình',
      'Thành phố Hà Nội',
      'Thành phố Cần Thơ',
    ]);
    // "ong": only inside words (Lâm Đồng, Đắk Nông), after nothing better.
    expect(labels(matcher.search('ong').options)).to.deep.equal(['Tỉnh Lâm Đồng', 'Đắk Nông']);
  });

  it('matches the labels of the current language', () => {
    const matcher = createMatcher(provinces, 'en');
    expect(matcher.search('city').options.map((o) => o.value)).to.deep.equal(['01', '79', '92']);
  });

  it('returns at most the limit but counts every match', () => {
    const many = Array.from({ length: 3321 }, (_, i) => option(String(i), `Xã số ${i + 1}`));
    const result = createMatcher(many, 'vi').search('xa');
    expect(result.options).to.have.length(50);
    expect(result.total).to.equal(3321);
    expect(createMatcher(many, 'vi').search('').options).to.have.length(50);
  });

  it('finds the one option a typed label names exactly', () => {
    const matcher = createMatcher(provinces, 'vi');
    expect(matcher.exact('tinh dak lak')?.value).to.equal('66');
    expect(matcher.exact('dak lak')).to.equal(undefined);
    expect(matcher.exact('')).to.equal(undefined);
  });
});
