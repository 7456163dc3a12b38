import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftStore } from '../storage/draft-store.js';
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
 * query is read from the host when it connects and before each update; a change starts a new watch.
 */
export class DraftsController implements ReactiveController {
  drafts: Draft[] = [];
  status: DraftsStatus = 'loading';

  private store: DraftStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private namespace = '';
  private procedureId: string | undefined;

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
    if (this.store && (namespace !== this.namespace || (procedureId || undefined) !== this.procedureId)) this.follow();
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
    this.store ??= new DraftStore({ namespace });
    this.status = 'loading';
    this.host.requestUpdate();
    this.unsubscribe = this.store.watchList(
      this.procedureId,
      (drafts) => {
        this.drafts = drafts;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      (error) => {
        // The reason goes to the console for whoever maintains the portal; the person sees a plain message.
        console.error('dvc-kit: the drafts could not be read', error);
        this.status = 'failed';
        this.host.requestUpdate();
      },
    );
  }

  private close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store?.close();
    this.store = undefined;
  }
}
