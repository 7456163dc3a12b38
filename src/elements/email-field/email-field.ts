import { customElement } from 'lit/decorators.js';
import { DvcTextField } from '../text-field/text-field.js';
import { emailFieldStyles } from './email-field.styles.js';

/**
 * @summary A text field for an email address: `type="email"` brings the @ keyboard on phones; the format itself is
 * checked by the schema (`format: email`), not by the browser.
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
@customElement('dvc-email-field')
export class DvcEmailField extends DvcTextField {
  static override styles = [...DvcTextField.styles, emailFieldStyles];

  constructor() {
    super();
    this.type = 'email';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-email-field': DvcEmailField;
  }
}
