import { html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldModel } from '../../core/model/types.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { numberFieldStyles } from './number-field.styles.js';

/** Equal as stored: the form keeps text in NFC while an input method may still be composing it in NFD. */
function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.normalize('NFC') === b.normalize('NFC') : a === b;
}

const INTEGER = /^-?\d+$/;
// Vietnamese writes the decimal separator as a comma ("3,2 kg"), so both a comma and a point are accepted.
const DECIMAL = /^-?(\d+([.,]\d+)?|[.,]\d+)$/;

/**
 * What a typed text stands for in the data: a number when it is one in the field's terms, `undefined` when empty,
 * and otherwise the text itself, so that the schema reports "enter a number" and the person's text is never lost.
 */
export function parseNumber(raw: string, valueType: FieldModel['valueType']): number | string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (valueType === 'integer') {
    const n = Number(text);
    // Beyond 2^53 a JavaScript number silently changes the digits; the text is kept so the error is visible instead.
    return INTEGER.test(text) && Number.isSafeInteger(n) ? n : raw;
  }
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) : raw;
}

/**
 * @summary A number typed as text (GOV.UK advice: `type="number"` rounds, scrolls and drops what people type), stored
 * as a JSON number when it is one. Limits appear only in the definition's hint, never as `min`/`max` attributes.
 *
 * @event input - The person typed; `value` holds the number, the raw text when it is not a number, or `undefined`.
 * @event change - The person left the field after changing it.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The `<input>`.
 *
 */
@customElement('dvc-number-field')
export class DvcNumberField extends DvcFieldElement {
  static override styles = [formControlStyles, textFieldStyles, numberFieldStyles];

  /** The text in the box, kept as typed so that "3,50" is not rewritten to "3.5" under the person's cursor. */
  @state() private text = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Re-sync from `value` only when it was changed from outside (a restored draft) and no longer matches the box.
    if (changed.has('value') && !sameValue(parseNumber(this.text, this.field.valueType), this.value)) {
      this.text = this.value === undefined || this.value === null ? '' : String(this.value);
    }
  }

  private onEdit(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    const value = parseNumber(this.text, this.field.valueType);
    this.commit(value, event.type === 'change' ? 'change' : 'input', event);
  }

  /** Whole numbers get the digit keypad; decimals the keypad with a separator, unless they may be negative. */
  private get keypad(): string | undefined {
    const { field } = this;
    if (field.inputmode) return field.inputmode;
    if (field.valueType === 'integer') return 'numeric';
    const min = field.schema.minimum ?? field.schema.exclusiveMinimum;
    return min !== undefined && min >= 0 ? 'decimal' : undefined;
  }

  override render() {
    const field = this.field;
    const invalid = Boolean(this.error);
    const width = field.width ? `width-${field.width}` : '';
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <label class="label" for=${this.controlId} part=${invalid ? 'label invalid' : 'label'}
          >${this.renderLabelText()}</label
        >
        ${this.renderHint()} ${this.renderMessage()}
        <input
          class="control ${width} ${invalid ? 'invalid' : ''}"
          part=${invalid ? 'control invalid' : 'control'}
          id=${this.controlId}
          name=${field.path}
          type="text"
          inputmode=${ifDefined(this.keypad)}
          autocomplete=${ifDefined(field.autocomplete)}
          spellcheck="false"
          .value=${live(this.text)}
          aria-required=${field.required ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy()}
          @input=${this.onEdit}
          @change=${this.onEdit}
        />
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-number-field': DvcNumberField;
  }
}
