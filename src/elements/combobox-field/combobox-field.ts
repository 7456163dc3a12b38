import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../core/definition/types.js';
import type { Option } from '../../core/model/types.js';
import { OptionsController, isEmptyValue, toFieldValue } from '../../controllers/options-controller.js';
import { t, text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { comboboxFieldStyles } from './combobox-field.styles.js';
import { createMatcher, type Matcher, type SearchResult } from './match.js';
import { foldForSearch as fold } from '../../core/text/normalize.js';

const NO_RESULTS: SearchResult = { options: [], total: 0 };

/**
 * @summary A searchable list for long choices (communes, countries, ethnic groups), following the WAI-ARIA APG
 * "combobox with listbox popup": type to filter, ignoring case and Vietnamese tone marks; arrow keys move through the
 * matches, Enter or a click chooses, Escape closes the list and then clears the box.
 *
 * The value is always an option's value (the code), never free text. Typed text that was not turned into a choice
 * stays visible, but leaving the field with it clears the value, so that "required" tells the person to choose.
 * A commune list waits for its province: until one is chosen the box is disabled and says so.
 *
 * @event change - A choice was made or cleared; `value` holds the option's value in the field's JSON type, or
 *   `undefined`.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart control - The text box.
 * @csspart listbox - The list of matches.
 *
 */
@customElement('dvc-combobox-field')
export class DvcComboboxField extends DvcFieldElement {
  static override styles = [formControlStyles, comboboxFieldStyles];

  /** Where reference-data options and the province of a commune list come from. */
  @property({ attribute: false }) context?: RenderContext;

  /** What the person typed; `null` while the box simply shows the chosen option. */
  @state() private typed: string | null = null;
  @state() private open = false;
  /** Index of the highlighted option in `results`, or -1. */
  @state() private active = -1;

  private results: SearchResult = NO_RESULTS;
  private ownValue: unknown;
  private cache?: { options: Option[]; lang: Lang; matcher: Matcher };
  private readonly choices = new OptionsController(this, (options) => this.dropValueMissingFrom(options));

  private get matcher(): Matcher {
    const { options } = this.choices;
    if (this.cache?.options !== options || this.cache.lang !== this.lang) {
      this.cache = { options, lang: this.lang, matcher: createMatcher(options, this.lang) };
    }
    return this.cache.matcher;
  }

  private get chosen(): Option | undefined {
    if (isEmptyValue(this.value)) return undefined;
    return this.choices.options.find((option) => option.value === String(this.value));
  }

  private partId(suffix: string): string {
    return `${this.controlId}-${suffix}`;
  }

  private emit(value: unknown): void {
    this.ownValue = value;
    this.commit(value, 'change');
  }

  private dropValueMissingFrom(options: Option[]): void {
    if (!isEmptyValue(this.value) && !options.some((option) => option.value === String(this.value)))
      this.emit(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value set from outside (a restored draft, a cleared province) replaces whatever was being typed.
    if (changed.has('value') && this.value !== this.ownValue) this.typed = null;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Here rather than in willUpdate: the options controller has refreshed the list by now.
    if (this.choices.waitingForDependency) this.open = false;
    this.results = this.open ? this.matcher.search(this.typed ?? '') : NO_RESULTS;
    if (this.active >= this.results.options.length) this.active = -1;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot
        .querySelector(`#${CSS.escape(this.partId(`option-${this.active}`))}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  private choose(option: Option): void {
    this.typed = null;
    this.open = false;
    this.active = -1;
    if (this.chosen !== option) this.emit(toFieldValue(option.value, this.field.valueType));
  }

  /** On leaving: keep a choice the box still names, take an exact label, or else clear the value but keep the text. */
  private settle(): void {
    this.open = false;
    this.active = -1;
    if (this.typed === null) return;
    const typed = fold(this.typed);
    const chosen = this.chosen;
    if (typed === '' || (chosen && fold(text(chosen.label, this.lang)) === typed)) {
      this.typed = null;
      if (typed === '' && !isEmptyValue(this.value)) this.emit(undefined);
      return;
    }
    const exact = this.matcher.exact(this.typed);
    if (exact) this.choose(exact);
    else if (!isEmptyValue(this.value)) this.emit(undefined);
  }

  private onInput(event: Event): void {
    // Typing filters the list but does not change the value: no event leaves the field until a choice is made.
    event.stopPropagation();
    this.typed = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
  }

  private move(step: 1 | -1): void {
    const count = this.results.options.length;
    if (!count) return;
    this.active = this.active < 0 ? (step === 1 ? 0 : count - 1) : (this.active + step + count) % count;
  }

  private openList(): void {
    this.open = true;
    this.results = this.matcher.search(this.typed ?? '');
  }

  private onKeyDown(event: KeyboardEvent): void {
    const options = this.results.options;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (this.open) return this.move(step);
        // Opening on an existing choice highlights it, so the person sees where they are in the list.
        this.openList();
        const current = this.chosen ? this.results.options.indexOf(this.chosen) : -1;
        if (current >= 0) this.active = current;
        else this.move(step);
        return;
      }
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(options[this.active]!);
        }
        return;
      case 'Escape':
        if (this.open) {
          this.open = false;
          this.active = -1;
        } else if (this.typed || !isEmptyValue(this.value)) {
          this.typed = null;
          if (!isEmptyValue(this.value)) this.emit(undefined);
        } else return;
        event.preventDefault();
        return;
      case 'Tab':
        // The person moved to the highlighted option on purpose: Tab takes it and then moves on as usual.
        if (this.open && this.active >= 0) this.choose(options[this.active]!);
    }
  }

  /** Keeps focus in the box while an option is clicked, so that leaving the field cannot settle the text first. */
  private keepFocus(event: Event): void {
    event.preventDefault();
  }

  private onFocusOut(event: FocusEvent): void {
    if (event.relatedTarget && this.renderRoot.contains(event.relatedTarget as Node)) return;
    this.settle();
  }

  private announcement(): string {
    if (!this.open) return '';
    if (this.choices.status === 'loading') return t(this.lang, 'loadingOptions');
    const count = this.results.total;
    return count ? t(this.lang, 'comboboxResults', { count }) : t(this.lang, 'comboboxNoMatch');
  }

  private renderList() {
    const { options } = this.results;
    const status = this.choices.status === 'loading' ? 'loadingOptions' : options.length ? '' : 'comboboxNoMatch';
    return html`
      <ul
        id=${this.partId('listbox')}
        role="listbox"
        part="listbox"
        aria-labelledby=${this.partId('label')}
        ?hidden=${!options.length}
      >
        ${options.map(
          (option, index) =>
            html`<li
              id=${this.partId(`option-${index}`)}
              role="option"
              part="option"
              class=${index === this.active ? 'active' : ''}
              aria-selected=${index === this.active ? 'true' : 'false'}
              @mousedown=${this.keepFocus}
              @click=${() => this.choose(option)}
            >
              ${text(option.label, this.lang)}
            </li>`,
        )}
      </ul>
      ${this.open && status ? html`<span class="status-line" aria-hidden="true">${t(this.lang, status)}</span>` : nothing}
    `;
  }

  override render() {
    const field = this.field;
    const invalid = Boolean(this.error);
    const waiting = this.choices.waitingForDependency;
    const failed = this.choices.status === 'failed';
    const extra = [
      this.partId('instructions'),
      ...(waiting ? [this.partId('wait')] : []),
      ...(failed ? [this.partId('failed')] : []),
    ];
    const shown = this.typed ?? (this.chosen ? text(this.chosen.label, this.lang) : '');
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <label
          class="label"
          id=${this.partId('label')}
          for=${this.controlId}
          part=${invalid ? 'label invalid' : 'label'}
          >${this.renderLabelText()}</label
        >
        ${this.renderHint()}
        ${waiting ? html`<span class="hint" id=${this.partId('wait')}>${t(this.lang, 'comboboxChooseProvinceFirst')}</span>` : nothing}
        ${this.renderMessage()}
        <span class="visually-hidden" id=${this.partId('instructions')}>${t(this.lang, 'comboboxInstructions')}</span>
        <div class="combo" @focusout=${this.onFocusOut}>
          <input
            class="control ${invalid ? 'invalid' : ''}"
            part=${invalid ? 'control invalid' : 'control'}
            id=${this.controlId}
            name=${field.path}
            type="text"
            role="combobox"
            autocomplete=${field.autocomplete ?? 'off'}
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${this.open && this.results.options.length ? 'true' : 'false'}
            aria-controls=${this.partId('listbox')}
            aria-activedescendant=${this.active >= 0 ? this.partId(`option-${this.active}`) : nothing}
            aria-required=${field.required ? 'true' : 'false'}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${this.describedBy(extra)}
            ?disabled=${waiting}
            .value=${live(shown)}
            @input=${this.onInput}
            @change=${(event: Event) => event.stopPropagation()}
            @keydown=${this.onKeyDown}
            @click=${this.openList}
          />
          ${this.renderList()}
        </div>
        <div class="visually-hidden" role="status">${this.announcement()}</div>
        ${
          failed
            ? html`<span class="load-failed" id=${this.partId('failed')} role="alert"
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
    'dvc-combobox-field': DvcComboboxField;
  }
}
