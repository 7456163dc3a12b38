import { outboxStore, type OutboxItem, type OutboxStore } from '../storage/outbox-store.js';
import { attempt } from './outbox-attempt.js';

export { backoffDelay, retryAfterMs } from './outbox-http.js';

export interface OutboxConfig {
  namespace: string;
  /** The receiver's base URL, e.g. `https://dichvucong.example.vn/api/v1`. */
  endpoint: string;
  /** The portal's auth headers, asked for before every attempt. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  retryBaseMs?: number;
  retryCapMs?: number;
  chunkSize?: number;
  /** A request that hangs longer than this counts as a network error. */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
}

/** While another tab or worker holds the lock, look again this often: it may close before it has sent everything. */
const BUSY_RECHECK_MS = 10_000;
/** setTimeout's largest delay; a later retry is armed again when this one fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Sends the outbox of one namespace to one receiver, oldest first, one tab or worker at a time (a Web Lock), and
 * follows the submission API's rules for every answer. Events: `change` (an item changed), `sent` and `rejected`
 * (`CustomEvent` with `detail.item`: accepted; needs fixing), `auth-required` (`detail.item`: the portal should sign
 * the person in again and call `reauthenticated()`). It never logs what the items contain.
 */
export class OutboxSender extends EventTarget {
  private readonly endpoint: string;
  private store?: OutboxStore;
  private started = false;
  private running?: Promise<void>;
  private again = false;
  /** Grows with every stop, so that a loop started before the stop does not go on after it. */
  private generation = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private controller = new AbortController();
  private readonly onOnline = () => void this.kick();
  private readonly onVisible = () => void (globalThis.document?.visibilityState === 'visible' && this.kick());

  constructor(private config: OutboxConfig) {
    super();
    this.endpoint = config.endpoint.replace(/\/+$/, '');
  }

  /** Takes a newer auth hook (the portal that shares this sender signed in again, or another element gave one). */
  useHeaders(headers: OutboxConfig['headers']): void {
    if (headers) this.config = { ...this.config, headers };
  }

  /** Listens for the moments to send, and sends what is due; items waiting for sign-in get another try (a new page). */
  start(): void {
    if (this.started) return;
    this.started = true;
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.document?.addEventListener('visibilitychange', this.onVisible);
    this.reauthenticated().catch(() => this.kick());
  }

  /** Stops listening and cuts the attempt under way; that item is queued again, to resume from its last chunk. */
  stop(): void {
    this.started = false;
    this.generation++;
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.document?.removeEventListener('visibilitychange', this.onVisible);
    clearTimeout(this.timer);
    this.controller.abort();
    const store = this.store;
    this.store = undefined;
    void (this.running ?? Promise.resolve()).finally(() => store?.close());
  }

  /** Sends whatever is due, unless another tab or worker is sending this outbox already. Never rejects. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const generation = this.generation;
    const loop = async () => {
      // A kick that came while this one ran (an item added, the device back online) gets its own pass.
      do {
        this.again = false;
        await this.run();
      } while (this.again && generation === this.generation);
    };
    this.running = loop().finally(() => (this.running = undefined));
    return this.running;
  }

  /** The portal signed the person in again: items waiting for it are queued and sent. */
  async reauthenticated(): Promise<void> {
    const store = this.open();
    for (const item of await store.list()) {
      if (item.status === 'waiting-auth' && this.mine(item)) {
        await store.update(item.id, (current) => (current.status === 'waiting-auth' ? { status: 'queued' } : {}));
      }
    }
    this.emit('change');
    await this.kick();
  }

  private open(): OutboxStore {
    return (this.store ??= outboxStore(this.config.namespace));
  }

  /** Items for this receiver: those made for it, and those made without naming one. */
  private mine(item: OutboxItem): boolean {
    return item.endpoint === undefined || item.endpoint.replace(/\/+$/, '') === this.endpoint;
  }

  private async run(): Promise<void> {
    const controller = (this.controller = new AbortController());
    try {
      const drainAll = () => this.drain(controller.signal);
      const locks = globalThis.navigator?.locks;
      if (!locks) await drainAll();
      else {
        const name = `dvc-kit:${this.config.namespace}:outbox`;
        const held = await locks.request(name, { ifAvailable: true }, async (lock) => lock && (await drainAll(), true));
        if (!held) return this.arm(Date.now() + BUSY_RECHECK_MS);
      }
      if (controller.signal.aborted) return;
      const times = (await this.open().list())
        .filter((item) => item.status === 'retrying' && this.mine(item))
        .map((item) => item.nextAttemptAt ?? 0);
      if (times.length > 0) this.arm(Math.min(...times));
    } catch (error) {
      // Storage failed (closed by an upgrade in another tab, or full): try again later; the items are untouched.
      console.warn('dvc-kit: sending the outbox failed', error instanceof Error ? error.name : typeof error);
      this.arm(Date.now() + (this.config.retryBaseMs ?? 2000));
    }
  }

  /** Sends every due item once, oldest first, looking again after each (items may be added meanwhile). */
  private async drain(signal: AbortSignal): Promise<void> {
    const tried = new Set<string>();
    while (!signal.aborted) {
      const due = await this.open().due(Date.now());
      const next = due.find((item) => !tried.has(item.id) && this.mine(item));
      if (!next) return;
      tried.add(next.id);
      await this.send(next, signal);
    }
  }

  private async send(item: OutboxItem, signal: AbortSignal): Promise<void> {
    const done = await attempt(this.open(), item, {
      ...this.config,
      endpoint: this.endpoint,
      signal,
      changed: () => this.emit('change'),
    });
    if (done?.status === 'accepted') this.emit('sent', done);
    else if (done?.status === 'needs-fix') this.emit('rejected', done);
    else if (done?.status === 'waiting-auth') this.emit('auth-required', done);
  }

  private arm(at: number): void {
    if (!this.started) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.kick(), Math.min(MAX_TIMER_MS, Math.max(0, at - Date.now())));
  }

  private emit(type: string, item?: OutboxItem): void {
    this.dispatchEvent(item ? new CustomEvent(type, { detail: { item } }) : new Event(type));
  }
}

const senders = new Map<string, OutboxSender>();

/** The one started sender of this page (or worker) for a namespace and receiver; a later headers hook replaces the first. */
export function sharedSender(config: OutboxConfig): OutboxSender {
  const key = `${config.namespace}\n${config.endpoint.replace(/\/+$/, '')}`;
  let sender = senders.get(key);
  if (sender) sender.useHeaders(config.headers);
  else senders.set(key, (sender = new OutboxSender(config)));
  sender.start();
  return sender;
}
