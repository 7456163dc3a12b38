import { matches } from '../conditions/evaluate.js';
import { deref } from '../definition/refs.js';
import type { JsonSchema } from '../definition/types.js';

/** An object schema as it applies to one value now: which properties exist, which are required, in what order. */
export interface EffectiveObject {
  properties: Map<string, JsonSchema>;
  required: Set<string>;
}

/**
 * Resolves the conditional parts of an object schema against its current value.
 *
 * Convention (docs/procedure-format.md): a property declared in the base `properties` is always shown; a property
 * declared only inside a `then`/`else` branch is shown while that branch applies. A branch may also tighten a base
 * property (e.g. a 12-digit pattern when the document is a personal ID) — for display the schemas are merged, and Ajv
 * validates the real combination. Properties a branch adds appear right after the last property its `if` tests, so
 * "Other relationship" follows "Relationship" on screen.
 */
export function effectiveObject(schema: JsonSchema, value: unknown, root: JsonSchema): EffectiveObject {
  const result: EffectiveObject = { properties: new Map(), required: new Set() };
  apply(deref(schema, root), value, root, result, undefined);
  return result;
}

function apply(
  schema: JsonSchema,
  value: unknown,
  root: JsonSchema,
  into: EffectiveObject,
  after: string | undefined,
): void {
  addProperties(schema, into, after, root);
  for (const key of schema.required ?? []) into.required.add(key);
  for (const part of schema.allOf ?? []) applyPart(deref(part, root), value, root, into, after);
  if (schema.if !== undefined)
    applyPart({ if: schema.if, then: schema.then, else: schema.else }, value, root, into, after);
}

function applyPart(
  part: JsonSchema,
  value: unknown,
  root: JsonSchema,
  into: EffectiveObject,
  after: string | undefined,
): void {
  if (part.if === undefined) {
    apply(part, value, root, into, after);
    return;
  }
  const branch = matches(part.if, value ?? {}) ? part.then : part.else;
  if (branch && typeof branch === 'object') apply(deref(branch, root), value, root, into, lastTested(part.if, into));
}

/** The last property of the object (in display order) that a condition looks at. */
function lastTested(condition: JsonSchema, into: EffectiveObject): string | undefined {
  const tested = new Set([...Object.keys(condition.properties ?? {}), ...(condition.required ?? [])]);
  let last: string | undefined;
  for (const key of into.properties.keys()) if (tested.has(key)) last = key;
  return last;
}

function addProperties(schema: JsonSchema, into: EffectiveObject, after: string | undefined, root: JsonSchema): void {
  const entries = Object.entries(schema.properties ?? {});
  if (entries.length === 0) return;
  const existing = [...into.properties.entries()];
  const fresh: [string, JsonSchema][] = [];
  for (const [key, sub] of entries) {
    const previous = into.properties.get(key);
    if (previous) into.properties.set(key, { ...previous, ...deref(sub, root) });
    else fresh.push([key, deref(sub, root)]);
  }
  if (fresh.length === 0) return;
  const at = after === undefined ? existing.length : existing.findIndex(([key]) => key === after) + 1;
  into.properties = new Map([
    ...[...into.properties.entries()].slice(0, at),
    ...fresh,
    ...[...into.properties.entries()].slice(at),
  ]);
}
