import type { Check, ProcedureDefinition } from '../definition/types.js';
import { getAt, patternOf } from '../data/paths.js';
import type { FieldError } from '../model/types.js';
import { labelOf } from './errors.js';
import { customMessage, fillMessage } from './messages.js';
import type { CheckRules, RuleContext } from './types.js';

/** Every concrete path a pattern names in `data`: `visits[].to` → `visits[0].to`, `visits[1].to`… */
function concretePaths(data: unknown, pattern: string): string[] {
  const cut = pattern.indexOf('[]');
  if (cut < 0) return [pattern];
  const list = getAt(data, pattern.slice(0, cut));
  if (!Array.isArray(list)) return [];
  return list.flatMap((_, i) => concretePaths(data, `${pattern.slice(0, cut)}[${i}]${pattern.slice(cut + 2)}`));
}

/** `pattern` with its `[]` filled by the indices of `concrete` (the other paths of a check follow its field's item). */
function sameItem(pattern: string, concrete: string): string {
  const indices = concrete.match(/\[\d+\]/g) ?? [];
  let i = 0;
  return pattern.replace(/\[\]/g, () => indices[i++] ?? '[]');
}

function runCheck(
  definition: ProcedureDefinition,
  rules: CheckRules,
  check: Check,
  path: string,
  data: unknown,
  today: string,
): FieldError[] {
  const value = getAt(data, path);
  if (typeof value !== 'string') return [];
  const rule = rules[check.rule] as ((check: Check, context: RuleContext) => FieldError[]) | undefined;
  // A validator built before a rule existed cannot judge it; passing the answer unchecked would be worse.
  if (!rule) throw new Error(`The validator of ${definition.id}@${definition.version} has no "${check.rule}" rule`);
  const { label } = labelOf(definition, path);
  const custom = definition.ui[patternOf(path)]?.messages?.[check.rule];
  return rule(check, {
    value,
    today,
    valueAt: (other) => getAt(data, sameItem(other, path)),
    labelAt: (other) => labelOf(definition, sameItem(other, path)).label,
    problem: (template, params, warning) => {
      const severity = warning || check.severity === 'warning' ? 'warning' : 'error';
      // An author's message replaces ours, except on what the rule itself only warns about: that keeps its wording.
      const message = custom && !warning ? customMessage(custom, label) : fillMessage(template, label, params);
      return { path, keyword: check.rule, severity, message };
    },
  });
}

/**
 * Runs the definition's cross-field checks on shaped data (hidden fields already removed), with the rules the
 * validator carries, skipping fields that already have a schema error. One problem per field: an error wins over
 * a warning, the first of each kind over later ones.
 */
export function runChecks(
  definition: ProcedureDefinition,
  rules: CheckRules,
  data: unknown,
  today: string,
  alreadyWrong: ReadonlySet<string>,
): FieldError[] {
  const found = new Map<string, FieldError>();
  for (const check of definition.checks ?? []) {
    for (const path of concretePaths(data, check.field)) {
      if (alreadyWrong.has(path)) continue;
      for (const problem of runCheck(definition, rules, check, path, data, today)) {
        const earlier = found.get(path);
        if (!earlier || (earlier.severity === 'warning' && problem.severity === 'error')) found.set(path, problem);
      }
    }
  }
  return [...found.values()];
}
