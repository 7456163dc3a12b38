/** JSON with object keys sorted, so that the same schema always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => JSON.stringify(key) + ':' + canonicalJson((value as Record<string, unknown>)[key]));
    return '{' + entries.join(',') + '}';
  }
  return JSON.stringify(value);
}

/**
 * A short fingerprint of a schema (FNV-1a, 2 × 32 bits). It is not a security measure: it tells a form that the
 * definition it fetched is the one its precompiled validator was built from, so a changed definition is refused
 * with a clear message instead of being validated by the wrong rules.
 */
export function schemaHash(schema: unknown): string {
  const text = canonicalJson(schema);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
