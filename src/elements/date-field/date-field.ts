import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { t, text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import { dateFieldStyles } from './date-field.styles.js';
import { EMPTY_DATE, composeDate, splitDate, type DateParts } from './date-parts.js';

type Part = keyof DateParts;

/** Equal as stored: the form keeps text in NFC while an input method may still be composing it in NFD. */
function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.normalize('NFC') === b.normalize('NFC') : a === b;
}

/** Vietnamese order, which is also GOV.UK's: day, month, year. */
const PARTS: readonly Part[] = ['day', 'month', 'year'];

/**
 * @summary A GOV.UK-style date input: three labelled boxes (day, month, year) in a fieldset, stored as an ISO
 * string. With `datePrecision: 'partial'` a year alone or a month and year is accepted.
 *
 * The boxes never move focus by themselves (auto-tabbing strands screen-reader users) and never rewrite what was
 * typed; a month may be typed as a number or an English name.
 *
 * @event input - The person typed in one of the boxes; `value` holds the composed ISO string or `undefined`.
 * @event change - Focus left the date after a change (not on moving between its own boxes, so that no error
 *   appears before the person has had a chance to fill in the month and year).
 *
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint ("For example, 27 3 2007").
 * @csspart error - The error message.
 * @csspart control - The row of the three boxes.
 */
@customElement('dvc-date-field')
export class DvcDateField extends DvcFieldElement {
  static override styles = [formControlStyles, dateFieldStyles];

  /** What is in the boxes, as typed: kept apart from `value` so that "mar" is not turned into "03" while typing. */
  @state() private parts: DateParts = { ...EMPTY_DATE };

  private changedSinceFocus = false;

  private get precision(): 'day' | 'partial' {
    return this.field.datePrecision ?? 'day';
  }

  private idOf(part: Part): string {
    // The day box carries the field's own id, so that labels elsewhere, error links and focus() land on it.
    return part === 'day' ? this.controlId : `${this.controlId}-${part}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only a value set from outside (a restored draft) that the boxes do not already express replaces the boxes.
    if (changed.has('value') && !sameValue(composeDate(this.parts, this.precision), this.value)) {
      this.parts = splitDate(this.value);
    }
  }

  private onInput(part: Part, event: Event): void {
    this.parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    this.changedSinceFocus = true;
    this.commit(composeDate(this.parts, this.precision), 'input', event);
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    if (!this.changedSinceFocus) return;
    this.changedSinceFocus = false;
    this.commit(this.value, 'change');
  }

  private autocompleteOf(part: Part): string | typeof nothing {
    // Birth dates get the per-box tokens of WCAG 1.3.5; other dates (e.g. the child's) get no autofill.
    return this.field.autocomplete === 'bday' ? `bday-${part}` : nothing;
  }

  private required(part: Part): boolean {
    return this.field.required && (this.precision === 'day' || part === 'year');
  }

  private renderPart(part: Part, invalid: boolean) {
    const id = this.idOf(part);
    return html`
      <div class="item">
        <label class="part-label" for=${id}>${t(this.lang, part)}</label>
        <input
          class="control ${part === 'year' ? 'width-4' : 'width-2'} ${invalid ? 'invalid' : ''}"
          part=${invalid ? 'control invalid' : 'control'}
          id=${id}
          name="${this.field.path}-${part}"
          type="text"
          inputmode="numeric"
          spellcheck="false"
          autocomplete=${this.autocompleteOf(part)}
          .value=${live(this.parts[part])}
          aria-required=${this.required(part) ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          @input=${(event: Event) => this.onInput(part, event)}
          @change=${(event: Event) => event.stopPropagation()}
        />
      </div>
    `;
  }

  override render() {
    const invalid = Boolean(this.error);
    const hint = this.field.hint
      ? text(this.field.hint, this.lang)
      : t(this.lang, this.precision === 'partial' ? 'partialDateHint' : 'dateHint');
    const describedBy = [this.hintId, ...(this.error || this.warning ? [this.errorId] : [])].join(' ');
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <fieldset aria-describedby=${describedBy} @focusout=${this.onFocusOut}>
          <legend part=${invalid ? 'label invalid' : 'label'}>${this.renderLabelText()}</legend>
          <span class="hint" id=${this.hintId} part="hint">${hint}</span>
          ${this.renderMessage()}
          <div class="date-input" part="date-input">${PARTS.map((part) => this.renderPart(part, invalid))}</div>
        </fieldset>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-date-field': DvcDateField;
  }
}
