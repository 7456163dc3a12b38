import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import { choiceStyles } from '../../styles/choice.js';
import { checkboxFieldStyles } from './checkbox-field.styles.js';

/**
 * @summary A single yes-or-nothing checkbox, such as the truthfulness declaration. It is never ticked until the person
 * ticks it; unticked is stored as `undefined`, so `required` or `const: true` fails with a clear message.
 *
 * Without `field.checkboxLabel` the field's label sits beside the box. With it, the label becomes the legend of a
 * fieldset (the question) and `checkboxLabel` is the text beside the box (the statement).
 *
 * @event input - The box was ticked or unticked; `value` is `true` or `undefined`.
 * @event change - Fired with `input`, as a native checkbox does.
 *
 * @csspart label - The label beside the box, or the legend when there is a `checkboxLabel`.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - The `<input type="checkbox">`.
 *
 */
@customElement('dvc-checkbox-field')
export class DvcCheckboxField extends DvcFieldElement {
  static override styles = [formControlStyles, choiceStyles, checkboxFieldStyles];

  private onToggle(event: Event): void {
    const ticked = (event.target as HTMLInputElement).checked;
    this.commit(ticked ? true : undefined, event.type === 'change' ? 'change' : 'input', event);
  }

  /** The box; inside a fieldset the description sits on the fieldset, so the box does not repeat it. */
  private renderBox(describedBy: string | typeof nothing) {
    const invalid = Boolean(this.error);
    return html`<input
      type="checkbox"
      part=${invalid ? 'control invalid' : 'control'}
      id=${this.controlId}
      name=${this.field.path}
      value="true"
      .checked=${live(this.value === true)}
      aria-required=${this.field.required ? 'true' : 'false'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy}
      @input=${this.onToggle}
      @change=${this.onToggle}
    />`;
  }

  override render() {
    const invalid = Boolean(this.error);
    const statement = this.field.checkboxLabel;
    if (!statement) {
      return html`
        <div class="wrapper ${invalid ? 'invalid' : ''}">
          ${this.renderMessage()}
          <div class="item">
            ${this.renderBox(this.describedBy())}
            <div>
              <label class="label" for=${this.controlId} part=${invalid ? 'label invalid' : 'label'}
                >${this.renderLabelText()}</label
              >
              ${this.renderHint()}
            </div>
          </div>
        </div>
      `;
    }
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <fieldset aria-describedby=${this.describedBy()}>
          <legend part=${invalid ? 'label invalid' : 'label'}>${this.renderLabelText()}</legend>
          ${this.renderHint()} ${this.renderMessage()}
          <div class="item">
            ${this.renderBox(nothing)}
            <label class="box-text" part="option" for=${this.controlId}>${text(statement, this.lang)}</label>
          </div>
        </fieldset>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-checkbox-field': DvcCheckboxField;
  }
}
