import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Option } from '../../core/model/types.js';
import { isEmptyValue, toFieldValue } from '../../controllers/options-controller.js';
import { t, text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import { choiceStyles } from '../../styles/choice.js';
import { radioFieldStyles } from './radio-field.styles.js';

/**
 * @summary A group of native radios in a fieldset whose legend is the question. None is checked until the person
 * chooses (or a stored value matches); arrow keys move between them as in any native group.
 *
 * @event input - The person chose an option; `value` holds it in the field's JSON type (`true`/`false` for yes/no).
 * @event change - Fired with `input` for every choice, as native radios do.
 *
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @csspart control - The list of radios.
 *
 */
@customElement('dvc-radio-field')
export class DvcRadioField extends DvcFieldElement {
  static override styles = [formControlStyles, choiceStyles, radioFieldStyles];

  /** The definition's options; a yes/no question without its own labels gets "Có"/"Không". */
  private get options(): Option[] {
    if (this.field.options?.length) return this.field.options;
    if (this.field.valueType !== 'boolean') return [];
    return [
      { value: 'true', label: { vi: t('vi', 'yes'), en: t('en', 'yes') } },
      { value: 'false', label: { vi: t('vi', 'no'), en: t('en', 'no') } },
    ];
  }

  private idOf(index: number): string {
    return index === 0 ? this.controlId : `${this.controlId}-${index}`;
  }

  private onChoose(event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    this.commit(toFieldValue(raw, this.field.valueType), event.type === 'change' ? 'change' : 'input', event);
  }

  /** Focus goes to the checked radio, as Tab would, or else to the first one. */
  override focus(options?: FocusOptions): void {
    const checked = this.renderRoot?.querySelector<HTMLInputElement>('input:checked');
    if (checked) checked.focus(options);
    else super.focus(options);
  }

  override render() {
    const invalid = Boolean(this.error);
    const chosen = isEmptyValue(this.value) ? undefined : String(this.value);
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <fieldset aria-describedby=${this.describedBy()}>
          <legend part=${invalid ? 'label invalid' : 'label'}>${this.renderLabelText()}</legend>
          ${this.renderHint()} ${this.renderMessage()}
          <div class="choices" part=${invalid ? 'control invalid' : 'control'}>
            ${this.options.map(
              (option, index) => html`
                <div class="item" part="option">
                  <input
                    type="radio"
                    id=${this.idOf(index)}
                    name=${this.field.path}
                    value=${option.value}
                    .checked=${live(option.value === chosen)}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    @input=${this.onChoose}
                    @change=${this.onChoose}
                  />
                  <label for=${this.idOf(index)}>${text(option.label, this.lang)}</label>
                </div>
              `,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-radio-field': DvcRadioField;
  }
}
