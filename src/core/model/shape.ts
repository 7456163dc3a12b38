import { deref } from '../definition/refs.js';
import type { JsonSchema, ProcedureDefinition } from '../definition/types.js';
import { nfc } from '../text/normalize.js';
import { effectiveObject } from './effective.js';

/**
 * The data as it is validated and exported: only the fields shown under the current answers (a father's details
 * typed before choosing "father unknown" are dropped, not submitted), strings NFC-normalized and trimmed, empty
 * strings and empty objects removed. The draft itself keeps everything the person typed; only this copy is shaped.
 */
export function shapeData(definition: ProcedureDefinition, data: unknown): Record<string, unknown> {
  const shaped = shapeValue(definition.schema, data, definition.schema);
  return shaped !== null && typeof shaped === 'object' && !Array.isArray(shaped)
    ? (shaped as Record<string, unknown>)
    : {};
}

function shapeValue(schema: JsonSchema, value: unknown, root: JsonSchema): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const trimmed = nfc(value).trim();
    return trimmed === '' ? undefined : trimmed;
  }
  const resolved = deref(schema, root);
  if (Array.isArray(value)) {
    const itemSchema = resolved.items ?? {};
    return value.map((item) => shapeValue(itemSchema, item, root) ?? (typeof item === 'object' ? {} : null));
  }
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const { properties } = effectiveObject(resolved, object, root);
    const out: Record<string, unknown> = {};
    for (const [key, sub] of properties) {
      const shaped = shapeValue(sub, object[key], root);
      if (shaped !== undefined) out[key] = shaped;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

/**
 * For validation only: adds an empty object for every required object that is missing, recursively, so that a
 * person who skipped a whole section is told which questions in it need answers ("Enter the mother's full name"),
 * not merely that the section is missing.
 */
export function withRequiredObjects(
  definition: ProcedureDefinition,
  data: Record<string, unknown>,
): Record<string, unknown> {
  return fill(definition.schema, data, definition.schema) as Record<string, unknown>;
}

function fill(schema: JsonSchema, value: unknown, root: JsonSchema): unknown {
  const resolved = deref(schema, root);
  if (Array.isArray(value)) return value.map((item) => fill(resolved.items ?? {}, item, root));
  if (value === null || typeof value !== 'object') return value;
  const object = { ...(value as Record<string, unknown>) };
  const { properties, required } = effectiveObject(resolved, object, root);
  for (const [key, sub] of properties) {
    const subSchema = deref(sub, root);
    const isObject =
      subSchema.type === 'object' || (subSchema.type === undefined && subSchema.properties !== undefined);
    if (object[key] === undefined && isObject && required.has(key)) object[key] = {};
    if (object[key] !== undefined) object[key] = fill(subSchema, object[key], root);
  }
  return object;
}
