import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '../../core/definition/types.js';
import type { FieldModel } from '../../core/model/types.js';
import { t, text } from '../../i18n/index.js';

/** Turns a data path (`siblings[0].fullName`) into a string safe for an element id. */
export function idFor(path: string): string {
  return 'f-' + path.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * The one base class of every field element. It holds what the form hands down (field model, value, message,
 * language) and renders the parts every field shares: label, hint, error, and their `aria-describedby` wiring.
 *
 * Fields never touch storage or validation. When the person changes something, a field updates its `value` and
 * dispatches a plain `input` or `change` event from its host (bubbling, composed); the form owns the data, finds the
 * field through `event.composedPath()[0]`, and applies the change. The native events of the inner controls are
 * stopped at the field so that exactly one event per interaction leaves it.
 */
export abstract class DvcFieldElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The field to render, as resolved by the core for the current data. */
  @property({ attribute: false }) field!: FieldModel;

  /** The current value in the data (`undefined` when nothing was entered). */
  @property({ attribute: false }) value: unknown;

  /** The error message to show, already in the current language; empty when the field is fine or untouched. */
  @property({ attribute: false }) error = '';

  /** A non-blocking warning in the current language. */
  @property({ attribute: false }) warning = '';

  /** The language of UI strings and definition text. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /** The id of the native control the label points at; error summary links target it. */
  get controlId(): string {
    return idFor(this.field.path);
  }

  protected get hintId(): string {
    return this.controlId + '-hint';
  }

  protected get errorId(): string {
    return this.controlId + '-error';
  }

  /** Ids for `aria-describedby`: hint first, then the message, as GOV.UK orders them. */
  protected describedBy(extra: string[] = []): string | typeof nothing {
    const ids = [...extra];
    if (this.field.hint) ids.unshift(this.hintId);
    if (this.error || this.warning) ids.push(this.errorId);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** Label text plus the required marker or "(optional)". */
  protected renderLabelText(): TemplateResult {
    const label = text(this.field.label, this.lang);
    return this.field.required
      ? html`${label}<span class="required-mark" aria-hidden="true"> *</span>`
      : html`${label} <span class="optional">${t(this.lang, 'optional')}</span>`;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.field.hint
      ? html`<span class="hint" id=${this.hintId} part="hint">${text(this.field.hint, this.lang)}</span>`
      : nothing;
  }

  protected renderMessage(): TemplateResult | typeof nothing {
    if (this.error) {
      return html`<span class="error" id=${this.errorId} part="error invalid"
        ><span class="visually-hidden">${t(this.lang, 'errorTitlePrefix')}</span>${this.error}</span
      >`;
    }
    if (this.warning) {
      return html`<span class="warning" id=${this.errorId} part="warning">${this.warning}</span>`;
    }
    return nothing;
  }

  /** Sets the value and tells the form, with exactly one event leaving this element. */
  protected commit(value: unknown, type: 'input' | 'change', nativeEvent?: Event): void {
    nativeEvent?.stopPropagation();
    this.value = value;
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  /** Moves focus to the control (error summary links and step changes use this). */
  override focus(options?: FocusOptions): void {
    const control = this.renderRoot?.querySelector<HTMLElement>('#' + CSS.escape(this.controlId));
    if (control) control.focus(options);
    else super.focus(options);
  }
}
