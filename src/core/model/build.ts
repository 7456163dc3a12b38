import { deref } from '../definition/refs.js';
import type { FieldUi, JsonSchema, LocalizedText, ProcedureDefinition, WidgetKind } from '../definition/types.js';
import { childPath, getAt, parsePath, patternOf } from '../data/paths.js';
import { effectiveObject } from './effective.js';
import type { FieldModel, Option } from './types.js';

const YES_NO: Option[] = [
  { value: 'true', label: { vi: 'Có', en: 'Yes' } },
  { value: 'false', label: { vi: 'Không', en: 'No' } },
];

/** Up to this many choices are shown as radios (all visible at once); more become a select. */
const MAX_RADIOS = 5;

/** The schema of the value at `path` under the current data, or undefined when that field is hidden now. */
export function schemaAt(definition: ProcedureDefinition, data: unknown, path: string): JsonSchema | undefined {
  const root = definition.schema;
  let schema: JsonSchema = root;
  let sofar = '';
  for (const segment of parsePath(path)) {
    schema = deref(schema, root);
    if (typeof segment === 'number') {
      if (!schema.items) return undefined;
      schema = schema.items;
      sofar = childPath(sofar, segment < 0 ? 0 : segment);
      continue;
    }
    const sub = effectiveObject(schema, getAt(data, sofar), root).properties.get(segment);
    if (!sub) return undefined;
    schema = sub;
    sofar = childPath(sofar, segment);
  }
  return deref(schema, root);
}

/** Is the field at `path` required now (its parent object requires it under the current data)? */
export function isRequired(definition: ProcedureDefinition, data: unknown, path: string): boolean {
  const segments = parsePath(path);
  const last = segments[segments.length - 1];
  if (typeof last === 'number') return true;
  const parentPath = path.slice(0, Math.max(0, path.length - last.length - 1));
  const parent = parentPath === '' ? definition.schema : schemaAt(definition, data, parentPath);
  if (!parent) return false;
  return effectiveObject(parent, getAt(data, parentPath), definition.schema).required.has(last);
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The fields to show for a list of paths (a step), skipping those hidden under the current data. `locked` holds the
 * concrete paths of answers the portal locked (see prefill.ts); their fields are marked `locked`.
 */
export function buildFields(
  definition: ProcedureDefinition,
  data: unknown,
  paths: readonly string[],
  locked: ReadonlySet<string> = NONE,
): FieldModel[] {
  const fields: FieldModel[] = [];
  for (const path of paths) {
    const schema = schemaAt(definition, data, path);
    if (schema) fields.push(buildField(definition, data, path, schema, isRequired(definition, data, path), locked));
  }
  return fields;
}

function valueTypeOf(schema: JsonSchema): FieldModel['valueType'] {
  const type = Array.isArray(schema.type) ? schema.type.find((item) => item !== 'null') : schema.type;
  if (type === 'number' || type === 'integer' || type === 'boolean' || type === 'object' || type === 'array') {
    return type;
  }
  if (type === undefined && schema.properties) return 'object';
  return 'string';
}

/** The choices an enum or `oneOf`-of-`const` schema allows, labelled from the ui hints. */
export function optionsOf(schema: JsonSchema, ui: FieldUi | undefined): Option[] | undefined {
  const values = schema.enum ?? schema.oneOf?.filter((item) => 'const' in item).map((item) => item.const);
  if (values && values.length > 0) {
    return values.map((value) => {
      const key = String(value);
      const label: LocalizedText = ui?.options?.[key] ?? { vi: key, en: key };
      return { value: key, label };
    });
  }
  if (valueTypeOf(schema) === 'boolean' && schema.const === undefined) {
    return YES_NO.map((option) => ({ ...option, label: ui?.options?.[option.value] ?? option.label }));
  }
  return undefined;
}

/** The widget a field gets when its ui hints do not name one. */
export function defaultWidget(schema: JsonSchema, ui: FieldUi | undefined, options: Option[] | undefined): WidgetKind {
  const valueType = valueTypeOf(schema);
  if (valueType === 'object') return 'fieldset';
  if (valueType === 'array') return 'array';
  if (ui?.source) return 'combobox';
  if (valueType === 'boolean' && schema.const === true) return 'checkbox';
  if (options) return options.length <= MAX_RADIOS ? 'radio' : 'select';
  if (valueType === 'number' || valueType === 'integer') return 'number';
  if (schema.format === 'date' || schema.format === 'partial-date') return 'date';
  if (schema.format === 'email') return 'email';
  return 'text';
}

function buildField(
  definition: ProcedureDefinition,
  data: unknown,
  path: string,
  schema: JsonSchema,
  required: boolean,
  locked: ReadonlySet<string>,
): FieldModel {
  const key = patternOf(path);
  const ui = definition.ui[key];
  // A list item without its own ui entry is named after the list's item noun.
  const listUi = key.endsWith('[]') ? definition.ui[key.slice(0, -2)] : undefined;
  const options = optionsOf(schema, ui);
  const widget = ui?.widget ?? defaultWidget(schema, ui, options);
  const field: FieldModel = {
    path,
    key,
    widget,
    label: ui?.label ?? listUi?.itemLabel ?? listUi?.label ?? { vi: key, en: key },
    hint: ui?.hint,
    required,
    schema,
    valueType: valueTypeOf(schema),
    options,
    source: ui?.source,
    autocomplete: ui?.autocomplete,
    inputmode: ui?.inputmode,
    width: ui?.width,
    checkboxLabel: ui?.checkboxLabel,
    itemLabel: ui?.itemLabel,
  };
  if (widget === 'file') {
    const accept = schema.properties?.type?.enum;
    const maxBytes = schema.properties?.size?.maximum;
    field.file = {
      accept: Array.isArray(accept) ? accept.map(String) : [],
      maxBytes: typeof maxBytes === 'number' ? maxBytes : undefined,
      maxEdge: ui?.file?.maxEdge ?? 1600,
      quality: ui?.file?.quality ?? 0.8,
      capture: ui?.file?.capture,
    };
  }
  if (widget === 'date') field.datePrecision = schema.format === 'partial-date' ? 'partial' : 'day';
  if (ui?.source?.dependsOn) {
    const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
    field.dependsOnPath = childPath(parent, ui.source.dependsOn);
  }
  if (widget === 'fieldset') {
    const object = effectiveObject(schema, getAt(data, path), definition.schema);
    field.children = [...object.properties.entries()].map(([name, sub]) =>
      buildField(
        definition,
        data,
        childPath(path, name),
        deref(sub, definition.schema),
        object.required.has(name),
        locked,
      ),
    );
    if (field.children.length > 0 && field.children.every((child) => child.locked)) field.locked = true;
    if (ui?.sameAs) field.sameAs = ui.sameAs;
  } else if (widget !== 'array' && locked.has(path)) {
    field.locked = true;
  }
  if (widget === 'array') {
    const value = getAt(data, path);
    const itemSchema = deref(schema.items ?? {}, definition.schema);
    const items = Array.isArray(value) ? value : [];
    field.items = items.map((_, index) => {
      const item = buildField(definition, data, childPath(path, index), itemSchema, true, locked);
      return item.children ?? [item];
    });
    field.minItems = schema.minItems;
    field.maxItems = schema.maxItems;
  }
  return field;
}
