import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutboxItem, OutboxStatus, OutboxStore } from '../storage/outbox-store.js';
import { requestBackgroundSync } from '../sync/background-sync.js';
import type { OutboxConfig, OutboxSender } from '../sync/outbox.js';
import { absoluteEndpoint } from './submit-controller.js';

export type OutboxListStatus = 'loading' | 'ready' | 'failed';

/** Which outbox to follow, and where its submissions go (no endpoint: the list is shown, nothing is sent). */
export interface OutboxQuery {
  namespace: string;
  endpoint?: string;
  headers?: OutboxConfig['headers'];
}

/**
 * The submissions kept on this device, live, for an element; and the page's sender while an endpoint is set. The list
 * follows storage with a live query, so a submission sent by another tab, or by the service worker, changes state here
 * too. `onTransition` is told of every item whose status changed since the last read (never on the first read, so that
 * reopening the page does not announce old news). The storage and sending code (Dexie, the tus client) is imported when
 * the list is first followed, so a page that shows this element does not pay for it before its first render.
 */
export class OutboxController implements ReactiveController {
  items: OutboxItem[] = [];
  status: OutboxListStatus = 'loading';
  sender: OutboxSender | undefined;

  private store: OutboxStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private known: Map<string, OutboxStatus> | undefined;
  private followed = '';
  private sending = '';
  /** Bumped by every follow and disconnect, so that code that finishes loading late does not start a stale watch. */
  private generation = 0;
  private outbox: typeof import('../sync/outbox.js') | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => OutboxQuery,
    private readonly onTransition: (item: OutboxItem, previous: OutboxStatus) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    const { namespace, endpoint } = this.query();
    if (namespace !== this.followed) this.follow();
    else if ((endpoint ?? '') !== this.sending) this.connectSender();
  }

  hostDisconnected(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store?.close();
    this.store = undefined;
    this.followed = '';
    // The shared sender keeps running for the page (a form may still be sending); only our reference goes.
    this.sender = undefined;
    this.sending = '';
  }

  /** Sends what is due now, instead of waiting for the next attempt (the person pressed "Send now"). */
  async sendNow(id: string): Promise<void> {
    if (!this.store || !this.sender) return;
    await this.store.update(id, (item) =>
      item.status === 'retrying' || item.status === 'waiting-auth'
        ? { status: 'queued', nextAttemptAt: undefined }
        : {},
    );
    await this.sender.kick();
  }

  /** The portal signed the person in again: submissions waiting for it are sent. */
  async reauthenticated(): Promise<void> {
    await this.sender?.reauthenticated();
  }

  /** Deletes a submission from this device, at the person's explicit request (it will not be sent). */
  async discard(id: string): Promise<void> {
    if (!this.store) throw new Error('The outbox is not connected');
    await this.store.discard(id);
  }

  private follow(): void {
    this.hostDisconnected();
    const { namespace } = this.query();
    this.followed = namespace;
    this.known = undefined;
    this.status = 'loading';
    const generation = this.generation;
    this.host.requestUpdate();
    Promise.all([import('../storage/outbox-store.js'), import('../sync/outbox.js')]).then(
      ([{ outboxStore }, outbox]) => {
        if (generation !== this.generation) return;
        this.outbox = outbox;
        this.watch(outboxStore(namespace), namespace);
        this.connectSender();
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (generation === this.generation) this.failed(error);
      },
    );
  }

  private watch(store: OutboxStore, namespace: string): void {
    this.store = store;
    this.unsubscribe = store.watchList(
      (items) => {
        const known = this.known;
        this.known = new Map(items.map((item) => [item.id, item.status]));
        this.items = items;
        this.status = 'ready';
        this.host.requestUpdate();
        if (!known) return;
        for (const item of items) {
          const previous = known.get(item.id);
          if (previous === undefined || previous === item.status) continue;
          this.onTransition(item, previous);
          // Not sent this time: let the service worker send it when the device is next online, even with no tab open.
          if (item.status === 'retrying') void requestBackgroundSync(namespace);
        }
      },
      (error) => this.failed(error),
    );
  }

  private failed(error: unknown): void {
    // The reason goes to the console for whoever maintains the portal; the person sees a plain message.
    console.error('dvc-kit: the submitted applications could not be read', error);
    this.status = 'failed';
    this.host.requestUpdate();
  }

  private connectSender(): void {
    const { namespace, endpoint, headers } = this.query();
    // Until the sending code has loaded there is nothing to connect; `follow` connects once it has.
    if (!this.outbox) return;
    this.sending = endpoint ?? '';
    this.sender = endpoint
      ? this.outbox.sharedSender({ namespace, endpoint: absoluteEndpoint(endpoint), headers })
      : undefined;
  }
}
