/**
 * Data paths. A concrete path names one value in the data: `mother.fullName`, `siblings[0].fullName`. A pattern
 * names a field of every item of an array: `siblings[].fullName` (the keys of a definition's `ui`). Property names
 * never start with a digit (the meta-schema enforces it), so a numeric JSON-pointer segment is always an array index.
 */

export type Segment = string | number;

/** `siblings[0].fullName` → `['siblings', 0, 'fullName']`. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]+)((?:\[\d*\])*)$/.exec(part);
    if (!match) throw new Error(`Not a data path: "${path}"`);
    segments.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d*)\]/g)) segments.push(index[1] === '' ? -1 : Number(index[1]));
  }
  return segments;
}

/** `['siblings', 0, 'fullName']` → `siblings[0].fullName`. */
export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += segment < 0 ? '[]' : `[${segment}]`;
    else out += out === '' ? segment : '.' + segment;
  }
  return out;
}

/** Joins a parent path and a child property or index. */
export function childPath(parent: string, child: string | number): string {
  if (typeof child === 'number') return `${parent}[${child}]`;
  return parent === '' ? child : `${parent}.${child}`;
}

/** The `ui` key of a concrete path: `siblings[0].fullName` → `siblings[].fullName`. */
export function patternOf(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** An Ajv `instancePath` (`/siblings/0/fullName`) as a concrete path. */
export function fromPointer(pointer: string): string {
  if (pointer === '') return '';
  const segments = pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return formatPath(segments);
}

/** The value at a concrete path, or undefined when any step is missing. */
export function getAt(data: unknown, path: string): unknown {
  if (path === '') return data;
  let current: unknown = data;
  for (const segment of parsePath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `data` with the value at `path` replaced (undefined removes the key). Only the objects and arrays on the
 * way are copied, so unchanged branches keep their identity (cheap re-renders, cheap change detection).
 */
export function setAt<T>(data: T, path: string, value: unknown): T {
  return setSegments(data, parsePath(path), value) as T;
}

function setSegments(node: unknown, segments: Segment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (typeof head === 'number') {
    const array = Array.isArray(node) ? [...node] : [];
    array[head] = setSegments(array[head], rest, value);
    return array;
  }
  const object: Record<string, unknown> =
    node !== null && typeof node === 'object' && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
  const next = setSegments(object[head], rest, value);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}
