import { childPath, patternOf } from '../data/paths.js';
import { schemaInAnyBranch } from '../definition/check.js';
import { deref } from '../definition/refs.js';
import type { JsonSchema, ProcedureDefinition } from '../definition/types.js';
import { applyRenames, hasAnswer, isObject } from './renames.js';
import type { SetAsideValue } from './types.js';

type Data = Record<string, unknown>;
type Reason = SetAsideValue['reason'];

/** Marks a value that did not fit and went to the set-aside list. */
const SET_ASIDE = Symbol('set aside');
const FIELD_NAME = /^[^.[\]]+$/;

/**
 * Moves a draft's data from an older version of a procedure onto the current one. The definition's renames for that
 * version are applied first; then every answer the current schema cannot hold (a field that is gone, a choice that
 * no longer exists, a value of another JSON type) is taken out of the data and returned beside it, to be shown to the
 * person, never dropped. Answers that still fit are kept even when they do not validate (a half-typed ID number):
 * the person fixes those in the form, as they would have before. Fields of every conditional branch count as
 * existing: whether a branch applies is the form's business, with the person's answers.
 */
export function migrateData(
  definition: ProcedureDefinition,
  data: Data,
  fromVersion: string,
): { data: Data; setAside: SetAsideValue[] } {
  if (fromVersion === definition.version) return { data, setAside: [] };
  const setAside: SetAsideValue[] = [];
  const renamed = applyRenames(data, definition.migrations ?? [], fromVersion, setAside);
  return { data: fitObject(definition, '', renamed, setAside), setAside };
}

/** Keeps what fits at `path` (and below), moving the rest to `setAside`. */
function fit(definition: ProcedureDefinition, path: string, value: unknown, setAside: SetAsideValue[]): unknown {
  if (value === undefined) return value;
  const schema = schemaInAnyBranch(definition, path);
  const reason = misfit(schema, value);
  if (!schema || reason) return aside(path, value, reason ?? 'removed', setAside);
  if (definition.ui[patternOf(path)]?.widget === 'file' && isObject(value)) {
    // A file's description (id, name, type, size, hash) is whole or useless: if a part no longer fits, the whole
    // description is set aside, still naming the stored file.
    const parts: SetAsideValue[] = [];
    const kept = fitObject(definition, path, value, parts);
    return parts.length === 0 ? kept : aside(path, value, parts[0].reason, setAside);
  }
  if (Array.isArray(value) && schema.items) {
    return value
      .map((item, i) => fit(definition, childPath(path, i), item, setAside))
      .filter((item) => item !== SET_ASIDE);
  }
  if (isObject(value) && declaresProperties(schema, definition.schema)) {
    return fitObject(definition, path, value, setAside);
  }
  return value;
}

function fitObject(definition: ProcedureDefinition, path: string, value: Data, setAside: SetAsideValue[]): Data {
  const kept: Data = {};
  for (const [key, item] of Object.entries(value)) {
    // A key no data path can name (`a.b`, `x[1]`) is no field of any schema.
    const result = FIELD_NAME.test(key)
      ? fit(definition, childPath(path, key), item, setAside)
      : aside(childPath(path, key), item, 'removed', setAside);
    if (result !== SET_ASIDE) kept[key] = result;
  }
  return kept;
}

function aside(path: string, value: unknown, reason: Reason, setAside: SetAsideValue[]): typeof SET_ASIDE {
  // An object or list that a rename emptied holds no answer: there is nothing to show the person.
  if (hasAnswer(value)) setAside.push({ path, value, reason });
  return SET_ASIDE;
}

function misfit(schema: JsonSchema | undefined, value: unknown): Reason | undefined {
  if (!schema) return 'removed';
  if (!typeAllows(schema, value)) return 'type';
  if (!choiceAllows(schema, value)) return 'choice';
  return undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeAllows(schema: JsonSchema, value: unknown): boolean {
  if (schema.type === undefined) return true;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = jsonType(value);
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** Whether the value is one of the schema's choices (`enum`, or `oneOf` of `const`s); true when it has none. */
function choiceAllows(schema: JsonSchema, value: unknown): boolean {
  const consts = schema.oneOf?.filter((option) => 'const' in option).map((option) => option.const);
  const choices = schema.enum ?? (consts && consts.length > 0 ? consts : undefined);
  if (!choices) return true;
  const key = JSON.stringify(value);
  return choices.some((choice) => choice === value || JSON.stringify(choice) === key);
}

/** Whether an object schema names its properties (in any branch), as opposed to holding any object whole. */
function declaresProperties(schema: JsonSchema, root: JsonSchema): boolean {
  const resolved = deref(schema, root);
  if (resolved.properties && Object.keys(resolved.properties).length > 0) return true;
  return [...(resolved.allOf ?? []), resolved.then, resolved.else].some(
    (part) => part !== undefined && typeof part === 'object' && declaresProperties(part, root),
  );
}
