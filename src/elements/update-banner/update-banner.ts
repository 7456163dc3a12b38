import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';
import { hostStyles } from '../../styles/host.js';
import { updateBannerStyles } from './update-banner.styles.js';
import { langLoaded } from '../shared/lang.js';

/** The person chose to switch to the new version now. The page saves open drafts first, then applies the update. */
export class DvcUpdateAcceptedEvent extends Event {
  constructor() {
    super('dvc-update-accepted', { bubbles: true, composed: true });
  }
}

/** The person chose to carry on with the current version; the banner has closed itself. */
export class DvcUpdateDismissedEvent extends Event {
  constructor() {
    super('dvc-update-dismissed', { bubbles: true, composed: true });
  }
}

/**
 * @summary Offers a new version of the app, which the service worker has downloaded and keeps waiting: "Update" or
 * "Later". It never reloads anything itself, so nobody loses what they are typing to an update they did not ask for;
 * the page listens for `dvc-update-accepted`, saves the open drafts, and only then switches versions.
 *
 * The message sits in a polite `role="status"` region that stays in the page while the banner is closed (empty), so
 * that screen readers announce it when it appears without moving focus away from the field being filled in.
 *
 * @event dvc-update-accepted - The person pressed "Update".
 * @event dvc-update-dismissed - The person pressed "Later"; the banner is closed.
 *
 * @csspart banner - The box; it has a border and padding only while the banner is open.
 * @csspart message - The sentence that says a new version is available.
 * @csspart actions - The row of buttons.
 * @csspart accept - The "Update" button.
 * @csspart dismiss - The "Later" button.
 * @csspart error - The message shown when the update could not be applied (see `error`).
 * @csspart button - Both buttons; `accept` is also `primary`, `dismiss` also `secondary`.
 * @csspart primary - Role token of the "Update" button.
 * @csspart secondary - Role token of the "Later" button.
 *
 */
@customElement('dvc-update-banner')
export class DvcUpdateBanner extends LitElement {
  static override styles = [hostStyles, updateBannerStyles];

  /** Language of the banner's text: `vi` (default) or `en`. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /** Whether the banner is shown: the page sets it when a new version is waiting. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Why the last "Update" did not go ahead (e.g. a draft could not be saved), in the current language; empty if none. */
  @property() error = '';

  private accept(): void {
    this.dispatchEvent(new DvcUpdateAcceptedEvent());
  }

  private dismiss(): void {
    this.open = false;
    this.error = '';
    this.dispatchEvent(new DvcUpdateDismissedEvent());
  }

  private renderActions() {
    return html`
      <div class="actions" part="actions">
        <button class="accept" part="accept button primary" type="button" @click=${this.accept}>
          ${t(this.lang, 'updateApply')}
        </button>
        <button class="dismiss" part="dismiss button secondary" type="button" @click=${this.dismiss}>
          ${t(this.lang, 'updateLater')}
        </button>
      </div>
      <div role="alert">${this.error ? html`<p class="error" part="error">${this.error}</p>` : nothing}</div>
    `;
  }

  override render() {
    if (!langLoaded(this)) return nothing;
    return html`
      <div class="banner ${this.open ? 'open' : ''}" part="banner">
        <p class="message" part="message" role="status">${this.open ? t(this.lang, 'updateAvailable') : nothing}</p>
        ${this.open ? this.renderActions() : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-update-banner': DvcUpdateBanner;
  }
  interface GlobalEventHandlersEventMap {
    'dvc-update-accepted': DvcUpdateAcceptedEvent;
    'dvc-update-dismissed': DvcUpdateDismissedEvent;
  }
}
