import type { Check, ProcedureDefinition } from '../definition/types.js';
import { getAt, patternOf } from '../data/paths.js';
import { dateRange, yearOf } from '../formats/dates.js';
import { checkPersonalId, type Sex } from '../formats/personal-id.js';
import type { FieldError } from '../model/types.js';
import { labelOf } from './errors.js';
import { customMessage, message } from './messages.js';

function sexOf(check: Extract<Check, { rule: 'personalId' }>, data: unknown): Sex | undefined {
  if (check.sex === undefined) return undefined;
  if (typeof check.sex === 'object') return check.sex.fixed;
  // Sex codes as on the national portal: 1 male, 2 female.
  const code = String(getAt(data, check.sex) ?? '');
  return code === '1' ? 'male' : code === '2' ? 'female' : undefined;
}

function runCheck(definition: ProcedureDefinition, check: Check, data: unknown, today: string): FieldError[] {
  const value = getAt(data, check.field);
  if (typeof value !== 'string') return [];
  const { label } = labelOf(definition, check.field);
  const custom = definition.ui[patternOf(check.field)]?.messages?.[check.rule];
  const error = (
    keyword: string,
    id: Parameters<typeof message>[0],
    params = {},
    severity: 'error' | 'warning' = 'error',
  ) => ({
    path: check.field,
    keyword,
    severity,
    // An author's message replaces ours for a blocking problem; warnings keep their specific wording.
    message: custom && severity === 'error' ? customMessage(custom, label) : message(id, label, params),
  });
  switch (check.rule) {
    case 'notInFuture': {
      const range = dateRange(value);
      return range && range.start > today ? [error('notInFuture', 'notInFuture')] : [];
    }
    case 'before': {
      const mine = dateRange(value);
      const otherValue = getAt(data, check.than);
      const other = typeof otherValue === 'string' ? dateRange(otherValue) : undefined;
      // Only a certain mistake is reported: "1990" is not after "1990-05-03" as far as anyone can tell.
      if (!mine || !other || mine.start < other.end) return [];
      return [error('before', 'before', { other: labelOf(definition, check.than).label })];
    }
    case 'personalId': {
      const problems = checkPersonalId(
        value,
        sexOf(check, data),
        check.dateOfBirth ? yearOf(getAt(data, check.dateOfBirth)) : undefined,
      );
      return problems.map((problem) =>
        problem.kind === 'sex'
          ? error('personalId', 'personalIdSex')
          : problem.kind === 'year'
            ? error('personalId', 'personalIdYear', { n: problem.detail ?? '' })
            : error('personalId', 'personalIdProvince', { n: problem.detail ?? '' }, 'warning'),
      );
    }
  }
}

/**
 * Runs the definition's cross-field checks on shaped data (hidden fields already removed), skipping fields that
 * already have a schema error: one clear message per field is better than two.
 */
export function runChecks(
  definition: ProcedureDefinition,
  data: unknown,
  today: string,
  alreadyWrong: ReadonlySet<string>,
): FieldError[] {
  const found: FieldError[] = [];
  for (const check of definition.checks ?? []) {
    if (alreadyWrong.has(check.field)) continue;
    for (const problem of runCheck(definition, check, data, today)) {
      if (!found.some((other) => other.path === problem.path && other.severity === 'error')) found.push(problem);
    }
  }
  return found;
}
