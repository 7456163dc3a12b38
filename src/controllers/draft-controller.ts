import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getAt, setAt } from '../core/data/paths.js';
import type { AttachmentValue, LocalizedText, ProcedureDefinition } from '../core/definition/types.js';
import type { SetAsideValue } from '../core/model/types.js';
import type { DraftStore } from '../storage/draft-store.js';
import { clearJournal, readJournal, writeJournal } from '../storage/journal.js';
import { StorageFullError, type Draft, type DraftChange } from '../storage/types.js';
import { DvcDraftSavedEvent } from '../elements/form/form-events.js';

/** How long after the last keystroke a change is written (the issue asks for about 250 ms). */
const DEBOUNCE_MS = 150;
/** Someone typing without pause is still saved at least this often. */
const MAX_WAIT_MS = 1000;

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error'; reason: 'full' | 'failed' };

export type Durability = { persistence: 'persisted' | 'best-effort' | 'unsupported'; usage?: number; quota?: number };

/** What the controller needs from the form that owns the answers. */
export interface DraftHost extends ReactiveControllerHost, EventTarget {
  value: Record<string, unknown>;
  /** Called when another tab changed the draft: the merged data (this tab's unsaved edits win). */
  applyRemoteData(data: Record<string, unknown>): void;
  /** Called when a file could not be stored: the field goes back to what it held before. */
  refuseAttachment(path: string, previous: unknown): void;
}

interface PendingFile {
  path: string;
  value: AttachmentValue;
  blob: Blob;
  previous: unknown;
}

function isAttachment(value: unknown): value is AttachmentValue {
  return value !== null && typeof value === 'object' && typeof (value as AttachmentValue).sha256 === 'string';
}

/**
 * Keeps a form's answers in the device's storage: every change is written within ~150 ms of the last keystroke (and
 * at once when the page is hidden or closed), only the paths this tab changed are written so that two tabs on one
 * draft never undo each other, files are stored in the same transaction as the answers that point at them, and a
 * draft made with an older version of the procedure is migrated without losing anything.
 */
export class DraftController implements ReactiveController {
  draftId?: string;
  state: SaveState = { kind: 'idle' };
  durability?: Durability;
  setAside: SetAsideValue[] = [];
  /**
   * The store, loaded on demand: IndexedDB and Dexie (about 30 KB gzip) are fetched when a draft is opened or first
   * saved, not with the first page, so a citizen on a weak connection sees the form sooner.
   */
  private store?: Promise<DraftStore>;
  private namespace = 'default';
  private definition?: ProcedureDefinition;
  private dirty = new Set<string>();
  private pendingFiles = new Map<string, PendingFile>();
  /** Files handed to the store by the save in progress: still served to previews until it commits. */
  private writingFiles = new Map<string, PendingFile>();
  private removedFiles = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private firstDirtyAt = 0;
  private saving: Promise<void> = Promise.resolve();
  private lastSeen = 0;
  private unwatch?: () => void;
  step = '';
  progress = { done: 0, total: 0 };
  private status: Draft['status'] = 'draft';
  /** No stored draft yet: the first save writes every answer the form holds (a portal may have prefilled some). */
  private fresh = true;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') this.leaving();
  };
  private readonly onPageHide = () => this.leaving();

  /**
   * The page is being hidden or unloaded: start the save, and since the browser may cut it off with the page, also
   * journal the unsaved answers synchronously (storage/journal.ts); they are replayed when the draft is next opened.
   */
  private leaving(): void {
    const paths = [...this.dirty].filter((path) => path !== '');
    if (this.definition && (paths.length > 0 || this.dirty.has(''))) {
      this.draftId ??= crypto.randomUUID();
      writeJournal(this.namespace, this.draftId, {
        procedureId: this.definition.id,
        procedureVersion: this.definition.version,
        patches: paths.map((path) => ({ path, value: getAt(this.host.value, path) })),
        step: this.step,
        at: Date.now(),
      });
    }
    void this.flush().catch(() => undefined);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    void this.flush();
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    this.unwatch?.();
  }

  /**
   * Opens (or prepares) the draft `id` for `definition`: returns its data and step when it exists, migrated to this
   * version of the procedure. Without an id, a new one is made when the person first changes something.
   */
  async open(definition: ProcedureDefinition, namespace: string, id?: string): Promise<Draft | undefined> {
    this.unwatch?.();
    void this.store?.then((store) => store.close());
    this.store = undefined;
    this.namespace = namespace;
    this.definition = definition;
    this.draftId = id || undefined;
    this.dirty.clear();
    this.setAside = [];
    const draft = this.draftId ? await (await this.storeFor()).get(this.draftId) : undefined;
    this.fresh = !draft;
    if (!draft) return undefined;
    this.lastSeen = draft.updatedAt;
    this.setAside = draft.setAside;
    this.step = draft.step;
    this.status = draft.status;
    this.progress = draft.progress;
    if (draft.procedureVersion !== definition.version) {
      // Loaded only for a draft of another version, which most openings are not (it keeps the first load small).
      const { migrateData } = await import('../core/model/migrate.js');
      const migrated = migrateData(definition, draft.data, draft.procedureVersion);
      this.setAside = [...draft.setAside, ...migrated.setAside];
      // The migrated answers are written back whole (every top-level answer, old or new), with the values set
      // aside kept beside them, as soon as the form has taken them.
      for (const key of new Set([...Object.keys(draft.data), ...Object.keys(migrated.data)])) this.dirty.add(key);
      draft.data = migrated.data;
      this.schedule();
    }
    const journal = readJournal(this.namespace, draft.id);
    if (journal && journal.at > draft.updatedAt && journal.procedureId === definition.id) {
      // Answers typed just before the page went away, which the save did not manage to write: put them back.
      for (const { path, value } of journal.patches) {
        draft.data = setAt(draft.data, path, value);
        this.dirty.add(path);
      }
      if (journal.step) draft.step = this.step = journal.step;
      this.dirty.add('');
      this.schedule();
    } else if (journal) {
      clearJournal(this.namespace, draft.id);
    }
    this.watch(await this.storeFor(), draft.id);
    return { ...draft, setAside: this.setAside };
  }

  private storeFor(): Promise<DraftStore> {
    this.store ??= import('../storage/draft-store.js').then(
      ({ DraftStore }) => new DraftStore({ namespace: this.namespace }),
    );
    return this.store;
  }

  private watch(store: DraftStore, id: string): void {
    this.unwatch = store.watch(id, (stored) => {
      if (!stored || stored.updatedAt <= this.lastSeen) return;
      this.lastSeen = stored.updatedAt;
      // Another tab wrote: take its answers, but keep what this tab changed and has not written yet.
      let data = stored.data;
      for (const path of this.dirty) if (path !== '') data = setAt(data, path, getAt(this.host.value, path));
      this.host.applyRemoteData(data);
    });
  }

  /** An answer changed at `path` (its old value was `previous`). */
  change(path: string, previous: unknown, next: unknown): void {
    if (isAttachment(previous) && (!isAttachment(next) || next.id !== previous.id)) {
      if (this.pendingFiles.has(previous.id)) this.pendingFiles.delete(previous.id);
      else this.removedFiles.add(previous.id);
    }
    this.dirty.add(path);
    this.schedule();
  }

  /** A file was chosen for `path`; it is stored with the next save, together with the answer pointing at it. */
  attach(path: string, value: AttachmentValue, blob: Blob, previous: unknown): void {
    this.pendingFiles.set(value.id, { path, value, blob, previous });
  }

  /** The step or progress changed (saved with the answers, so that reopening resumes on the same step). */
  moved(step: string, progress: { done: number; total: number }): void {
    this.step = step;
    this.progress = progress;
    this.dirty.add('');
    this.schedule();
  }

  /** The person confirmed the declaration: the draft is complete (it stays until submitted or deleted). */
  complete(): Promise<void> {
    this.status = 'completed';
    this.dirty.add('');
    return this.flush();
  }

  /** The person dismissed the values set aside by a migration. */
  clearSetAside(): void {
    this.setAside = [];
    this.dirty.add('');
    this.schedule();
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.timer) this.firstDirtyAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstDirtyAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** True while a change waits for its save (the form's `saving` state); false once it was written or failed. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Writes everything not yet written. Resolves when it is committed; rejects when it could not be. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.saving = this.saving.then(() => this.write());
    return this.saving;
  }

  private async write(): Promise<void> {
    if (!this.definition || (this.dirty.size === 0 && this.pendingFiles.size === 0)) return;
    const store = await this.storeFor();
    const definition = this.definition;
    this.draftId ??= crypto.randomUUID();
    if (this.fresh) for (const key of Object.keys(this.host.value)) this.dirty.add(key);
    const paths = [...this.dirty].filter((path) => path !== '');
    const files = [...this.pendingFiles.values()].filter((file) => getAt(this.host.value, file.path) === file.value);
    const change: DraftChange = {
      id: this.draftId,
      procedureId: definition.id,
      procedureVersion: definition.version,
      procedureTitle: definition.title as LocalizedText,
      patches: paths.map((path) => ({ path, value: getAt(this.host.value, path) })),
      step: this.step,
      status: this.status,
      progress: this.progress,
      setAside: this.setAside,
      addAttachments: files.map((file) => ({ ...file.value, fieldPath: file.path, blob: file.blob })),
      removeAttachments: [...this.removedFiles],
    };
    this.dirty.clear();
    this.writingFiles = new Map(files.map((file) => [file.value.id, file]));
    for (const file of files) this.pendingFiles.delete(file.value.id);
    const removed = [...this.removedFiles];
    this.removedFiles.clear();
    let draft: Draft;
    try {
      draft = await store.save(change);
    } catch (error) {
      this.writingFiles.clear();
      for (const id of removed) this.removedFiles.add(id);
      if (error instanceof StorageFullError && files.length > 0) {
        // The files did not fit: refuse them, and still save the answers without them.
        for (const file of files) this.host.refuseAttachment(file.path, file.previous);
        for (const path of paths) this.dirty.add(path);
        this.dirty.add('');
        await this.write();
        this.state = { kind: 'error', reason: 'full' };
        this.host.requestUpdate();
        throw error;
      }
      for (const path of paths) this.dirty.add(path);
      this.dirty.add('');
      this.state = { kind: 'error', reason: error instanceof StorageFullError ? 'full' : 'failed' };
      this.host.requestUpdate();
      throw error;
    }
    this.writingFiles.clear();
    this.fresh = false;
    clearJournal(this.namespace, draft.id, draft.updatedAt);
    const first = this.state.kind === 'idle';
    this.lastSeen = Math.max(this.lastSeen, draft.updatedAt);
    this.state = { kind: 'saved', at: draft.updatedAt };
    if (!this.unwatch) this.watch(store, draft.id);
    this.host.dispatchEvent(new DvcDraftSavedEvent(draft.id, draft.updatedAt));
    this.host.requestUpdate();
    if (first) void this.checkDurability();
  }

  /** After the first save: ask the browser to keep this origin's data, and read how much room there is. */
  private async checkDurability(): Promise<void> {
    const { estimateStorage, requestPersistence } = await import('../storage/durability.js');
    const persistence = await requestPersistence();
    const estimate = await estimateStorage();
    this.durability = { persistence, usage: estimate?.usage, quota: estimate?.quota };
    this.host.requestUpdate();
  }

  /** The stored file of an attachment (pending ones first, as they may not be written yet). */
  async attachment(id: string): Promise<Blob | undefined> {
    const pending = this.pendingFiles.get(id) ?? this.writingFiles.get(id);
    if (pending) return pending.blob;
    return this.store ? (await (await this.store).attachment(id))?.blob : undefined;
  }
}
