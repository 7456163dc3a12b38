import { formatPath, getAt, parsePath, setAt, type Segment } from '../data/paths.js';
import type { Migration } from '../definition/types.js';
import type { SetAsideValue } from './types.js';

type Data = Record<string, unknown>;

/**
 * Applies the renames of every migration that covers `fromVersion` (`1.x` covers every 1.y.z; otherwise the version
 * must match exactly), in the order the definition lists them. Anything a rename would overwrite is set aside.
 */
export function applyRenames(
  data: Data,
  migrations: readonly Migration[],
  fromVersion: string,
  setAside: SetAsideValue[],
): Data {
  let result = data;
  for (const { from, renames } of migrations) {
    const covers = from.endsWith('.x') ? fromVersion.startsWith(from.slice(0, -1)) : from === fromVersion;
    if (covers) result = rename(result, renames, setAside);
  }
  return result;
}

/**
 * Applies one migration's renames together, so that swapping two names works: every old path is read first, then
 * all are removed, then written at their new paths. `[]` stands for every item, and the n-th `[]` of the new path
 * takes the index of the n-th `[]` of the old one.
 */
function rename(data: Data, renames: Record<string, string>, setAside: SetAsideValue[]): Data {
  const moves: Array<{ from: string; to: Segment[]; value: unknown }> = [];
  for (const [oldPattern, newPattern] of Object.entries(renames)) {
    const oldSegments = parsePath(oldPattern);
    const newSegments = parsePath(newPattern);
    // A rename that cannot map item indices is an authoring mistake. Its values stay where they are, and are set
    // aside if the schema has no place for them, rather than being guessed into the wrong item.
    if (countItems(oldSegments) !== countItems(newSegments)) continue;
    for (const { segments, indices } of expand(data, oldSegments)) {
      let n = 0;
      const to = newSegments.map((segment) => (segment === -1 ? indices[n++] : segment));
      const from = formatPath(segments);
      moves.push({ from, to, value: getAt(data, from) });
    }
  }
  let result = moves.reduce((current, move) => setAt(current, move.from, undefined), data);
  for (const move of moves) {
    const displaced = inTheWay(result, move.to);
    if (displaced) setAside.push({ ...displaced, reason: 'removed' });
    result = setAt(result, formatPath(move.to), move.value);
  }
  return result;
}

const countItems = (segments: Segment[]) => segments.filter((segment) => segment === -1).length;

/** The concrete paths (as segments) a pattern names in the data, with the index each `[]` took. */
function expand(node: unknown, pattern: Segment[], at: Segment[] = [], indices: number[] = []) {
  if (at.length === pattern.length) return node === undefined ? [] : [{ segments: at, indices }];
  const segment = pattern[at.length];
  const found: Array<{ segments: Segment[]; indices: number[] }> = [];
  if (segment === -1 && Array.isArray(node)) {
    node.forEach((item, i) => found.push(...expand(item, pattern, [...at, i], [...indices, i])));
  } else if (typeof segment === 'number' && Array.isArray(node)) {
    found.push(...expand(node[segment], pattern, [...at, segment], indices));
  } else if (typeof segment === 'string' && isObject(node) && Object.hasOwn(node, segment)) {
    found.push(...expand(node[segment], pattern, [...at, segment], indices));
  }
  return found;
}

/**
 * What writing at `to` would overwrite: a value already there that nothing moved away (it belonged to a field that no
 * longer has that name), or a value on the way that is not an object or list (writing would replace it by one).
 */
function inTheWay(data: Data, to: Segment[]): { path: string; value: unknown } | undefined {
  let node: unknown = data;
  for (let i = 0; i < to.length; i++) {
    const next: unknown = (node as Record<string | number, unknown>)[to[i]];
    const path = formatPath(to.slice(0, i + 1));
    if (next === undefined) return undefined;
    if (i === to.length - 1) return hasAnswer(next) ? { path, value: next } : undefined;
    const fits = typeof to[i + 1] === 'number' ? Array.isArray(next) : isObject(next);
    if (!fits) return hasAnswer(next) ? { path, value: next } : undefined;
    node = next;
  }
  return undefined;
}

/** Whether a value holds anything the person typed (an object or list left empty by a rename does not). */
export function hasAnswer(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.some(hasAnswer);
  if (isObject(value)) return Object.values(value).some(hasAnswer);
  return true;
}

export function isObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
