/**
 * The service worker's part of sending (imported into the Workbox-generated worker with `importScripts`, bundled by
 * the `outboxWorker` plugin in vite.config.ts): on a Background Sync event for a namespace, it sends that namespace's
 * outbox with the same sender the pages use, under the same Web Lock, so a tab and the worker never send at once.
 * The worker has no auth hook: a receiver that answers 401/403 leaves the item `waiting-auth` for a page to send.
 * If something is still due when it is done (the receiver failed again), the sync fails and the browser retries it
 * later with its own backoff.
 */
import { outboxStore, type OutboxItem } from '../storage/outbox-store.js';
import { namespaceOfTag } from './background-sync.js';
import { OutboxSender } from './outbox.js';

interface SyncEventLike extends Event {
  readonly tag: string;
  waitUntil(promise: Promise<unknown>): void;
}

const waiting = (item: OutboxItem) =>
  item.status === 'queued' || item.status === 'retrying' || item.status === 'sending';

async function sendOutbox(namespace: string): Promise<void> {
  const store = outboxStore(namespace);
  try {
    const items = (await store.list()).filter(waiting);
    // The browser fires a sync when it believes the network is back: what waits for a later retry is due now.
    for (const item of items.filter((i) => i.status === 'retrying')) {
      await store.update(item.id, (current) =>
        current.status === 'retrying' ? { status: 'queued', nextAttemptAt: undefined } : {},
      );
    }
    const endpoints = new Set(items.flatMap((item) => item.endpoint ?? []));
    for (const endpoint of endpoints) {
      const sender = new OutboxSender({ namespace, endpoint });
      await sender.kick();
      sender.stop();
    }
    const left = (await store.list()).filter((item) => waiting(item) && item.endpoint);
    if (left.length > 0) throw new Error(`${left.length} submissions are still waiting`);
  } finally {
    store.close();
  }
}

globalThis.addEventListener('sync', (event) => {
  const sync = event as SyncEventLike;
  const namespace = namespaceOfTag(sync.tag);
  if (namespace !== undefined) sync.waitUntil(sendOutbox(namespace));
});
