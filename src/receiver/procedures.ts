import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getAt } from '../core/data/paths.js';
import type { ProcedureDefinition } from '../core/definition/types.js';
import { buildFields } from '../core/model/build.js';
import { leafFields } from '../core/model/steps.js';
import { loadDefinition } from '../cli/main.js';

export type Procedure = ReturnType<typeof loadDefinition>;

/**
 * The procedures a receiver accepts: every `<formsDir>/<id>/definition.json`, checked against the meta-schema and
 * compiled with runtime Ajv (fine in Node), keyed `id@version`. A broken definition stops the start: an office must
 * not silently refuse a procedure it means to accept.
 */
export function loadProcedures(formsDir: string): Map<string, Procedure> {
  const procedures = new Map<string, Procedure>();
  for (const entry of readdirSync(formsDir, { withFileTypes: true })) {
    const file = join(formsDir, entry.name, 'definition.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const loaded = loadDefinition(file);
    procedures.set(`${loaded.definition.id}@${loaded.definition.version}`, loaded);
  }
  return procedures;
}

/** The attachment values in shaped data: the values of the file fields shown under these answers, with their paths. */
export function attachmentValues(
  definition: ProcedureDefinition,
  data: unknown,
): Array<{ path: string; value: unknown }> {
  const paths = definition.steps.flatMap((step) => step.fields);
  return leafFields(buildFields(definition, data, paths))
    .filter((field) => field.widget === 'file')
    .map((field) => ({ path: field.path, value: getAt(data, field.path) }))
    .filter(({ value }) => value !== undefined && value !== null);
}
