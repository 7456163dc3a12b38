import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';
import { idFor } from '../shared/field-element.js';
import { hostStyles } from '../../styles/host.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** Asks the form to move focus to the field at `path` (an error summary link was followed). */
export class DvcFocusRequestEvent extends Event {
  constructor(readonly path: string) {
    super('dvc-focus-request', { bubbles: true, composed: true });
  }
}

/**
 * @summary The list of problems at the top of a page (GOV.UK error summary): one link per error, in page order,
 * with the same wording as the message beside the field.
 *
 * The fields live in other shadow roots, where a fragment link cannot reach them; so a link does not navigate but
 * asks the form, with `dvc-focus-request`, to focus the field. The `href` is kept so that the link is a real link
 * (announced as one, and it still names its target). `role="alert"` sits on an inner element, never on the list and
 * never on the focusable container, which is how GOV.UK made JAWS read the summary once and in full.
 *
 * @event dvc-focus-request - A link was followed; `path` is the data path of the field to focus.
 *
 * @csspart summary - The bordered container (it receives focus).
 * @csspart title - The heading.
 * @csspart list - The `<ul>` of links.
 * @csspart link - Each link.
 *
 */
@customElement('dvc-error-summary')
export class DvcErrorSummary extends LitElement {
  static override styles = [hostStyles, errorSummaryStyles];

  /** The errors to list, messages already in the current language, in the order their fields appear on the page. */
  @property({ attribute: false }) errors: Array<{ path: string; message: string }> = [];

  /** The language of the heading. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  private follow(event: Event, path: string): void {
    event.preventDefault();
    this.dispatchEvent(new DvcFocusRequestEvent(path));
  }

  override render() {
    if (this.errors.length === 0) return nothing;
    return html`
      <div class="summary" part="summary" tabindex="-1">
        <div role="alert">
          <h2 class="title" part="title">${t(this.lang, 'errorSummaryTitle')}</h2>
          <ul class="list" part="list">
            ${this.errors.map(
              (error) =>
                html`<li>
                  <a href="#${idFor(error.path)}" part="link" @click=${(event: Event) => this.follow(event, error.path)}
                    >${error.message}</a
                  >
                </li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }

  /**
   * Moves focus to the summary itself, as GOV.UK does when a page is submitted with errors. The form may call this
   * right after setting `errors`, before the summary has rendered, so it waits for the render when one is pending.
   */
  override focus(options?: FocusOptions): void {
    const move = () => this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
    if (this.isUpdatePending) void this.updateComplete.then(move);
    else move();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-error-summary': DvcErrorSummary;
  }
  interface GlobalEventHandlersEventMap {
    'dvc-focus-request': DvcFocusRequestEvent;
  }
}
