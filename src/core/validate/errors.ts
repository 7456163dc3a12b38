import type { LocalizedText, ProcedureDefinition } from '../definition/types.js';
import { childPath, fromPointer, patternOf } from '../data/paths.js';
import { schemaAt } from '../model/build.js';
import type { FieldError } from '../model/types.js';
import { customMessage, message, type MessageId } from './messages.js';
import type { SchemaError } from './types.js';

/** Keywords that only report that a sub-schema failed; the sub-schema's own error says what is wrong. */
const WRAPPERS = new Set(['if', 'allOf', 'anyOf', 'not', '$ref']);

/** The label of the field at `path`, or of the nearest enclosing field that has one. */
export function labelOf(definition: ProcedureDefinition, path: string): { path: string; label: LocalizedText } {
  let current = path;
  for (;;) {
    const ui = definition.ui[patternOf(current)];
    if (ui) return { path: current, label: ui.label };
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return { path, label: { vi: path, en: path } };
    current = current.slice(0, cut);
  }
}

function messageIdFor(definition: ProcedureDefinition, data: unknown, error: SchemaError, path: string): MessageId {
  const schema = schemaAt(definition, data, path) ?? {};
  const widget = definition.ui[patternOf(path)]?.widget;
  switch (error.keyword) {
    case 'required': {
      if (schema.const === true || widget === 'checkbox') return 'requiredConfirm';
      if (schema.type === 'array') return 'requiredList';
      const choice = schema.enum || schema.oneOf || schema.type === 'boolean' || definition.ui[patternOf(path)]?.source;
      return choice || schema.type === 'object' ? 'requiredChoice' : 'requiredText';
    }
    case 'const':
      return schema.const === true ? 'requiredConfirm' : 'enum';
    case 'oneOf':
    case 'enum':
      return 'enum';
    case 'type':
      if (error.params.type === 'integer') return 'typeInteger';
      return error.params.type === 'number' ? 'typeNumber' : 'type';
    case 'format':
      if (error.params.format === 'date') return 'formatDate';
      if (error.params.format === 'partial-date') return 'formatPartialDate';
      return error.params.format === 'email' ? 'formatEmail' : 'format';
    case 'pattern':
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minItems':
    case 'maxItems':
      return error.keyword;
    default:
      return 'invalid';
  }
}

/**
 * Turns validator errors into one message per field, in Vietnamese and English, on the path of the field a person
 * can fix (a missing property is reported on that property, not on its parent object).
 */
export function mapSchemaErrors(
  definition: ProcedureDefinition,
  data: unknown,
  errors: readonly SchemaError[],
): FieldError[] {
  const byPath = new Map<string, FieldError>();
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    // A choice written as oneOf-of-const fails every branch's `const`; the `oneOf` error alone says it.
    if (error.keyword === 'const' && /\/oneOf\/\d+\/const$/.test(error.schemaPath)) continue;
    let path = fromPointer(error.instancePath);
    if (error.keyword === 'required') path = childPath(path, String(error.params.missingProperty));
    const { path: fieldPath, label } = labelOf(definition, path);
    if (byPath.has(fieldPath)) continue;
    const keyword = error.keyword === 'oneOf' ? 'enum' : error.keyword;
    const custom = definition.ui[patternOf(fieldPath)]?.messages?.[keyword];
    const limit = error.params.limit;
    byPath.set(fieldPath, {
      path: fieldPath,
      keyword,
      severity: 'error',
      message: custom
        ? customMessage(custom, label)
        : message(
            messageIdFor(definition, data, error, fieldPath),
            label,
            limit === undefined ? {} : { n: String(limit) },
          ),
    });
  }
  return [...byPath.values()];
}
