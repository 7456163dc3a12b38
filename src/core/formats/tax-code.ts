/**
 * The Vietnamese tax code, which is also the enterprise code (mã số thuế / mã số doanh nghiệp): 10 digits, or 13
 * written `NNNNNNNNNN-NNN` for a dependent unit such as a branch (Circular 105/2020/TT-BTC). The 10th digit is a
 * check digit over the first nine: 10 − (Σ digit × weight mod 11), weights 31 29 23 19 17 13 7 5 3.
 *
 * The weights are not in a published legal text we could read; they are what several independent implementations
 * agree on (one reports no failure on 109 real codes). When the sum leaves no remainder the formula gives 10, which
 * is not a digit: implementations disagree there, and we refuse such a code. Both points are unverified.
 */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export type TaxCodeProblem = 'format' | 'checkDigit';

/** What is wrong with a tax code, if anything: its shape, or (most likely a typing slip) its check digit. */
export function taxCodeProblem(value: string): TaxCodeProblem | undefined {
  if (!/^\d{10}(?:-\d{3})?$/.test(value)) return 'format';
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return 10 - (sum % 11) === Number(value[9]) ? undefined : 'checkDigit';
}

export function isTaxCode(value: string): boolean {
  return taxCodeProblem(value) === undefined;
}
