/**
 * Passport numbers. ICAO Doc 9303 gives the document number field of a machine-readable passport nine characters of
 * A–Z and 0–9 (shorter numbers are padded with `<` in the machine-readable zone, never on the page a person reads).
 * Vietnamese passports carry one letter and seven digits (`C1234567`, `P…` for ordinary, `N…`, `K…` for others).
 * People type the letters in either case, so both rules are applied to the upper-cased value.
 */

export type PassportProblem = 'format' | 'vietnamese';

/** What is wrong with a passport number issued by `country` (ISO 3166-1 alpha-2; any other value: the ICAO rule). */
export function passportNumberProblem(value: string, country?: string): PassportProblem | undefined {
  const upper = value.toUpperCase();
  if (country === 'VN') return /^[A-Z]\d{7}$/.test(upper) ? undefined : 'vietnamese';
  return /^[A-Z0-9]{1,9}$/.test(upper) ? undefined : 'format';
}

export function isPassportNumber(value: string, country?: string): boolean {
  return passportNumberProblem(value, country) === undefined;
}
