import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.js';
import { checkAnswersStyles } from './check-answers.styles.js';

/** One row of the summary: a field's label and its answer, both already formatted in the current language. */
export interface CheckAnswersRow {
  path: string;
  label: string;
  /** '' when the person gave no answer. */
  value: string;
  /** The portal gave this answer and locked it: it is listed, but there is nothing to change. */
  locked?: boolean;
}

/** The rows of one step, under that step's title. */
export interface CheckAnswersSection {
  stepIndex: number;
  title: string;
  rows: CheckAnswersRow[];
}

/** The person wants to change the answer at `path`, which is asked on step `stepIndex`. */
export class DvcChangeRequestedEvent extends Event {
  constructor(
    readonly stepIndex: number,
    readonly path: string,
  ) {
    super('dvc-change-requested', { bubbles: true, composed: true });
  }
}

/**
 * @summary The body of the check-your-answers page: for each step a heading and a GOV.UK summary list of every answer,
 * each with a Change button (except answers the portal locked, which cannot be changed).
 *
 * A Change button shows only "Sửa"/"Change"; the label of the answer is added as visually hidden text so that a
 * screen reader, which may list all buttons out of context, hears "Sửa Họ, chữ đệm, tên".
 *
 * @event dvc-change-requested - A Change button was pressed; `stepIndex` and `path` say where the answer is asked.
 *
 * @csspart section-title - The `<h2>` of each step.
 * @csspart list - Each `<dl>`.
 * @csspart change - Each Change button.
 *
 */
@customElement('dvc-check-answers')
export class DvcCheckAnswers extends LitElement {
  static override styles = [visuallyHiddenStyles, checkAnswersStyles];

  /** The sections in step order, every string already in the current language. */
  @property({ attribute: false }) sections: CheckAnswersSection[] = [];

  /** The language of the UI text. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /**
   * "Sửa" visible and " Họ, chữ đệm, tên" hidden. A portal may reword `changeField` so that it no longer starts with
   * `change`; then the whole name is hidden text and the visible word is hidden from the accessibility tree.
   */
  private renderChangeText(label: string) {
    const visible = t(this.lang, 'change');
    const full = t(this.lang, 'changeField', { label });
    return full.startsWith(visible)
      ? html`${visible}<span class="visually-hidden">${full.slice(visible.length)}</span>`
      : html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${full}</span>`;
  }

  private renderRow(section: CheckAnswersSection, row: CheckAnswersRow) {
    const request = () => this.dispatchEvent(new DvcChangeRequestedEvent(section.stepIndex, row.path));
    const empty = row.value === '';
    // No whitespace around the value inside <dd>: with white-space: pre-line it would show as blank lines.
    const value = empty ? t(this.lang, 'notProvided') : row.value;
    return html`<div class="row">
      <dt class="key">${row.label}</dt>
      <dd class="value ${empty ? 'empty' : ''}">${value}</dd>
      ${
        row.locked
          ? nothing
          : html`<dd class="action">
              <button type="button" class="change" part="change" @click=${request}>
                ${this.renderChangeText(row.label)}
              </button>
            </dd>`
      }
    </div>`;
  }

  override render() {
    return this.sections.map(
      (section) => html`
        <h2 class="section-title" part="section-title">${section.title}</h2>
        ${
          section.rows.length
            ? html`<dl class="summary-list" part="list">${section.rows.map((row) => this.renderRow(section, row))}</dl>`
            : nothing
        }
      `,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-check-answers': DvcCheckAnswers;
  }
  interface GlobalEventHandlersEventMap {
    'dvc-change-requested': DvcChangeRequestedEvent;
  }
}
