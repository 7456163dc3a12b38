import { getAt } from '../data/paths.js';
import type { ProcedureDefinition } from './types.js';

/**
 * The name of the person who signs, from the definition's `submitterName`: the first of its fields with a non-blank
 * answer, trimmed; undefined when none has one (the caller then uses a neutral word such as "Người khai").
 */
export function submitterNameOf(definition: ProcedureDefinition, data: unknown): string | undefined {
  const paths = definition.submitterName === undefined ? [] : [definition.submitterName].flat();
  for (const path of paths) {
    const value = getAt(data, path);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}
