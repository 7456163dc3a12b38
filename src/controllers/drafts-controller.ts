import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore } from '../storage/draft-store.js';
import type { Draft } from '../storage/types.js';

export type DraftsStatus = 'loading' | 'ready' | 'failed';

/** Which drafts to follow: a storage namespace, and one procedure or (when empty) all. */
export interface DraftsQuery {
  namespace: string;
  procedureId?: string;
}

/**
 * The drafts stored on this device, kept up to date for an element: it opens the namespace's store while the host is
 * connected and follows the list with a live query, so a draft saved in another tab appears without a reload. The
 * query is read from the host when it connects and before each update; a change starts a new watch. The storage code
 * (Dexie) is imported when the list is first followed, so a page that shows this element does not pay for it before
 * its first render.
 */
export class DraftsController implements ReactiveController {
  drafts: Draft[] = [];
  status: DraftsStatus = 'loading';

  private store: DraftStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private namespace = '';
  private procedureId: string | undefined;
  /** Bumped by every follow and close, so that a store that finishes loading late does not start a stale watch. */
  private generation = 0;
  private following = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => DraftsQuery,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    const { namespace, procedureId } = this.query();
    if (this.following && (namespace !== this.namespace || (procedureId || undefined) !== this.procedureId)) {
      this.follow();
    }
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Deletes a draft and its files; the live query then drops it from `drafts`. */
  async delete(id: string): Promise<void> {
    if (!this.store) throw new Error('The drafts list is not connected');
    await this.store.delete(id);
  }

  private follow(): void {
    const { namespace, procedureId } = this.query();
    if (namespace !== this.namespace) this.close();
    this.namespace = namespace;
    this.procedureId = procedureId || undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.following = true;
    const generation = ++this.generation;
    this.status = 'loading';
    this.host.requestUpdate();
    import('../storage/draft-store.js').then(
      ({ DraftStore }) => {
        if (generation !== this.generation) return;
        this.store ??= new DraftStore({ namespace });
        this.unsubscribe = this.store.watchList(
          this.procedureId,
          (drafts) => {
            this.drafts = drafts;
            this.status = 'ready';
            this.host.requestUpdate();
          },
          (error) => this.failed(error),
        );
      },
      (error: unknown) => {
        if (generation === this.generation) this.failed(error);
      },
    );
  }

  private failed(error: unknown): void {
    // The reason goes to the console for whoever maintains the portal; the person sees a plain message.
    console.error('dvc-kit: the drafts could not be read', error);
    this.status = 'failed';
    this.host.requestUpdate();
  }

  private close(): void {
    this.generation++;
    this.following = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store?.close();
    this.store = undefined;
  }
}
