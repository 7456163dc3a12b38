import type { Check } from '../definition/types.js';
import { dateRange, formatDateVi, yearOf } from '../formats/dates.js';
import { passportNumberProblem } from '../formats/passport.js';
import { checkPersonalId, type Sex } from '../formats/personal-id.js';
import { isPhoneNumber, type PhoneMetadata } from '../formats/phone.js';
import { taxCodeProblem } from '../formats/tax-code.js';
import * as messages from './messages.js';
import type { CheckRule, RuleContext } from './types.js';

/**
 * The check rules of procedure definitions (`checks` in definition.json). A rule reports only certain mistakes: a
 * partial date (`1990`) is not "after" a day in 1990 as far as anyone can tell. Each rule is its own export and
 * checks.ts only dispatches to them, so a procedure's precompiled validator bundles the rules it uses and no other
 * (scripts/compile-validators.mjs), and the first load of a form carries none of them.
 */

type RuleOf<R extends Check['rule']> = CheckRule<Extract<Check, { rule: R }>>;

function dateAt(context: RuleContext, path: string) {
  const value = context.valueAt(path);
  return typeof value === 'string' ? dateRange(value) : undefined;
}

function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export const notInFuture: RuleOf<'notInFuture'> = (_check, context) => {
  const range = dateRange(context.value);
  return range && range.start > context.today ? [context.problem(messages.notInFutureMessage)] : [];
};

export const notInPast: RuleOf<'notInPast'> = (_check, context) => {
  const range = dateRange(context.value);
  return range && range.end < context.today ? [context.problem(messages.notInPastMessage)] : [];
};

export const before: RuleOf<'before'> = (check, context) => {
  const mine = dateRange(context.value);
  const other = dateAt(context, check.than);
  if (!mine || !other || mine.start < other.end) return [];
  return [context.problem(messages.beforeMessage, { other: context.labelAt(check.than) })];
};

export const withinDays: RuleOf<'withinDays'> = (check, context) => {
  const mine = dateRange(context.value);
  const from = dateAt(context, check.from);
  if (!mine || !from) return [];
  const latest = addDays(from.end, check.max);
  if (mine.start <= latest) return [];
  const params = { n: check.max, other: context.labelAt(check.from), date: formatDateVi(latest) };
  return [context.problem(messages.withinDaysMessage, params)];
};

/** The day a person born on `iso` turns `years` old (29 February → 1 March in a common year). */
function anniversary(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/** Reported only when certain: even the latest day a partial date of birth can mean makes them `years` by then. */
export const youngerThan: RuleOf<'youngerThan'> = (check, context) => {
  const birth = dateRange(context.value);
  const on = dateAt(context, check.on);
  if (!birth || !on || on.start < anniversary(birth.end, check.years)) return [];
  return [context.problem(messages.youngerThanMessage, { n: check.years, other: context.labelAt(check.on) })];
};

function sexOf(check: Extract<Check, { rule: 'personalId' }>, context: RuleContext): Sex | undefined {
  if (check.sex === undefined) return undefined;
  if (typeof check.sex === 'object') return check.sex.fixed;
  // Sex codes as on the national portal: 1 male, 2 female.
  const code = String(context.valueAt(check.sex) ?? '');
  return code === '1' ? 'male' : code === '2' ? 'female' : undefined;
}

export const personalId: RuleOf<'personalId'> = (check, context) => {
  const birthYear = check.dateOfBirth ? yearOf(context.valueAt(check.dateOfBirth)) : undefined;
  return checkPersonalId(context.value, sexOf(check, context), birthYear).map((problem) =>
    problem.kind === 'sex'
      ? context.problem(messages.personalIdSexMessage)
      : problem.kind === 'year'
        ? context.problem(messages.personalIdYearMessage, { n: problem.detail ?? '' })
        : context.problem(messages.personalIdProvinceMessage, { n: problem.detail ?? '' }, true),
  );
};

export const taxCode: RuleOf<'taxCode'> = (_check, context) => {
  const problem = taxCodeProblem(context.value);
  if (!problem) return [];
  return [context.problem(problem === 'format' ? messages.taxCodeFormatMessage : messages.taxCodeCheckDigitMessage)];
};

export const passportNumber: RuleOf<'passportNumber'> = (check, context) => {
  const country = check.country ? context.valueAt(check.country) : undefined;
  const problem = passportNumberProblem(context.value, typeof country === 'string' ? country : undefined);
  if (!problem) return [];
  return [context.problem(problem === 'format' ? messages.passportFormatMessage : messages.passportVietnameseMessage)];
};

/** The phone rule, bound to the numbering-plan metadata the validator carries (see formats/phone.ts). */
export function phone(metadata: PhoneMetadata): RuleOf<'phone'> {
  return (check, context) => {
    const region = check.region ?? 'VN';
    if (isPhoneNumber(context.value, region, metadata)) return [];
    return [context.problem(region === 'VN' ? messages.phoneVnMessage : messages.phoneAnyMessage)];
  };
}
