import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { JsonSchema } from '../../core/definition/types.js';
import { t, text } from '../../i18n/index.js';
import { formControlStyles } from '../../styles/form-control.js';
import { DvcFieldElement } from '../shared/field-element.js';
import type { RenderContext } from '../shared/render-context.js';
import { renderField } from '../shared/render-field.js';
import { secondaryButtonStyles } from '../../styles/button.js';
import { arrayFieldStyles } from './array-field.styles.js';

/** Where focus goes once the form has re-rendered after an add or a remove. */
interface PendingFocus {
  /** The number of items the new field model must have: until it does, the form has not caught up. */
  length: number;
  target: 'new-item' | 'after-remove';
  /** The index of the added or removed item. */
  index: number;
}

function isObjectSchema(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  const type = schema.type;
  return type === 'object' || (Array.isArray(type) && type.includes('object')) || schema.properties !== undefined;
}

/**
 * A noun used inside a sentence ("Thêm con", "Add child") starts in lower case, unless it looks like an acronym
 * ("CCCD"), where the second letter is upper case too.
 */
function inSentence(noun: string, lang: string): string {
  const [first = '', second = ''] = Array.from(noun);
  return second && second === second.toLocaleLowerCase(lang)
    ? first.toLocaleLowerCase(lang) + noun.slice(first.length)
    : noun;
}

/**
 * @summary A repeatable list (siblings, children, previous nationalities): each item is a numbered group of fields,
 * with buttons to add an item and to remove one.
 *
 * Adding and removing replace the whole array with a new one and tell the form with one `change` event; the fields
 * inside the items emit their own events, which pass through to the form. Once the form has re-rendered, focus moves
 * to the new item's first field (after Add) or to the previous item's heading or the Add button (after Remove), and
 * a polite live region says what happened.
 *
 * @event change - An item was added or removed; `value` holds the new array.
 *
 * @csspart group - The outer `<fieldset>`.
 * @csspart legend - Its `<legend>` (the field's label).
 * @csspart hint - The hint under the legend.
 * @csspart error - A message on the list itself (e.g. too few items).
 * @csspart item - The `<fieldset>` of one item.
 * @csspart button - The Add and Remove buttons (also `add` or `remove`).
 *
 */
@customElement('dvc-array-field')
export class DvcArrayField extends DvcFieldElement {
  static override styles = [formControlStyles, secondaryButtonStyles, arrayFieldStyles];

  /** How the items' fields find their values and messages; handed down by the form (or an enclosing group). */
  @property({ attribute: false }) context!: RenderContext;

  /** The text of the polite live region ("Đã thêm Con 2"). */
  @state() private announcement = '';

  private pendingFocus: PendingFocus | undefined;

  private get items(): unknown[] {
    return Array.isArray(this.value) ? this.value : [];
  }

  private get count(): number {
    return this.field.items?.length ?? 0;
  }

  private get noun(): string {
    return text(this.field.itemLabel ?? this.field.label, this.lang);
  }

  private numbered(index: number): string {
    return t(this.lang, 'itemNumbered', { item: this.noun, n: index + 1 });
  }

  private legendId(index: number): string {
    return `${this.controlId}-item-${index}`;
  }

  private addItem(): void {
    const next = [...this.items, isObjectSchema(this.field.schema.items) ? {} : undefined];
    this.pendingFocus = { length: next.length, target: 'new-item', index: next.length - 1 };
    void this.announce(t(this.lang, 'itemAdded', { item: this.numbered(next.length - 1) }));
    this.commit(next, 'change');
  }

  private removeItem(index: number): void {
    const next = this.items.filter((_, i) => i !== index);
    this.pendingFocus = { length: next.length, target: 'after-remove', index };
    void this.announce(t(this.lang, 'itemRemoved', { item: this.numbered(index) }));
    this.commit(next, 'change');
  }

  /** Empties the live region first, so that the same message twice in a row ("Đã xóa Con 1") is read twice. */
  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    if (pending && changed.has('field') && this.count === pending.length) {
      this.pendingFocus = undefined;
      void this.moveFocus(pending);
    }
  }

  private async moveFocus(pending: PendingFocus): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    if (pending.target === 'new-item') {
      const first = root.querySelector<HTMLElement>(`[data-index="${pending.index}"] .item-fields > *`);
      // The new field element renders in its own update; focusing it earlier would find no control inside.
      await (first as Partial<DvcFieldElement> | null)?.updateComplete;
      (first ?? root.querySelector<HTMLElement>('#' + CSS.escape(this.legendId(pending.index))))?.focus();
      return;
    }
    const previous =
      pending.index > 0 ? root.querySelector<HTMLElement>('#' + CSS.escape(this.legendId(pending.index - 1))) : null;
    (previous ?? root.querySelector<HTMLElement>('button.add'))?.focus();
  }

  override render() {
    const field = this.field;
    const invalid = Boolean(this.error);
    const canAdd = field.maxItems === undefined || this.count < field.maxItems;
    const canRemove = this.count > (field.minItems ?? 0);
    return html`
      <fieldset
        class="wrapper ${invalid ? 'invalid' : ''}"
        part=${invalid ? 'group invalid' : 'group'}
        id=${this.controlId}
        aria-describedby=${this.describedBy()}
      >
        <legend class="group-legend" part="legend">${this.renderLabelText()}</legend>
        ${this.renderHint()} ${this.renderMessage()}
        ${(field.items ?? []).map(
          (children, index) => html`
            <fieldset class="item" part="item" data-index=${index}>
              <legend class="item-legend" id=${this.legendId(index)} tabindex="-1">${this.numbered(index)}</legend>
              <div class="item-fields">
                ${this.context ? children.map((child) => renderField(child, this.context)) : nothing}
              </div>
              ${
                canRemove
                  ? html`<button
                      type="button"
                      class="button remove"
                      part="button secondary remove"
                      @click=${() => this.removeItem(index)}
                    >
                      ${t(this.lang, 'removeItem', { item: this.numbered(index) })}
                    </button>`
                  : nothing
              }
            </fieldset>
          `,
        )}
        ${
          canAdd
            ? html`<button type="button" class="button add" part="button secondary add" @click=${this.addItem}>
                ${t(this.lang, 'addItem', { item: inSentence(this.noun, this.lang) })}
              </button>`
            : nothing
        }
      </fieldset>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  /** Moves focus to the first field of the first item, or to the Add button when the list is empty. */
  override focus(options?: FocusOptions): void {
    const target =
      this.renderRoot?.querySelector<HTMLElement>('.item-fields > *') ??
      this.renderRoot?.querySelector<HTMLElement>('button.add');
    if (target) target.focus(options);
    else super.focus(options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-array-field': DvcArrayField;
  }
}
