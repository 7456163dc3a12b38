import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { DraftsController } from '../../controllers/drafts-controller.js';
import { getAt } from '../../core/data/paths.js';
import type { Lang } from '../../core/definition/types.js';
import { t, text } from '../../i18n/index.js';
import type { Draft } from '../../storage/types.js';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.js';
import { HostStates } from '../shared/states.js';
import { hostStyles } from '../../styles/host.js';
import { heading } from '../shared/heading.js';
import { draftsStyles } from './drafts.styles.js';
import { langLoaded } from '../shared/lang.js';
import { stringsNotice, stringsState } from '../shared/strings.js';

/** The person chose to continue a draft: the portal opens the form on it. */
export class DvcDraftSelectedEvent extends Event {
  constructor(
    readonly draftId: string,
    readonly procedureId: string,
  ) {
    super('dvc-draft-selected', { bubbles: true, composed: true });
  }
}

/** The person chose to start a new application of the procedure. */
export class DvcDraftNewEvent extends Event {
  constructor(readonly procedureId: string) {
    super('dvc-draft-new', { bubbles: true, composed: true });
  }
}

/** Where people's names usually are: the first one filled tells two drafts of one procedure apart. */
const NAME_PATHS = ['child.fullName', 'deceased.fullName', 'applicant.fullName', 'requester.fullName', 'fullName'];

function nameIn(draft: Draft): string {
  for (const path of NAME_PATHS) {
    const value = getAt(draft.data, path);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

/** Where focus goes once the list no longer shows a deleted draft. */
interface PendingFocus {
  id: string;
  index: number;
}

/**
 * @summary The drafts saved on this device, newest first, with buttons to continue or delete each one and to start
 * a new application. The list follows storage live: a draft saved in another tab appears without a reload.
 *
 * Deleting asks first in a modal `<dialog>` (focus on "Keep it"; Escape keeps the draft). Once a draft is deleted,
 * a polite live region says so and focus moves to the next draft, the previous one, or the Start button.
 *
 * @event dvc-draft-selected - Continue was pressed ({@link DvcDraftSelectedEvent}: `draftId`, `procedureId`).
 * @event dvc-draft-new - Start a new one was pressed ({@link DvcDraftNewEvent}: `procedureId`).
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>` of drafts.
 * @csspart draft - One draft's card.
 * @csspart status - A draft's status tag.
 * @csspart button - Every button (also `continue`, `delete`, `new`, `confirm`, `cancel`).
 * @csspart dialog - The delete confirmation `<dialog>`.
 * @csspart primary - Role token of Continue and Start a new one: `dvc-drafts::part(button primary)`.
 * @csspart secondary - Role token of Delete and Cancel.
 * @csspart warning - Role token of the button that confirms a deletion.
 * @csspart done - State token of the status tag of a completed draft.
 * @csspart continue - Action token of a draft's Continue button.
 * @csspart delete - Action token of a draft's Delete button.
 * @csspart new - Action token of Start a new one.
 * @csspart confirm - Action token of the button that confirms the deletion.
 * @csspart cancel - Action token of the dialog's Cancel button.
 *
 * @cssstate empty - The list is loaded and there is no draft.
 *
 */
@customElement('dvc-drafts')
export class DvcDrafts extends LitElement {
  static override styles = [hostStyles, visuallyHiddenStyles, draftsStyles];

  /** Lists only the drafts of this procedure id; when empty, the drafts of every procedure. */
  @property() procedure = '';

  /** The storage namespace the portal keeps its drafts in (one database per namespace). */
  @property() namespace = 'default';

  /** URL of the portal's strings, `{ "vi": { … }, "en": { … } }` (see `overrideMessages`); applied before first render. */
  @property() strings?: string;

  /** The language of the UI and of the procedure titles. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /** Level of the list's heading (each draft's title is one level below), to fit the portal's page outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 | 4 | 5 = 2;

  /** The draft whose deletion is being confirmed. */
  @state() private confirming: Draft | undefined;
  @state() private deleteFailed = false;
  @state() private announcement = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly drafts = new DraftsController(this, () => ({
    namespace: this.namespace || 'default',
    procedureId: this.procedure,
  }));

  private pendingFocus: PendingFocus | undefined;

  /** The heading level as given, kept within 2–5 so that every draft's title has a level below it. */
  /** @internal The custom state a page can style (`dvc-drafts:state(empty)`), set after every update. */
  protected readonly hostStates = new HostStates(this, () => ({
    empty: this.drafts.status === 'ready' && this.drafts.drafts.length === 0,
  }));

  private get level(): 2 | 3 | 4 | 5 {
    return Math.min(5, Math.max(2, Math.round(Number(this.headingLevel)) || 2)) as 2 | 3 | 4 | 5;
  }

  private titleOf(draft: Draft): string {
    return text(draft.procedureTitle, this.lang) || draft.procedureId;
  }

  private savedAt(draft: Draft): string {
    const locale = this.lang === 'vi' ? 'vi-VN' : 'en-GB';
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(draft.updatedAt);
  }

  /** What tells this draft apart from the others: the person's name when there is one, else when it was saved. */
  private describe(draft: Draft): string {
    return `${this.titleOf(draft)}, ${nameIn(draft) || this.savedAt(draft)}`;
  }

  private select(draft: Draft): void {
    this.dispatchEvent(new DvcDraftSelectedEvent(draft.id, draft.procedureId));
  }

  private startNew(): void {
    this.dispatchEvent(new DvcDraftNewEvent(this.procedure));
  }

  private async askDelete(draft: Draft): Promise<void> {
    this.confirming = draft;
    this.deleteFailed = false;
    await this.updateComplete;
    this.dialog.showModal();
    // Keeping the draft is the safe answer, so it is where a hurried Enter lands.
    this.renderRoot.querySelector<HTMLElement>('button.cancel')?.focus();
  }

  private async confirmDelete(): Promise<void> {
    const draft = this.confirming;
    if (!draft) return;
    // Taken before deleting: the live query may drop the draft from the list before `delete` resolves.
    const index = this.drafts.drafts.findIndex((d) => d.id === draft.id);
    try {
      await this.drafts.delete(draft.id);
    } catch (error) {
      console.error('dvc-kit: deleting a draft failed', error);
      this.deleteFailed = true;
      return;
    }
    this.pendingFocus = { id: draft.id, index };
    this.confirming = undefined;
    this.dialog.close();
    void this.announce(t(this.lang, 'draftDeleted', { name: this.describe(draft) }));
    this.requestUpdate();
  }

  /** Escape, Cancel, or closing the dialog any other way keeps the draft and returns to its Delete button. */
  private onDialogClose(): void {
    const kept = this.confirming;
    if (!kept) return;
    this.confirming = undefined;
    this.buttonOf(kept.id, 'delete')?.focus();
  }

  private buttonOf(id: string, kind: 'continue' | 'delete'): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button.${kind}`);
  }

  /** Empties the live region first, so that the same message twice in a row is read twice. */
  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingFocus;
    const list = this.drafts.drafts;
    if (!pending || list.some((draft) => draft.id === pending.id)) return;
    this.pendingFocus = undefined;
    const next = list[Math.min(pending.index, list.length - 1)];
    const target =
      (next && this.buttonOf(next.id, 'continue')) ??
      this.renderRoot.querySelector<HTMLElement>('button.new') ??
      this.renderRoot.querySelector<HTMLElement>('.heading');
    target?.focus();
  }

  private renderDraft(draft: Draft): TemplateResult {
    const lang = this.lang;
    const name = nameIn(draft);
    const completed = draft.status === 'completed';
    const context = html`<span class="visually-hidden">: ${this.describe(draft)}</span>`;
    return html`<li class="draft card" part="draft" data-id=${draft.id}>
      ${heading(this.level + 1, 'title', this.titleOf(draft))} ${name ? html`<p class="name">${name}</p>` : nothing}
      <p class="meta">
        ${t(lang, 'draftSavedAt')}
        <time datetime=${new Date(draft.updatedAt).toISOString()}>${this.savedAt(draft)}</time>
      </p>
      <p class="meta">
        <span class="progress">${t(lang, 'draftProgress', draft.progress)}</span>
        <strong class="status ${completed ? 'done' : ''}" part=${completed ? 'status done' : 'status'}
          >${t(lang, completed ? 'draftStatusCompleted' : 'draftStatusDraft')}</strong
        >
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary continue"
          part="button primary continue"
          @click=${() => this.select(draft)}
        >
          ${t(lang, 'draftContinue')}${context}
        </button>
        <button
          type="button"
          class="secondary delete"
          part="button secondary delete"
          @click=${() => this.askDelete(draft)}
        >
          ${t(lang, 'draftDelete')}${context}
        </button>
      </div>
    </li>`;
  }

  private renderList(): TemplateResult {
    const { status, drafts } = this.drafts;
    if (status === 'loading') return html`<p class="message">${t(this.lang, 'draftsLoading')}</p>`;
    if (status === 'failed') return html`<p class="message failed">${t(this.lang, 'draftsLoadFailed')}</p>`;
    if (drafts.length === 0) return html`<p class="message">${t(this.lang, 'draftsEmpty')}</p>`;
    return html`<ul class="list" part="list">
      ${drafts.map((draft) => this.renderDraft(draft))}
    </ul>`;
  }

  private renderDialog(): TemplateResult {
    const lang = this.lang;
    const draft = this.confirming;
    return html`<dialog
      part="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.onDialogClose}
    >
      <h2 id="confirm-title" class="dialog-title">${t(lang, 'draftDeleteTitle')}</h2>
      <p id="confirm-body">${draft ? t(lang, 'draftDeleteBody', { name: this.describe(draft) }) : ''}</p>
      ${this.deleteFailed ? html`<p class="failed" role="alert">${t(lang, 'draftDeleteFailed')}</p>` : nothing}
      <div class="actions">
        <button type="button" class="warning confirm" part="button warning confirm" @click=${this.confirmDelete}>
          ${t(lang, 'draftDeleteConfirm')}
        </button>
        <button
          type="button"
          class="secondary cancel"
          part="button secondary cancel"
          @click=${() => this.dialog.close()}
        >
          ${t(lang, 'draftDeleteCancel')}
        </button>
      </div>
    </dialog>`;
  }

  override render() {
    const problem = stringsState(this);
    if (!langLoaded(this) || problem === undefined) return nothing;
    return html`
      ${stringsNotice(this, problem)} ${heading(this.level, 'heading', t(this.lang, 'draftsTitle'))}
      ${this.renderList()}
      ${
        this.procedure
          ? html`<button type="button" class="primary new" part="button primary new" @click=${this.startNew}>
              ${t(this.lang, 'draftNew')}
            </button>`
          : nothing
      }
      ${this.renderDialog()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-drafts': DvcDrafts;
  }
  interface GlobalEventHandlersEventMap {
    'dvc-draft-selected': DvcDraftSelectedEvent;
    'dvc-draft-new': DvcDraftNewEvent;
  }
}
