import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import { textareaFieldStyles } from './textarea-field.styles.js';

/**
 * @summary A multi-line text box (four rows to start, resizable in height) for free text such as a reason or an
 * address line.
 *
 * @event input - The person typed; `value` holds the text, or `undefined` once emptied.
 * @event change - The person left the field after changing it.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The `<textarea>`.
 */
@customElement('dvc-textarea-field')
export class DvcTextareaField extends DvcFieldElement {
  static override styles = [formControlStyles, textareaFieldStyles];

  private onEdit(event: Event): void {
    const raw = (event.target as HTMLTextAreaElement).value;
    this.commit(raw === '' ? undefined : raw, event.type === 'change' ? 'change' : 'input', event);
  }

  /**
   * The box's text is set from `value` only when they differ after NFC normalization: the form stores NFC, and
   * writing it back while a Vietnamese input method is still composing (NFD) would move the caret to the end.
   */
  protected override updated(): void {
    const box = this.renderRoot.querySelector('textarea');
    const wanted = typeof this.value === 'string' ? this.value : '';
    if (box && box.value.normalize('NFC') !== wanted.normalize('NFC')) box.value = wanted;
  }

  override render() {
    const field = this.field;
    const invalid = Boolean(this.error);
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <label class="label" for=${this.controlId} part=${invalid ? 'label invalid' : 'label'}
          >${this.renderLabelText()}</label
        >
        ${this.renderHint()} ${this.renderMessage()}
        <textarea
          class="control ${invalid ? 'invalid' : ''}"
          part=${invalid ? 'control invalid' : 'control'}
          id=${this.controlId}
          name=${field.path}
          rows="4"
          autocomplete=${ifDefined(field.autocomplete)}
          spellcheck="true"
          aria-required=${field.required ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy()}
          @input=${this.onEdit}
          @change=${this.onEdit}
        ></textarea>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-textarea-field': DvcTextareaField;
  }
}
