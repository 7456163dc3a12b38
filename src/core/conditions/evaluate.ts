import type { JsonSchema } from '../definition/types.js';

/**
 * The keywords a condition (`if`, `documents[].when`) may use. The form decides what to show without running Ajv
 * (the browser holds only precompiled validators), so conditions are evaluated here, by the same rules as JSON Schema
 * 2020-12 for this subset. The meta-schema refuses any other keyword inside a condition, so an author cannot write
 * one that the screen and the validator would read differently.
 */
export const CONDITION_KEYWORDS = [
  'properties',
  'required',
  'const',
  'enum',
  'not',
  'allOf',
  'anyOf',
  'oneOf',
  'type',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
] as const;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** JSON equality, as `const` and `enum` define it. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Does `value` satisfy the condition `schema`? `true`/`false` schemas and `{}` behave as in JSON Schema. */
export function matches(schema: JsonSchema | boolean, value: unknown): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) return false;
  }
  if ('const' in schema && !jsonEqual(schema.const, value)) return false;
  if (schema.enum && !schema.enum.some((item) => jsonEqual(item, value))) return false;
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
  }
  if (typeof value === 'string') {
    // JSON Schema counts code points, not UTF-16 units.
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) return false;
    if (schema.maxLength !== undefined && length > schema.maxLength) return false;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return false;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    if (schema.required && !schema.required.every((key) => key in object && object[key] !== undefined)) return false;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in object && object[key] !== undefined && !matches(sub, object[key])) return false;
    }
  }
  if (schema.not !== undefined && matches(schema.not, value)) return false;
  if (schema.allOf && !schema.allOf.every((sub) => matches(sub, value))) return false;
  if (schema.anyOf && !schema.anyOf.some((sub) => matches(sub, value))) return false;
  if (schema.oneOf && schema.oneOf.filter((sub) => matches(sub, value)).length !== 1) return false;
  return true;
}
