import { childPath, getAt, setAt } from '../data/paths.js';
import { schemaInAnyBranch } from '../definition/check.js';
import type { ProcedureDefinition } from '../definition/types.js';
import { nfc } from '../text/normalize.js';
import { isWithin } from './steps.js';

/** One answer put into the data by the kit rather than typed: where, what it was, what it is now. */
export interface KnownChange {
  path: string;
  previous: unknown;
  next: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Nothing the person could have typed: so a known value may go there without overwriting anyone. */
export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The answers a portal already knows, as a map from leaf path to value. Objects are spread to their leaves
 * (`{ requester: { fullName } }` and `{ 'requester.fullName': … }` mean the same), strings are NFC like typed ones,
 * and paths that are not fields of the procedure are dropped: a portal serving several procedures may pass one
 * profile to all of them.
 */
export function knownAnswers(definition: ProcedureDefinition, prefill: Record<string, unknown>): Map<string, unknown> {
  const known = new Map<string, unknown>();
  const visit = (path: string, value: unknown) => {
    if (isEmptyAnswer(value)) return;
    if (isPlainObject(value)) {
      for (const [name, child] of Object.entries(value)) visit(childPath(path, name), child);
      return;
    }
    if (!schemaInAnyBranch(definition, path)) return;
    known.set(path, typeof value === 'string' ? nfc(value) : value);
  };
  for (const [path, value] of Object.entries(prefill)) visit(path, value);
  return known;
}

/**
 * The known answers the person may not change: those at or under a listed path. A listed field without a known
 * value stays editable, so that nobody is stuck before a required question that the portal could not answer.
 */
export function lockedPaths(known: ReadonlyMap<string, unknown>, listed: readonly string[]): Set<string> {
  return new Set([...known.keys()].filter((path) => listed.some((root) => isWithin(path, root))));
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Puts known answers into `data`: into empty fields only, except locked ones, which always get the known value (a
 * draft may hold another one from before the portal knew better). Returns the new data and what changed, so that the
 * caller can save exactly those paths.
 */
export function applyKnownAnswers(
  data: Record<string, unknown>,
  known: ReadonlyMap<string, unknown>,
  locked: ReadonlySet<string>,
): { data: Record<string, unknown>; changes: KnownChange[] } {
  const changes: KnownChange[] = [];
  for (const [path, value] of known) {
    const previous = getAt(data, path);
    const apply = locked.has(path) ? !same(previous, value) : isEmptyAnswer(previous);
    if (!apply) continue;
    data = setAt(data, path, value);
    changes.push({ path, previous, next: value });
  }
  return { data, changes };
}

/** What a portal told a form for one definition: the answers it knows, and which of them the person may not change. */
export class KnownAnswers {
  readonly known: ReadonlyMap<string, unknown>;
  readonly locked: ReadonlySet<string>;
  private readonly lockedValues: ReadonlyMap<string, unknown>;

  constructor(
    readonly definition: ProcedureDefinition,
    readonly prefill: Record<string, unknown>,
    readonly listed: readonly string[],
  ) {
    this.known = knownAnswers(definition, prefill);
    this.locked = lockedPaths(this.known, listed);
    this.lockedValues = new Map([...this.known].filter(([path]) => this.locked.has(path)));
  }

  /** `data` with the known answers in its empty fields and the locked ones enforced. */
  fill(data: Record<string, unknown>): { data: Record<string, unknown>; changes: KnownChange[] } {
    return applyKnownAnswers(data, this.known, this.locked);
  }

  /** `data` with only the locked answers enforced (after another tab or a "same as" copy changed it). */
  enforceLocks(data: Record<string, unknown>): Record<string, unknown> {
    return applyKnownAnswers(data, this.lockedValues, this.locked).data;
  }
}

/**
 * The answers of the object at `from`, as the new value of the object at `target` ("same as the mother's residence"):
 * a copy, limited to what the target's schema has, so nothing stays linked and nothing foreign gets in. Undefined
 * when `from` holds no answer yet.
 */
export function sameAsCopy(
  definition: ProcedureDefinition,
  data: unknown,
  from: string,
  target: string,
): Record<string, unknown> | undefined {
  const copy = (value: unknown, path: string): unknown => {
    if (!isPlainObject(value)) return structuredClone(value);
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value)) {
      const at = childPath(path, name);
      if (child !== undefined && schemaInAnyBranch(definition, at)) out[name] = copy(child, at);
    }
    return out;
  };
  const source = getAt(data, from);
  if (!isPlainObject(source) || !hasAnswer(source)) return undefined;
  return copy(source, target) as Record<string, unknown>;
}

/** Does a value hold at least one answer somewhere inside it? */
export function hasAnswer(value: unknown): boolean {
  if (isPlainObject(value)) return Object.values(value).some(hasAnswer);
  return !isEmptyAnswer(value);
}
