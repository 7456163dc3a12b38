import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.js';
import { stepNavStyles } from './step-nav.styles.js';

/** The person chose to go to the step at `index` (one they have already reached). */
export class DvcStepSelectedEvent extends Event {
  constructor(readonly index: number) {
    super('dvc-step-selected', { bubbles: true, composed: true });
  }
}

/**
 * @summary The step indicator above a multi-step form: "Bước 2/6" and the list of steps, where steps already reached
 * are buttons that go back (or forward again) to them.
 *
 * It only reports the choice with `dvc-step-selected`; the form decides and changes `current`.
 *
 * @event dvc-step-selected - A reachable step was chosen; `index` is its position in `steps`.
 *
 * @csspart nav - The `<nav>`.
 * @csspart count - The "Step x of y" text.
 * @csspart list - The `<ol>` of steps (hidden on narrow screens).
 * @csspart step-button - The button of a reachable step.
 * @csspart step - One step; with `current` or `done`.
 * @csspart current - State token of the current step.
 * @csspart done - State token of a completed step.
 *
 */
@customElement('dvc-step-nav')
export class DvcStepNav extends LitElement {
  static override styles = [visuallyHiddenStyles, stepNavStyles];

  /** The steps in order, titles already in the current language. */
  @property({ attribute: false }) steps: Array<{ id: string; title: string }> = [];

  /** The index of the step on screen. */
  @property({ type: Number }) current = 0;

  /** The highest index the person may jump to (every step before it has been completed). */
  @property({ type: Number }) reachable = 0;

  /** The language of the UI text. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  private select(index: number): void {
    this.dispatchEvent(new DvcStepSelectedEvent(index));
  }

  private renderStep(step: { id: string; title: string }, index: number) {
    const isCurrent = index === this.current;
    const completed = index < this.reachable && !isCurrent;
    const state = isCurrent ? 'current' : completed ? 'completed' : 'upcoming';
    const content = html`<span class="number" aria-hidden="true">${index + 1}.</span>${step.title}${
        completed ? html`<span class="visually-hidden">, ${t(this.lang, 'stepCompleted')}</span>` : nothing
      }`;
    return html`<li
      class="step ${state}"
      part=${isCurrent ? 'step current' : completed ? 'step done' : 'step'}
      aria-current=${isCurrent ? 'step' : nothing}
    >
      ${
        !isCurrent && index <= this.reachable
          ? html`<button type="button" class="step-button" part="step-button" @click=${() => this.select(index)}>
              ${content}
            </button>`
          : html`<span class="label">${content}</span>`
      }
    </li>`;
  }

  override render() {
    if (this.steps.length === 0) return nothing;
    const current = this.steps[this.current];
    const count = t(this.lang, 'stepOf', { current: this.current + 1, total: this.steps.length });
    return html`
      <nav aria-label=${t(this.lang, 'stepsNav')} part="nav">
        <p class="count" part="count">${count}</p>
        <p class="current-title">${current?.title}</p>
        <ol class="steps" part="list">
          ${this.steps.map((step, index) => this.renderStep(step, index))}
        </ol>
      </nav>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-nav': DvcStepNav;
  }
  interface GlobalEventHandlersEventMap {
    'dvc-step-selected': DvcStepSelectedEvent;
  }
}
