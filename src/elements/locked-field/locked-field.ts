import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { OptionsController } from '../../controllers/options-controller.js';
import { displayValue } from '../../core/format/display.js';
import { t, text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { lockedFieldStyles } from './locked-field.styles.js';

/**
 * @summary An answer the portal gave and locked (`<dvc-form locked>`): the label, the answer in a read-only control
 * and a note saying where it came from. It stands in for the field's own element whatever its widget, so every widget
 * is locked the same way.
 *
 * The answer is shown as a person reads it (the name of a province, a date as dd/mm/yyyy, the label of a choice), in
 * a `readonly` input: it stays focusable, is read with its label, hint and note, and can be selected and copied. The
 * element never dispatches `input` or `change`. Inside a group whose answers are all locked the group shows the note
 * once, so each of its fields does not repeat it.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint under the label.
 * @csspart note - The note saying where the answer came from.
 * @csspart error - The message, when the given answer does not pass a check.
 * @csspart control - The read-only `<input>` (or `<textarea>` for long text).
 *
 */
@customElement('dvc-locked-field')
export class DvcLockedField extends DvcFieldElement {
  static override styles = [formControlStyles, lockedFieldStyles];

  /** Where names of reference-data answers (provinces, communes…) are loaded from; handed down by the form. */
  @property({ attribute: false }) context?: RenderContext;

  private readonly choices = new OptionsController(this);

  private get noteId(): string {
    return this.controlId + '-note';
  }

  /** True inside a group that is locked as a whole: the group carries the note. */
  private get inLockedGroup(): boolean {
    const root = this.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : undefined;
    return host instanceof DvcFieldElement && Boolean(host.field?.locked);
  }

  override render() {
    const field = this.field;
    const invalid = Boolean(this.error);
    const options = field.source ? this.choices.options : undefined;
    const shown = displayValue(field, this.value, this.lang, options);
    const note = !this.inLockedGroup;
    const describedBy = this.describedBy(note ? [this.noteId] : []);
    const control =
      field.widget === 'textarea'
        ? html`<textarea
            class="control"
            part=${invalid ? 'control locked invalid' : 'control locked'}
            id=${this.controlId}
            name=${field.path}
            readonly
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${shown}
          ></textarea>`
        : html`<input
            class="control"
            part=${invalid ? 'control locked invalid' : 'control locked'}
            id=${this.controlId}
            name=${field.path}
            type="text"
            readonly
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${shown}
          />`;
    return html`
      <div class="wrapper ${invalid ? 'invalid' : ''}">
        <label class="label" for=${this.controlId} part=${invalid ? 'label locked invalid' : 'label locked'}
          >${text(field.label, this.lang)}</label
        >
        ${this.renderHint()}
        ${note ? html`<span class="note" id=${this.noteId} part="note">${t(this.lang, 'lockedNote')}</span>` : nothing}
        ${this.renderMessage()} ${control}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-locked-field': DvcLockedField;
  }
}
