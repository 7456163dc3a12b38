/**
 * The 12-digit personal identification number (số định danh cá nhân, on CCCD / thẻ căn cước): PPP G YY NNNNNN.
 * PPP = province (or country) of birth registration, G = century and sex, YY = last two digits of the birth year
 * (Decree 137/2015 Art. 13, Circular 07/2016/TT-BCA Art. 7). There is no checksum.
 */

/**
 * Province codes in use (`0` + the pre-2025 two-digit code). Codes for births abroad are not published. A plain string
 * (not a Set built at load time) so that a validator bundle without the personalId rule drops it.
 */
const PROVINCE_CODES =
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 ' +
  '044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 ' +
  '089 091 092 093 094 095 096';

export type Sex = 'male' | 'female';

export interface PersonalIdProblem {
  kind: 'sex' | 'year' | 'province';
  /** For `year`: the expected two digits; for `province`: the code found. */
  detail?: string;
  severity: 'error' | 'warning';
}

export function isPersonalIdShape(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/** Century/sex digit: 1900s male 0 / female 1, 2000s 2/3, 2100s 4/5, 2200s 6/7, 2300s 8/9. */
export function centurySexDigit(year: number, sex: Sex): number {
  return (Math.floor(year / 100) - 19) * 2 + (sex === 'female' ? 1 : 0);
}

/**
 * Cross-checks a personal ID number against what else the form knows. An unknown province code is only a warning:
 * which codes are used since the 2025 reorganisation and for births abroad is not published.
 */
export function checkPersonalId(value: string, sex?: Sex, birthYear?: number): PersonalIdProblem[] {
  if (!isPersonalIdShape(value)) return [];
  const problems: PersonalIdProblem[] = [];
  const digit = Number(value[3]);
  if (sex !== undefined) {
    const sexMatches = digit % 2 === (sex === 'female' ? 1 : 0);
    const centuryMatches = birthYear === undefined || digit === centurySexDigit(birthYear, sex);
    if (!sexMatches || !centuryMatches) problems.push({ kind: 'sex', severity: 'error' });
  } else if (birthYear !== undefined && Math.floor(digit / 2) !== Math.floor(birthYear / 100) - 19) {
    problems.push({ kind: 'sex', severity: 'error' });
  }
  if (birthYear !== undefined) {
    const expected = String(birthYear % 100).padStart(2, '0');
    if (value.slice(4, 6) !== expected) problems.push({ kind: 'year', detail: expected, severity: 'error' });
  }
  const province = value.slice(0, 3);
  if (!PROVINCE_CODES.split(' ').includes(province))
    problems.push({ kind: 'province', detail: province, severity: 'warning' });
  return problems;
}
