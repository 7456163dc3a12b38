/**
 * Background Sync, where the browser has it (Chromium): the page asks the service worker to send a namespace's
 * outbox when the device is next online, even if no tab of the portal is open then. The worker side is
 * src/sync/outbox-worker.ts. Elsewhere (Firefox, Safari) this does nothing and the page's own sender, which runs on
 * start, on `online`, on `visibilitychange` and on a timer, is what sends.
 */

/** The tag of a namespace's sync registration; the worker reads the namespace back from it. */
export const SYNC_TAG_PREFIX = 'dvc-kit-outbox:';

export function syncTag(namespace: string): string {
  return SYNC_TAG_PREFIX + encodeURIComponent(namespace);
}

export function namespaceOfTag(tag: string): string | undefined {
  return tag.startsWith(SYNC_TAG_PREFIX) ? decodeURIComponent(tag.slice(SYNC_TAG_PREFIX.length)) : undefined;
}

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/**
 * Asks for a one-off sync of the namespace's outbox. Resolves to whether the browser took the request; never rejects
 * (no service worker yet, no Background Sync, or permission refused all just mean the page's sender does the work).
 */
export async function requestBackgroundSync(namespace: string): Promise<boolean> {
  try {
    const registration = await globalThis.navigator?.serviceWorker?.getRegistration();
    const sync = (registration as (ServiceWorkerRegistration & { sync?: SyncManagerLike }) | undefined)?.sync;
    if (!registration?.active || !sync) return false;
    await sync.register(syncTag(namespace));
    return true;
  } catch {
    return false;
  }
}
