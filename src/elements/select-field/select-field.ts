import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Option } from '../../core/model/types.js';
import { OptionsController, isEmptyValue, toFieldValue } from '../../controllers/options-controller.js';
import { t, text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { selectFieldStyles } from './select-field.styles.js';

/**
 * @summary A native `<select>` that starts on an empty "Choose…" option and never pre-selects a choice. Options come
 * from the definition or, for reference data, from the render context (reloaded when the field it depends on changes).
 *
 * @event input - The person picked an option; `value` holds it in the field's JSON type, or `undefined`.
 * @event change - Fired with `input` for every pick, as the native select does.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The `<select>`.
 *
 */
@customElement('dvc-select-field')
export class DvcSelectField extends DvcFieldElement {
  static override styles = [formControlStyles, selectFieldStyles];

  /** Where reference-data options and the values of other fields come from; needed only when `field.source` is set. */
  @property({ attribute: false }) context?: RenderContext;

  private readonly choices = new OptionsController(this, (options) => this.dropValueMissingFrom(options));

  private get loadFailedId(): string {
    return this.controlId + '-load-failed';
  }

  /** The option value to show: the stored value when it is one of the options, otherwise the empty placeholder. */
  private get selectedValue(): string {
    if (isEmptyValue(this.value)) return '';
    const wanted = String(this.value);
    return this.choices.options.some((option) => option.value === wanted) ? wanted : '';
  }

  private dropValueMissingFrom(options: Option[]): void {
    if (isEmptyValue(this.value)) return;
    if (!options.some((option) => option.value === String(this.value))) this.commit(undefined, 'change');
  }

  private onPick(event: Event): void {
    const raw = (event.target as HTMLSelectElement).value;
    this.commit(toFieldValue(raw, this.field.valueType), event.type === 'change' ? 'change' : 'input', event);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Set after the options exist: a `.value` binding on the select would run before its children are rendered.
    const select = this.renderRoot.querySelector('select');
    if (select && select.value !== this.selectedValue) select.value = this.selectedValue;
  }

  override render() {
    const field = this.field;
    const invalid = Boolean(this.error);
    const loading = this.choices.status === 'loading';
    const failed = this.choices.status === 'failed';
    const selected = this.selectedValue;
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <label class="label" for=${this.controlId} part=${invalid ? 'label invalid' : 'label'}
          >${this.renderLabelText()}</label
        >
        ${this.renderHint()} ${this.renderMessage()}
        <select
          class="control ${invalid ? 'invalid' : ''}"
          part=${invalid ? 'control invalid' : 'control'}
          id=${this.controlId}
          name=${field.path}
          autocomplete=${ifDefined(field.autocomplete)}
          aria-busy=${loading ? 'true' : 'false'}
          aria-required=${field.required ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy(failed ? [this.loadFailedId] : [])}
          @input=${this.onPick}
          @change=${this.onPick}
        >
          <option value="" ?selected=${selected === ''}>
            ${t(this.lang, loading ? 'loadingOptions' : 'selectPlaceholder')}
          </option>
          ${this.choices.options.map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === selected}>
                ${text(option.label, this.lang)}
              </option>`,
          )}
        </select>
        ${
          failed
            ? html`<span class="load-failed" id=${this.loadFailedId} role="alert"
                >${t(this.lang, 'optionsLoadFailed', { reason: this.choices.failure })}</span
              >`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-select-field': DvcSelectField;
  }
}
