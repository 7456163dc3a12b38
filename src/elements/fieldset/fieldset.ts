import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SameAs } from '../../core/definition/types.js';
import { hasAnswer } from '../../core/model/prefill.js';
import { t, text } from '../../i18n/index.js';
import { secondaryButtonStyles } from '../../styles/button.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { renderField } from '../shared/render-field.js';
import { fieldsetHelperStyles, fieldsetStyles } from './fieldset.styles.js';

/** The person asked to fill the object at `path` with the answers of the object at `from` ("same as"). */
export class DvcCopyRequestedEvent extends Event {
  constructor(
    readonly path: string,
    readonly from: string,
  ) {
    super('dvc-copy-requested', { bubbles: true, composed: true });
  }
}

/**
 * @summary A nested object of the data (an address, a parent): a `<fieldset>` whose legend is the field's label and
 * whose children are rendered like any other field.
 *
 * The fieldset stores nothing itself: its children emit their own `input`/`change` events, which pass through it to
 * the form. A message can sit on the object itself (e.g. a cross-field check) and is shown under the legend.
 *
 * With `sameAs` in its ui entry the group offers one button per source ("Giống nơi cư trú của mẹ"). Pressing one asks
 * the form to copy that object's answers into this one, once: the person sees them in the fields, can change any of
 * them, and nothing stays linked. The result is announced in a polite live region under the buttons. When every
 * field of the group is locked the group says once, under its legend, where the answers came from.
 *
 * @event dvc-copy-requested - A "same as" button was pressed and the source has answers: `path` and `from`.
 *
 * @csspart group - The `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint under the legend.
 * @csspart error - The message on the object itself.
 * @csspart note - The note on a locked group.
 * @csspart same-as - Each "same as" button.
 * @csspart same-as-status - The live region announcing what a "same as" button did.
 *
 */
@customElement('dvc-fieldset')
export class DvcFieldset extends DvcFieldElement {
  static override styles = [formControlStyles, secondaryButtonStyles, fieldsetStyles, fieldsetHelperStyles];

  /** How the children find their values and messages; handed down by the form (or an enclosing group). */
  @property({ attribute: false }) context!: RenderContext;

  /** What the last "same as" button did, for the live region. */
  @state() private announcement = '';

  private get noteId(): string {
    return this.controlId + '-note';
  }

  private async copyFrom(same: SameAs): Promise<void> {
    const label = text(same.label, this.lang);
    const copied = hasAnswer(this.context?.valueAt(same.from));
    if (copied) this.dispatchEvent(new DvcCopyRequestedEvent(this.field.path, same.from));
    // Emptied first so that pressing the same button twice is announced twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = t(this.lang, copied ? 'sameAsCopied' : 'sameAsNothing', { label });
  }

  private renderSameAs() {
    const sources = this.field.locked ? [] : (this.field.sameAs ?? []);
    if (sources.length === 0) return nothing;
    return html`<div class="same-as">
      ${sources.map(
        (same) =>
          html`<button type="button" class="button" part="button secondary same-as" @click=${() => this.copyFrom(same)}>
            ${t(this.lang, 'sameAs', { label: text(same.label, this.lang) })}
          </button>`,
      )}
      <p class="same-as-status" role="status" part="same-as-status">${this.announcement}</p>
    </div>`;
  }

  override render() {
    const invalid = Boolean(this.error);
    const children = this.field.children ?? [];
    const locked = Boolean(this.field.locked);
    return html`
      <fieldset
        class="wrapper ${invalid ? 'invalid' : ''}"
        part=${[invalid ? 'group invalid' : 'group', locked ? 'locked' : ''].join(' ').trim()}
        id=${this.controlId}
        aria-describedby=${this.describedBy(locked ? [this.noteId] : [])}
      >
        <legend class="group-legend" part="legend">${this.renderLabelText()}</legend>
        ${this.renderHint()}
        ${locked ? html`<span class="note" id=${this.noteId} part="note">${t(this.lang, 'lockedNote')}</span>` : nothing}
        ${this.renderMessage()} ${this.renderSameAs()}
        <div class="children">
          ${this.context ? children.map((child) => renderField(child, this.context)) : nothing}
        </div>
      </fieldset>
    `;
  }

  /** Moves focus to the first field of the group, which is where a person fixing the group's message starts. */
  override focus(options?: FocusOptions): void {
    const first = this.renderRoot?.querySelector<HTMLElement>('.children > *');
    if (first) first.focus(options);
    else super.focus(options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-fieldset': DvcFieldset;
  }
  interface GlobalEventHandlersEventMap {
    'dvc-copy-requested': DvcCopyRequestedEvent;
  }
}
