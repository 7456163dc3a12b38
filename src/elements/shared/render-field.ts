import { html, type TemplateResult } from 'lit';
import type { FieldModel } from '../../core/model/types.js';
import type { RenderContext } from './render-context.js';

/**
 * Renders one field model with the element for its widget. The form and the composite elements (fieldset, array)
 * all go through here, so a widget is wired the same way wherever it appears. The elements themselves are
 * registered by whoever imports their modules (the form imports all of them).
 */
export function renderField(field: FieldModel, ctx: RenderContext): TemplateResult {
  const value = ctx.valueAt(field.path);
  const error = ctx.errorAt(field.path);
  const warning = ctx.warningAt(field.path);
  const lang = ctx.lang;
  switch (field.widget) {
    case 'text':
      return html`<dvc-text-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-text-field>`;
    case 'email':
      return html`<dvc-email-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-email-field>`;
    case 'tel':
      return html`<dvc-tel-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-tel-field>`;
    case 'textarea':
      return html`<dvc-textarea-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-textarea-field>`;
    case 'number':
      return html`<dvc-number-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-number-field>`;
    case 'date':
      return html`<dvc-date-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-date-field>`;
    case 'select':
      return html`<dvc-select-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
        .context=${ctx}
      ></dvc-select-field>`;
    case 'combobox':
      return html`<dvc-combobox-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
        .context=${ctx}
      ></dvc-combobox-field>`;
    case 'radio':
      return html`<dvc-radio-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-radio-field>`;
    case 'checkbox':
      return html`<dvc-checkbox-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
      ></dvc-checkbox-field>`;
    case 'fieldset':
      return html`<dvc-fieldset
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
        .context=${ctx}
      ></dvc-fieldset>`;
    case 'array':
      return html`<dvc-array-field
        .field=${field}
        .value=${value}
        .error=${error}
        .warning=${warning}
        .lang=${lang}
        .context=${ctx}
      ></dvc-array-field>`;
  }
}
