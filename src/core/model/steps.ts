import type { LocalizedText, ProcedureDefinition } from '../definition/types.js';
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

/** One answer on a summary (check-your-answers, the PDF): the field, the groups it sits in, and its list item. */
export interface SummaryRow {
  field: FieldModel;
  /** Labels of the groups (fieldsets) around it, outermost first: "Quê quán" for a hometown's province. */
  groups: LocalizedText[];
  /** For an answer inside a repeatable list: the list's item noun and the item's number (from 1). */
  item?: { noun: LocalizedText; n: number };
}

/**
 * The leaf answers of some fields, depth first, each with what is needed to name it without ambiguity: a "Tỉnh,
 * thành phố" row says whether it is the place of birth or the hometown, and an item row says which child it is.
 */
export function summaryRows(fields: readonly FieldModel[]): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const walk = (field: FieldModel, groups: LocalizedText[], item: SummaryRow['item']) => {
    if (field.children) {
      for (const child of field.children) walk(child, [...groups, field.label], item);
    } else if (field.items) {
      const noun = field.itemLabel ?? field.label;
      field.items.forEach((children, index) => {
        for (const child of children) walk(child, groups, { noun, n: index + 1 });
      });
    } else {
      rows.push({ field, groups, item });
    }
  };
  for (const field of fields) walk(field, [], undefined);
  return rows;
}

/** `steps="applicant, child"`: the step ids a portal lists, separated by spaces and/or commas. */
export function parseStepIds(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The listed ids that are not steps of the definition (a typo the portal must hear about). */
export function unknownStepIds(definition: ProcedureDefinition, ids: readonly string[]): string[] {
  return ids.filter((id) => !definition.steps.some((step) => step.id === id));
}

/**
 * The steps the person goes through: the visible ones the portal listed (every visible one when it listed none),
 * and those `opened` since because they needed an answer. A hidden step is only skipped, never dropped: its answers
 * (from prefill) are still checked, listed and submitted.
 */
export function shownSteps(
  definition: ProcedureDefinition,
  data: unknown,
  listed: readonly string[],
  opened: ReadonlySet<string>,
): number[] {
  const visible = visibleSteps(definition, data);
  if (listed.length === 0) return visible;
  return visible.filter(
    (index) => listed.includes(definition.steps[index].id) || opened.has(definition.steps[index].id),
  );
}

/**
 * The visible steps that are not shown but hold an error (a missing or invalid answer the prefill did not give):
 * they must be opened before check-your-answers, or the form could never be completed.
 */
export function stepsToOpen(
  definition: ProcedureDefinition,
  data: unknown,
  shown: readonly number[],
  problems: readonly FieldError[],
): number[] {
  return visibleSteps(definition, data).filter(
    (index) =>
      !shown.includes(index) &&
      problemsFor(buildFields(definition, data, definition.steps[index].fields), problems).some(
        (problem) => problem.severity === 'error',
      ),
  );
}
