import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { OutboxController } from '../../controllers/outbox-controller.js';
import type { Lang } from '../../core/definition/types.js';
import { t, text } from '../../i18n/index.js';
import type { OutboxItem, OutboxStatus, ServerMessage } from '../../storage/outbox-store.js';
import type { OutboxConfig } from '../../sync/outbox.js';
import { HostStates } from '../shared/states.js';
import { hostStyles } from '../../styles/host.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.js';
import { heading } from '../shared/heading.js';
import { serverText } from '../shared/server-text.js';
import { DvcSubmissionFixEvent, DvcSubmissionRejectedEvent, DvcSubmissionSentEvent } from './outbox-events.js';
import { outboxStyles } from './outbox.styles.js';
import { langLoaded } from '../shared/lang.js';
import { stringsNotice, stringsState } from '../shared/strings.js';

/** Upload progress of a submission being sent, from the bytes the receiver acknowledged, in whole percent. */
function percentSent(item: OutboxItem): number | undefined {
  const total = item.attachments.reduce((sum, file) => sum + file.size, 0);
  if (!total) return undefined;
  const done = item.attachments.reduce((sum, file) => sum + Math.min(file.uploadedBytes ?? 0, file.size), 0);
  return Math.floor((done / total) * 100);
}

/**
 * @summary The applications submitted from this device and where each one is: waiting, sending, received (with the
 * receipt number), or sent back by the authority with its message and a way to fix it. Follows storage live, so a
 * submission sent by another tab or by the service worker changes here too; changes are announced politely.
 *
 * With `endpoint` set it also sends: on start, when the device comes online or the page becomes visible, on a timer,
 * one tab at a time (see src/sync/outbox.ts). Without it the list is shown and nothing is sent.
 *
 * @event dvc-submission-sent - A submission was received ({@link DvcSubmissionSentEvent}: `submissionId`, `receipt`).
 * @event dvc-submission-rejected - The authority asked for changes ({@link DvcSubmissionRejectedEvent}: `message`).
 * @event dvc-submission-fix - "Fix the application" was pressed ({@link DvcSubmissionFixEvent}: `draftId`).
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>` of submissions.
 * @csspart submission - One submission's card.
 * @csspart status - A submission's status tag.
 * @csspart server-message - What the authority said about a submission it sent back.
 * @csspart button - Every button (also `fix`, `send-now`, `discard`, `remove`, `confirm`, `cancel`).
 * @csspart download - The link that downloads a submission's signed PDF.
 * @csspart dialog - The discard confirmation `<dialog>`.
 * @csspart primary - Role token of the main button of a card (Fix the application).
 * @csspart secondary - Role token of the other buttons.
 * @csspart warning - Role token of the button that confirms discarding.
 * @csspart done - State token of the status tag of a received submission; others carry their status
 *   (`queued`, `sending`, `retrying`, `waiting-auth`, `needs-fix`).
 *
 * @csspart fix - Action token of "Fix the application".
 * @csspart send-now - Action token of "Send now".
 * @csspart discard - Action token of "Discard".
 * @csspart remove - Action token of "Remove from this list".
 * @csspart confirm - Action token of the button that confirms discarding.
 * @csspart cancel - Action token of the dialog's Cancel button.
 *
 * @cssstate offline - The browser is offline: nothing is sent until it is back.
 * @cssstate pending - At least one submission is not yet received by the authority.
 * @cssstate needs-fix - The authority sent at least one submission back for changes.
 *
 */
@customElement('dvc-outbox')
export class DvcOutbox extends LitElement {
  static override styles = [hostStyles, visuallyHiddenStyles, outboxStyles];

  /** The storage namespace the portal's forms keep their drafts and submissions in. */
  @property() namespace = 'default';

  /** URL of the portal's strings, `{ "vi": { … }, "en": { … } }` (see `overrideMessages`); applied before first render. */
  @property() strings?: string;

  /** The language of the UI and of the procedure titles. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /** Base URL of the submission API (docs/submission-api.md), e.g. `/api/v1`. Without it nothing is sent. */
  @property() endpoint = '';

  /** The portal's auth header hook: called before each request for headers such as `Authorization`. */
  @property({ attribute: false }) headers?: OutboxConfig['headers'];

  /** Level of the list's heading (each submission's title is one level below), to fit the portal's page outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 | 4 | 5 = 2;

  @state() private confirming: OutboxItem | undefined;
  @state() private announcement = '';
  @state() private online = navigator.onLine;
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly outbox = new OutboxController(
    this,
    () => ({ namespace: this.namespace || 'default', endpoint: this.endpoint || undefined, headers: this.headers }),
    (item, previous) => this.onTransition(item, previous),
  );
  /** Object URLs of the signed PDFs shown, revoked when their submission leaves the list or the element the page. */
  private readonly urls = new Map<string, string>();
  private readonly onConnectivity = () => (this.online = navigator.onLine);
  /** @internal The custom states a page can style (`dvc-outbox:state(pending)`), set after every update. */
  protected readonly hostStates = new HostStates(this, () => ({
    offline: !this.online,
    pending: this.outbox.items.some((item) => item.status !== 'accepted'),
    'needs-fix': this.outbox.items.some((item) => item.status === 'needs-fix'),
  }));

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onConnectivity);
    addEventListener('offline', this.onConnectivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onConnectivity);
    removeEventListener('offline', this.onConnectivity);
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }

  /** The portal signed the person in again: submissions that waited for it are sent now. */
  reauthenticated(): Promise<void> {
    return this.outbox.reauthenticated();
  }

  private get level(): 2 | 3 | 4 | 5 {
    return Math.min(5, Math.max(2, Math.round(Number(this.headingLevel)) || 2)) as 2 | 3 | 4 | 5;
  }

  private titleOf(item: OutboxItem): string {
    return text(item.procedureTitle, this.lang) || item.procedureId;
  }

  private time(epochMs: number, withDate = true): string {
    const locale = this.lang === 'vi' ? 'vi-VN' : 'en-GB';
    const options: Intl.DateTimeFormatOptions = withDate
      ? { dateStyle: 'medium', timeStyle: 'short' }
      : { timeStyle: 'short' };
    return new Intl.DateTimeFormat(locale, options).format(epochMs);
  }

  private onTransition(item: OutboxItem, previous: OutboxStatus): void {
    const title = this.titleOf(item);
    if (item.status === 'accepted' && item.receipt) {
      void this.announce(t(this.lang, 'outboxAnnounceAccepted', { title, reference: item.receipt.reference }));
      this.dispatchEvent(new DvcSubmissionSentEvent(item.id, item.procedureId, item.receipt));
    } else if (item.status === 'needs-fix') {
      void this.announce(t(this.lang, 'outboxAnnounceNeedsFix', { title }));
      this.dispatchEvent(new DvcSubmissionRejectedEvent(item.id, item.procedureId, item.serverMessage, item.draftId));
    } else if (item.status === 'waiting-auth' && previous !== 'waiting-auth') {
      void this.announce(t(this.lang, 'outboxAnnounceWaitingAuth', { title }));
    }
  }

  /** Empties the live region first, so that the same message twice in a row is read twice. */
  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  private statusText(item: OutboxItem): string {
    const lang = this.lang;
    switch (item.status) {
      case 'queued':
        return t(lang, 'outboxStatusQueued');
      case 'sending': {
        const percent = percentSent(item);
        return percent === undefined
          ? t(lang, 'outboxStatusSending')
          : t(lang, 'outboxStatusSendingProgress', { percent });
      }
      case 'retrying':
        return item.nextAttemptAt
          ? t(lang, 'outboxStatusRetrying', { time: this.time(item.nextAttemptAt, false) })
          : t(lang, 'outboxStatusQueued');
      case 'waiting-auth':
        return t(lang, 'outboxStatusWaitingAuth');
      case 'needs-fix':
        return t(lang, 'outboxStatusNeedsFix');
      case 'accepted':
        return t(lang, 'outboxStatusAccepted');
    }
  }

  private pdfUrl(item: OutboxItem): string {
    let url = this.urls.get(item.id);
    if (!url) this.urls.set(item.id, (url = URL.createObjectURL(item.pdf)));
    return url;
  }

  private renderServerMessage(message: ServerMessage | undefined): TemplateResult {
    const lang = this.lang;
    const said =
      serverText(message?.message, lang) || t(lang, 'outboxRejectedNoMessage', { status: message?.status ?? '' });
    const problems = message?.problems ?? [];
    return html`<div class="server-message" part="server-message">
      <p><strong>${t(lang, 'outboxServerSays')}:</strong> ${said}</p>
      ${
        problems.length
          ? html`<ul>
              ${problems.map((p) => html`<li>${serverText(p.message, lang)}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderItem(item: OutboxItem): TemplateResult {
    const lang = this.lang;
    const done = item.status === 'accepted';
    const describe = html`<span class="visually-hidden">: ${this.titleOf(item)}, ${this.time(item.createdAt)}</span>`;
    const button = (kind: string, label: string, onClick: () => void, style = 'secondary') =>
      html`<button type="button" class="${style} ${kind}" part="button ${style} ${kind}" @click=${onClick}>
        ${label}${describe}
      </button>`;
    const pending = item.status === 'queued' || item.status === 'retrying' || item.status === 'waiting-auth';
    return html`<li class="submission card" part="submission" data-id=${item.id}>
      ${heading(this.level + 1, 'title', this.titleOf(item))}
      <dl class="facts">
        <dt>${t(lang, 'outboxCreatedAt')}</dt>
        <dd><time datetime=${new Date(item.createdAt).toISOString()}>${this.time(item.createdAt)}</time></dd>
        <dt>${t(lang, 'outboxStatus')}</dt>
        <dd>
          <strong class="status ${done ? 'done' : item.status}" part=${done ? 'status done' : `status ${item.status}`}
            >${this.statusText(item)}</strong
          >
        </dd>
        ${
          done && item.receipt
            ? html`<dt>${t(lang, 'outboxReference')}</dt>
                <dd class="reference">${item.receipt.reference}</dd>
                <dt>${t(lang, 'outboxReceivedAt')}</dt>
                <dd>${this.time(Date.parse(item.receipt.receivedAt))}</dd>`
            : nothing
        }
      </dl>
      ${item.status === 'needs-fix' ? this.renderServerMessage(item.serverMessage) : nothing}
      <div class="actions">
        ${
          item.status === 'needs-fix' && item.draftId
            ? button('fix', t(lang, 'outboxFix'), () => this.fix(item), 'primary')
            : nothing
        }
        ${pending && this.endpoint ? button('send-now', t(lang, 'outboxSendNow'), () => void this.outbox.sendNow(item.id)) : nothing}
        <a class="download" part="download" href=${this.pdfUrl(item)} download=${item.fileName}
          >${t(lang, 'outboxDownload')}${describe}</a
        >
        ${
          done
            ? button('remove', t(lang, 'outboxRemove'), () => void this.discard(item))
            : item.status !== 'sending'
              ? button('discard', t(lang, 'outboxDiscard'), () => void this.askDiscard(item))
              : nothing
        }
      </div>
    </li>`;
  }

  private fix(item: OutboxItem): void {
    if (item.draftId) this.dispatchEvent(new DvcSubmissionFixEvent(item.id, item.procedureId, item.draftId));
  }

  private async askDiscard(item: OutboxItem): Promise<void> {
    this.confirming = item;
    await this.updateComplete;
    this.dialog.showModal();
    // Keeping the submission is the safe answer, so it is where a hurried Enter lands.
    this.renderRoot.querySelector<HTMLElement>('dialog button.cancel')?.focus();
  }

  private async discard(item: OutboxItem): Promise<void> {
    const index = this.outbox.items.findIndex((i) => i.id === item.id);
    await this.outbox.discard(item.id);
    if (this.dialog.open) {
      this.confirming = undefined;
      this.dialog.close();
    }
    void this.announce(t(this.lang, 'outboxAnnounceDiscarded', { title: this.titleOf(item) }));
    await this.updateComplete;
    const rest = this.outbox.items.filter((i) => i.id !== item.id);
    const next = rest[Math.min(index, rest.length - 1)];
    const target = next
      ? this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(next.id)}"] a.download`)
      : this.renderRoot.querySelector<HTMLElement>('.heading');
    target?.focus();
  }

  /** Escape or "Keep it" keeps the submission and returns to its Discard button. */
  private onDialogClose(): void {
    const kept = this.confirming;
    if (!kept) return;
    this.confirming = undefined;
    this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(kept.id)}"] button.discard`)?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const [id, url] of this.urls) {
      if (this.outbox.items.some((item) => item.id === id)) continue;
      URL.revokeObjectURL(url);
      this.urls.delete(id);
    }
  }

  private renderList(): TemplateResult {
    const { status, items } = this.outbox;
    const lang = this.lang;
    if (status === 'loading') return html`<p class="message">${t(lang, 'outboxLoading')}</p>`;
    if (status === 'failed') return html`<p class="message failed">${t(lang, 'outboxLoadFailed')}</p>`;
    if (items.length === 0) return html`<p class="message">${t(lang, 'outboxEmpty')}</p>`;
    const waiting = items.some((item) => item.status !== 'accepted' && item.status !== 'needs-fix');
    return html`${!this.online && waiting ? html`<p class="message offline">${t(lang, 'outboxOffline')}</p>` : nothing}
      <ul class="list" part="list">
        ${items.map((item) => this.renderItem(item))}
      </ul>`;
  }

  private renderDialog(): TemplateResult {
    const lang = this.lang;
    const item = this.confirming;
    return html`<dialog part="dialog" aria-labelledby="confirm-body" @close=${this.onDialogClose}>
      <p id="confirm-body" class="dialog-title">
        ${item ? t(lang, 'outboxDiscardConfirm', { title: this.titleOf(item) }) : ''}
      </p>
      <div class="actions">
        <button
          type="button"
          class="warning confirm"
          part="button warning confirm"
          @click=${() => item && this.discard(item)}
        >
          ${t(lang, 'outboxDiscardYes')}
        </button>
        <button
          type="button"
          class="secondary cancel"
          part="button secondary cancel"
          @click=${() => this.dialog.close()}
        >
          ${t(lang, 'outboxDiscardNo')}
        </button>
      </div>
    </dialog>`;
  }

  override render() {
    const problem = stringsState(this);
    if (!langLoaded(this) || problem === undefined) return nothing;
    return html`
      ${stringsNotice(this, problem)} ${heading(this.level, 'heading', t(this.lang, 'outboxTitle'))}
      ${this.renderList()} ${this.renderDialog()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-outbox': DvcOutbox;
  }
}
