import type { JsonSchema } from './types.js';

/**
 * Follows local `$ref`s (`#/$defs/parent`) against the root schema until a schema without `$ref` is reached.
 * Sibling keywords next to a `$ref` (allowed in 2020-12) are kept and win over the referenced ones, which is enough
 * for reading structure; Ajv remains the authority on validation.
 */
export function deref(schema: JsonSchema, root: JsonSchema, source = 'schema'): JsonSchema {
  let current = schema;
  const seen = new Set<string>();
  while (typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`${source}: circular $ref "${ref}"`);
    seen.add(ref);
    const target = resolvePointer(root, ref);
    if (!target) throw new Error(`${source}: $ref "${ref}" points nowhere`);
    const { $ref: _ignored, ...siblings } = current;
    void _ignored;
    current = { ...target, ...siblings };
  }
  return current;
}

/** The schema at a local reference `#/a/b`, or undefined. */
export function resolvePointer(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== null && typeof node === 'object' ? (node as JsonSchema) : undefined;
}
