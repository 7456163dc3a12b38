import { parsePath, patternOf } from '../data/paths.js';
import type { SchemaValidator } from '../validate/types.js';
import { deref } from './refs.js';
import type { JsonSchema, ProcedureDefinition } from './types.js';

/** One thing wrong with a definition: where (JSON pointer into the file), which rule, and what. */
export interface DefinitionProblem {
  pointer: string;
  rule: string;
  message: string;
}

/** A definition that cannot be used. Its message names the file, and each problem its place and rule. */
export class DefinitionError extends Error {
  constructor(
    readonly source: string,
    readonly problems: DefinitionProblem[],
  ) {
    super(
      `${source}: not a usable procedure definition\n` +
        problems.map((p) => `  ${p.pointer || '/'}: ${p.message} (rule: ${p.rule})`).join('\n'),
    );
    this.name = 'DefinitionError';
  }
}

/** Parses definition text, naming the file and position when it is not JSON. */
export function parseDefinitionText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DefinitionError(source, [{ pointer: '', rule: 'json', message: (error as Error).message }]);
  }
}

/**
 * Checks a parsed definition: first against the meta-schema (forms/procedure.schema.json), then the rules a schema
 * cannot state: every path a step, check or ui entry names exists in the data model, every field shown has a label,
 * every choice a label in both languages. Returns the definition typed, or throws a DefinitionError.
 */
export function checkDefinition(json: unknown, source: string, metaValidator: SchemaValidator): ProcedureDefinition {
  if (!metaValidator(json)) {
    const problems = (metaValidator.errors ?? []).map((error) => ({
      pointer: error.instancePath,
      rule: error.keyword,
      message: error.message ?? error.keyword,
    }));
    throw new DefinitionError(source, dedupe(problems));
  }
  const definition = json as ProcedureDefinition;
  const problems = crossCheck(definition);
  if (problems.length > 0) throw new DefinitionError(source, problems);
  return definition;
}

function dedupe(problems: DefinitionProblem[]): DefinitionProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = p.pointer + '|' + p.rule + '|' + p.message;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The schema at a path pattern, looking into every conditional branch (display conditions do not matter here). */
export function schemaInAnyBranch(definition: ProcedureDefinition, path: string): JsonSchema | undefined {
  const root = definition.schema;
  let schema: JsonSchema | undefined = root;
  for (const segment of parsePath(path)) {
    if (!schema) return undefined;
    schema = deref(schema, root);
    schema = typeof segment === 'number' ? schema.items : allProperties(schema, root).get(segment);
  }
  return schema ? deref(schema, root) : undefined;
}

function allProperties(
  schema: JsonSchema,
  root: JsonSchema,
  into = new Map<string, JsonSchema>(),
): Map<string, JsonSchema> {
  const resolved = deref(schema, root);
  for (const [key, sub] of Object.entries(resolved.properties ?? {})) if (!into.has(key)) into.set(key, sub);
  for (const part of [...(resolved.allOf ?? []), resolved.then, resolved.else]) {
    if (part && typeof part === 'object') allProperties(part, root, into);
  }
  return into;
}

function crossCheck(definition: ProcedureDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const exists = (path: string, pointer: string) => {
    const schema = schemaInAnyBranch(definition, path);
    if (!schema) problems.push({ pointer, rule: 'field-exists', message: `"${path}" is not a field of the schema` });
    return schema;
  };
  const visit = (path: string, schema: JsonSchema, pointer: string) => {
    const key = patternOf(path);
    const ui = definition.ui[key];
    // An array item is labelled by its list's itemLabel ("Con 1"); only its own fields need labels.
    if (!ui && key.endsWith('[]')) {
      if (schema.type === 'object' || schema.properties) {
        for (const [name, sub] of allProperties(schema, definition.schema))
          visit(`${path}.${name}`, deref(sub, definition.schema), pointer);
      }
      return;
    }
    if (!ui) {
      problems.push({ pointer, rule: 'ui-label', message: `field "${key}" is shown but has no ui entry with a label` });
      return;
    }
    const values = schema.enum ?? schema.oneOf?.filter((item) => 'const' in item).map((item) => item.const);
    for (const value of values ?? []) {
      if (!ui.options?.[String(value)]) {
        problems.push({
          pointer: `/ui/${key.replace(/~/g, '~0').replace(/\//g, '~1')}/options`,
          rule: 'option-label',
          message: `choice "${String(value)}" of "${key}" has no label`,
        });
      }
    }
    // A file field's object (id, name, size…) is filled by the kit, not by the person: its parts need no labels.
    if (ui.widget !== 'file' && (schema.type === 'object' || schema.properties || schema.allOf)) {
      for (const [name, sub] of allProperties(schema, definition.schema))
        visit(`${path}.${name}`, deref(sub, definition.schema), pointer);
    }
    if (schema.type === 'array' && schema.items) visit(`${path}[]`, deref(schema.items, definition.schema), pointer);
  };
  definition.steps.forEach((step, s) =>
    step.fields.forEach((path, f) => {
      const schema = exists(path, `/steps/${s}/fields/${f}`);
      if (schema) visit(path, schema, `/steps/${s}/fields/${f}`);
    }),
  );
  definition.declaration.forEach((path, i) => {
    const schema = exists(path, `/declaration/${i}`);
    if (schema) visit(path, schema, `/declaration/${i}`);
  });
  (definition.checks ?? []).forEach((check, i) => {
    exists(check.field, `/checks/${i}/field`);
    for (const key of ['than', 'from', 'on', 'sex', 'dateOfBirth', 'country'] as const) {
      const path: unknown = (check as Record<string, unknown>)[key];
      if (typeof path !== 'string') continue;
      exists(path, `/checks/${i}/${key}`);
      // Inside a list, the other field is read from the same item: it must sit in the same list as `field`.
      const lastList = path.lastIndexOf('[]');
      if (lastList >= 0 && !check.field.startsWith(path.slice(0, lastList + 2))) {
        const message = `"${path}" is in a list that "${check.field}" is not in: the check cannot tell which item to read`;
        problems.push({ pointer: `/checks/${i}/${key}`, rule: 'check-same-item', message });
      }
    }
  });
  const submitter = definition.submitterName;
  if (typeof submitter === 'string') exists(submitter, '/submitterName');
  else submitter?.forEach((path, i) => exists(path, `/submitterName/${i}`));
  for (const key of Object.keys(definition.ui)) {
    if (!schemaInAnyBranch(definition, key)) {
      problems.push({ pointer: `/ui/${key}`, rule: 'ui-key-exists', message: `"${key}" is not a field of the schema` });
    }
  }
  return [...problems, ...sameAsProblems(definition)];
}

/** A "same as" button copies one object into another: both must be objects with the same fields. */
function sameAsProblems(definition: ProcedureDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const fieldsOf = (schema: JsonSchema | undefined) =>
    schema && (schema.type === 'object' || schema.properties || schema.allOf)
      ? [...allProperties(schema, definition.schema).keys()].sort().join(',')
      : undefined;
  for (const [key, ui] of Object.entries(definition.ui)) {
    const target = fieldsOf(schemaInAnyBranch(definition, key));
    (ui.sameAs ?? []).forEach(({ from }, i) => {
      const pointer = `/ui/${key}/sameAs/${i}/from`;
      const source = from.includes('[]') ? undefined : fieldsOf(schemaInAnyBranch(definition, from));
      const problem = (message: string) => problems.push({ pointer, rule: 'same-as', message });
      if (target === undefined) problem(`"${key}" has "sameAs" but is not an object field`);
      else if (source === undefined) problem(`"${from}" is not an object field of the schema (one object, not a list)`);
      else if (from === key) problem(`"${key}" cannot be the same as itself`);
      else if (source !== target) problem(`"${from}" and "${key}" do not have the same fields`);
    });
  }
  return problems;
}
