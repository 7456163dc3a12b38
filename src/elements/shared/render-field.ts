import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import type { WidgetKind } from '../../core/definition/types.js';
import type { FieldModel } from '../../core/model/types.js';
import { FIELD_PARTS } from './parts.js';
import type { RenderContext } from './render-context.js';

/** The element of each widget. Every one takes the same properties, so one template renders them all. */
const TAGS: Record<WidgetKind, StaticValue> = {
  text: literal`dvc-text-field`,
  email: literal`dvc-email-field`,
  tel: literal`dvc-tel-field`,
  textarea: literal`dvc-textarea-field`,
  number: literal`dvc-number-field`,
  date: literal`dvc-date-field`,
  select: literal`dvc-select-field`,
  combobox: literal`dvc-combobox-field`,
  radio: literal`dvc-radio-field`,
  checkbox: literal`dvc-checkbox-field`,
  fieldset: literal`dvc-fieldset`,
  array: literal`dvc-array-field`,
  file: literal`dvc-file-field`,
};

/** Every locked answer, whatever its widget, is shown by this element (read-only, with a note on its source). */
const LOCKED = literal`dvc-locked-field`;

/**
 * Renders one field model with the element for its widget. The form and the composite elements (fieldset, array)
 * all go through here, so a widget is wired the same way wherever it appears. The elements themselves are
 * registered by whoever imports their modules (the form imports all of them). `context` matters to the elements
 * that render children or load reference data; the others ignore it. A locked answer (`field.locked`) is shown by
 * `<dvc-locked-field>` instead of its widget, except groups and lists, which render their locked children.
 */
/* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag is a lit/static-html literal, which this
   lint plugin reads as an ordinary binding. */
export function renderField(field: FieldModel, ctx: RenderContext): TemplateResult {
  const tag = field.locked && field.widget !== 'fieldset' && field.widget !== 'array' ? LOCKED : TAGS[field.widget];
  return html`<${tag}
    .field=${field}
    .value=${ctx.valueAt(field.path)}
    .error=${ctx.errorAt(field.path)}
    .warning=${ctx.warningAt(field.path)}
    .lang=${ctx.lang}
    .context=${ctx}
    exportparts=${FIELD_PARTS}
  ></${tag}>`;
}
/* eslint-enable lit/binding-positions, lit/no-invalid-html */
