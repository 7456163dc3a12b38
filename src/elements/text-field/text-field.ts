import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import { textFieldStyles } from './text-field.styles.js';

/**
 * @summary A single-line text input; also the base of the email and telephone fields.
 *
 * @event input - The person typed; `value` holds the text.
 * @event change - The person left the field after changing it.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The `<input>`.
 */
@customElement('dvc-text-field')
export class DvcTextField extends DvcFieldElement {
  static override styles = [formControlStyles, textFieldStyles];

  /** The `type` of the native input: `text`, `email` or `tel`. */
  @property() type: 'text' | 'email' | 'tel' = 'text';

  private onInput(event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    this.commit(raw === '' ? undefined : raw, 'input', event);
  }

  private onChange(event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    this.commit(raw === '' ? undefined : raw, 'change', event);
  }

  /**
   * The input's text is set from `value` only when they differ after NFC normalization: the form stores NFC, and
   * writing it back while a Vietnamese input method is still composing (NFD) would move the caret to the end.
   */
  protected override updated(): void {
    const input = this.renderRoot.querySelector('input');
    const wanted = this.value === undefined || this.value === null ? '' : String(this.value);
    if (input && input.value.normalize('NFC') !== wanted.normalize('NFC')) input.value = wanted;
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
          type=${this.type}
          autocomplete=${ifDefined(field.autocomplete)}
          inputmode=${ifDefined(field.inputmode)}
          spellcheck=${this.type === 'text' ? 'true' : 'false'}
          aria-required=${field.required ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy()}
          @input=${this.onInput}
          @change=${this.onChange}
        />
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-text-field': DvcTextField;
  }
}
