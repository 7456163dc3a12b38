import type { ProcedureDefinition } from '../definition/types.js';
import { buildFields } from './build.js';
import type { FieldError, FieldModel } from './types.js';

/** Indexes of the steps that have something to show under the current data (a step of hidden fields is skipped). */
export function visibleSteps(definition: ProcedureDefinition, data: unknown): number[] {
  return definition.steps.flatMap((step, index) =>
    buildFields(definition, data, step.fields).length > 0 ? [index] : [],
  );
}

/** Does `path` lie inside the field at `root` (the field itself, a child or an array item)? */
export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(root + '.') || path.startsWith(root + '[');
}

/** The problems that belong to the given fields, in the order the fields are shown. */
export function problemsFor(fields: readonly FieldModel[], problems: readonly FieldError[]): FieldError[] {
  const order: string[] = [];
  const walk = (field: FieldModel) => {
    order.push(field.path);
    field.children?.forEach(walk);
    field.items?.forEach((item) => item.forEach(walk));
  };
  fields.forEach(walk);
  const rank = (path: string) => {
    const exact = order.indexOf(path);
    return exact >= 0 ? exact : order.findIndex((root) => isWithin(path, root));
  };
  return problems.filter((problem) => rank(problem.path) >= 0).sort((a, b) => rank(a.path) - rank(b.path));
}

/** Leaf fields (no fieldsets or arrays), depth first: the rows of check-your-answers. */
export function leafFields(fields: readonly FieldModel[]): FieldModel[] {
  return fields.flatMap((field) => {
    if (field.children) return leafFields(field.children);
    if (field.items) return field.items.flatMap((item) => leafFields(item));
    return [field];
  });
}
