import { customElement } from 'lit/decorators.js';
import { DvcTextField } from '../text-field/text-field.js';
import { telFieldStyles } from './tel-field.styles.js';

/**
 * @summary A text field for a telephone number: `type="tel"` and, unless the definition says otherwise,
 * `inputmode="tel"` for the phone keypad; autofill comes from the definition's `autocomplete` (usually `tel`).
 *
 * @event input - The person typed; `value` holds the text.
 * @event change - The person left the field after changing it.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The `<input>`.
 *
 */
@customElement('dvc-tel-field')
export class DvcTelField extends DvcTextField {
  static override styles = [...DvcTextField.styles, telFieldStyles];

  constructor() {
    super();
    this.type = 'tel';
  }

  protected override updated(): void {
    super.updated();
    // The text field renders `inputmode` only when the definition sets one; the keypad default is added here so the
    // text field's template stays the single source of the input's markup.
    const input = this.renderRoot.querySelector('input');
    if (input && !this.field.inputmode) input.inputMode = 'tel';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-tel-field': DvcTelField;
  }
}
