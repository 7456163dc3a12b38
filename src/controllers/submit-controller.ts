import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizedText } from '../core/definition/types.js';
import type { OutboxItem, OutboxStore } from '../storage/outbox-store.js';
import type { OutboxConfig } from '../sync/outbox.js';
import type { PdfState } from './pdf-controller.js';

/** The endpoint as an absolute URL without a trailing slash: how items and senders name their receiver. */
export function absoluteEndpoint(endpoint: string): string {
  return new URL(endpoint, document.baseURI).href.replace(/\/+$/, '');
}

const started = new Set<string>();

/**
 * Starts the page's sender (loaded lazily), so that submissions waiting in the outbox from an earlier visit go out
 * even if nobody opens the outbox list. Idempotent per namespace and endpoint.
 */
export function startSender(namespace: string, endpoint: string, headers?: OutboxConfig['headers']): void {
  const key = `${namespace}\n${absoluteEndpoint(endpoint)}`;
  if (!endpoint || started.has(key)) return;
  started.add(key);
  import('../sync/outbox.js').then(
    ({ sharedSender }) => sharedSender({ namespace, endpoint: absoluteEndpoint(endpoint), headers }),
    // Offline before the chunk was cached: the next start, or the outbox list, tries again.
    () => started.delete(key),
  );
}

/** What a form puts in the outbox: its signed PDF (as made), and where it goes. */
export interface SubmitRequest {
  pdf: Extract<PdfState, { status: 'ready' }>;
  procedureId: string;
  procedureVersion: string;
  procedureTitle: LocalizedText;
  /** The draft the answers are kept in, so that a submission sent back can be fixed there. */
  draftId?: string;
  namespace: string;
  endpoint: string;
  headers?: OutboxConfig['headers'];
}

export type SubmitState =
  | { status: 'idle' }
  | { status: 'queuing' }
  /** In the outbox; `item` follows its delivery live (undefined until first read back). */
  | { status: 'queued'; id: string; item?: OutboxItem }
  | { status: 'error'; error: unknown };

/**
 * Puts a form's signed submission in the device's outbox and follows it until it is received. Storage and the sender
 * are loaded only when the person submits (Dexie is already loaded by then for the draft; the sender is small), so a
 * form that is never submitted never downloads them. Once queued, delivery no longer depends on this page: the sender
 * runs in whichever tab or worker holds the lock, and the outbox survives reloads and restarts.
 */
export class SubmitController implements ReactiveController {
  state: SubmitState = { status: 'idle' };
  private store: OutboxStore | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stopFollowing();
  }

  get busy(): boolean {
    return this.state.status === 'queuing';
  }

  /** Forgets the submission shown (the form was changed, or another procedure opened); the outbox keeps it. */
  reset(): void {
    this.stopFollowing();
    this.set({ status: 'idle' });
  }

  async submit(request: SubmitRequest): Promise<SubmitState> {
    if (this.busy || this.state.status === 'queued') return this.state;
    this.set({ status: 'queuing' });
    try {
      const [{ outboxStore }, { sharedSender }, { requestBackgroundSync }] = await Promise.all([
        import('../storage/outbox-store.js'),
        import('../sync/outbox.js'),
        import('../sync/background-sync.js'),
      ]);
      const { pdf, namespace } = request;
      // Stored absolute: the service worker, which may send it with no page open, resolves nothing against a page.
      const endpoint = absoluteEndpoint(request.endpoint);
      const store = outboxStore(namespace);
      const item = await store.add({
        id: pdf.submissionId,
        draftId: request.draftId,
        procedureId: request.procedureId,
        procedureVersion: request.procedureVersion,
        procedureTitle: request.procedureTitle,
        pdf: new Blob([pdf.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        pdfSha256: pdf.sha256,
        fileName: pdf.fileName,
        submissionJson: pdf.submissionJson,
        endpoint,
      });
      this.follow(store, item);
      void sharedSender({ namespace, endpoint, headers: request.headers }).kick();
      void requestBackgroundSync(namespace);
    } catch (error) {
      // Nothing is lost: the answers are in the draft and the PDF is still offered for download.
      console.error('dvc-kit: the submission could not be queued', error);
      this.set({ status: 'error', error });
    }
    return this.state;
  }

  private follow(store: OutboxStore, item: OutboxItem): void {
    this.stopFollowing();
    this.store = store;
    this.set({ status: 'queued', id: item.id, item });
    this.unsubscribe = store.watchList(
      (items) => {
        if (this.state.status !== 'queued') return;
        const id = this.state.id;
        this.set({ status: 'queued', id, item: items.find((i) => i.id === id) });
      },
      () => undefined,
    );
  }

  private stopFollowing(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store?.close();
    this.store = undefined;
  }

  private set(state: SubmitState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
