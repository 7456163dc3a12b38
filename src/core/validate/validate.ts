import type { ProcedureDefinition } from '../definition/types.js';
import { todayIso } from '../formats/dates.js';
import { shapeData, withRequiredObjects } from '../model/shape.js';
import type { FieldError } from '../model/types.js';
import { runChecks } from './checks.js';
import { mapSchemaErrors } from './errors.js';
import type { SchemaValidator } from './types.js';

export interface ValidationResult {
  /** The data as submitted: hidden branches dropped, strings NFC and trimmed. */
  data: Record<string, unknown>;
  /** Errors and warnings, one per field at most, in both languages. */
  problems: FieldError[];
  /** True when no problem has severity `error` (warnings do not block). */
  valid: boolean;
}

/**
 * Validates a person's answers: shape them, run the compiled schema validator, map its errors to fields with our
 * messages, then run the definition's cross-field checks. The same function runs in the browser (with a precompiled
 * validator), in the CLI and at the receiver (with runtime Ajv), so all three agree.
 */
export function validateAnswers(
  definition: ProcedureDefinition,
  validator: SchemaValidator,
  answers: unknown,
  today: string = todayIso(),
): ValidationResult {
  const data = shapeData(definition, answers);
  const checked = withRequiredObjects(definition, data);
  const problems = validator(checked) ? [] : mapSchemaErrors(definition, checked, validator.errors ?? []);
  const wrong = new Set(problems.map((problem) => problem.path));
  problems.push(...runChecks(definition, validator.rules ?? {}, data, today, wrong));
  return { data, problems, valid: problems.every((problem) => problem.severity !== 'error') };
}
