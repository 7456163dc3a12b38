import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { renderField } from '../shared/render-field.js';
import { fieldsetStyles } from './fieldset.styles.js';

/**
 * @summary A nested object of the data (an address, a parent): a `<fieldset>` whose legend is the field's label and
 * whose children are rendered like any other field.
 *
 * The fieldset stores nothing itself: its children emit their own `input`/`change` events, which pass through it to
 * the form. A message can sit on the object itself (e.g. a cross-field check) and is shown under the legend.
 *
 * @csspart group - The `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint under the legend.
 * @csspart error - The message on the object itself.
 *
 * @cssproperty --dvc-group-legend-size - Font size of the legend (default 1.5rem; nested groups use the next one).
 * @cssproperty --dvc-nested-legend-size - Legend size of groups nested inside this one.
 * @cssproperty --dvc-nested-indent - Indent of nested groups.
 * @cssproperty --dvc-nested-rule-width - Width of the rule on the left of nested groups.
 * @cssproperty --dvc-color-nested-rule - Colour of that rule.
 */
@customElement('dvc-fieldset')
export class DvcFieldset extends DvcFieldElement {
  static override styles = [formControlStyles, fieldsetStyles];

  /** How the children find their values and messages; handed down by the form (or an enclosing group). */
  @property({ attribute: false }) context!: RenderContext;

  override render() {
    const invalid = Boolean(this.error);
    const children = this.field.children ?? [];
    return html`
      <fieldset
        class="wrapper ${invalid ? 'invalid' : ''}"
        part="group"
        id=${this.controlId}
        aria-describedby=${this.describedBy()}
      >
        <legend class="group-legend" part="legend">${this.renderLabelText()}</legend>
        ${this.renderHint()} ${this.renderMessage()}
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
}
