/**
 * Registration of the service worker that vite-plugin-pwa generates (see vite.config.ts), and the update flow that
 * protects what people type: a new version is downloaded in the background and then waits; the page is told
 * (`onUpdateReady`) and decides when to switch, after its forms have saved their drafts. Nothing here reloads a page
 * unless the page called `apply()`.
 */

/** A new version of the app, downloaded and waiting. */
export interface UpdateReady {
  /** Lets the new version take over, then loads the page once under it. Call it only after drafts are saved. */
  apply(): Promise<void>;
}

export interface ServiceWorkerOptions {
  /** A new version is waiting (or another tab has already switched to it). May be called more than once. */
  onUpdateReady: (update: UpdateReady) => void;
  /** The first version was installed: everything the app needs is stored, and it now works without a network. */
  onOfflineReady?: () => void;
}

/** What the update flow uses of workbox-window's `Workbox` (the unit tests stand in for it). */
export interface WorkboxLike {
  addEventListener(
    type: 'waiting' | 'controlling' | 'activated',
    listener: (event: { isUpdate?: boolean; isExternal?: boolean }) => void,
  ): void;
  messageSkipWaiting(): void;
}

/** What the update flow uses of the page. */
export interface UpdateEnvironment {
  /** Whether a service worker controls the page now. */
  controlled(): boolean;
  /** Whether a new version is installed and waiting. */
  waiting(): boolean;
  reload(): void;
}

/**
 * Wires Workbox's lifecycle events to the callbacks. The page reloads at most once, and only after `apply()`.
 * Exported for the unit tests; pages call `registerServiceWorker`.
 */
export function followUpdates(wb: WorkboxLike, options: ServiceWorkerOptions, env: UpdateEnvironment): void {
  let controlled = env.controlled();
  let requested = false;
  let takenOver = false;
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    env.reload();
  };
  const update: UpdateReady = {
    async apply() {
      requested = true;
      // When another tab accepted the update first, the new version already controls this page (it claims every
      // client) and nothing waits any more: loading the page again is all that is left to do.
      if (takenOver || !env.waiting()) reloadOnce();
      else wb.messageSkipWaiting();
    },
  };
  const offer = () => options.onUpdateReady(update);
  wb.addEventListener('waiting', offer);
  wb.addEventListener('controlling', () => {
    if (requested) reloadOnce();
    else if (controlled) {
      // Another tab switched versions. This page keeps running the old code, whose lazily loaded files the new
      // version no longer stores, so the person is offered the reload instead of getting it by surprise.
      takenOver = true;
      offer();
    }
    controlled = true;
  });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate && !event.isExternal) options.onOfflineReady?.();
  });
}

/**
 * Registers `/sw.js` (under the app's base URL) in production builds, where the browser has service workers; in
 * development and elsewhere it does nothing. workbox-window is loaded only after the page's `load` event, so the
 * first paint does not wait for it. Rejects if the browser refuses the registration (the app still works online).
 */
export async function registerServiceWorker(options: ServiceWorkerOptions): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  }
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  const found: { registration?: ServiceWorkerRegistration } = {};
  followUpdates(wb, options, {
    controlled: () => Boolean(navigator.serviceWorker.controller),
    waiting: () => Boolean(found.registration?.waiting),
    reload: () => location.reload(),
  });
  found.registration = await wb.register({ immediate: true });
  // Browsers look for a new version when a page is opened. A tablet left open on an island that was offline for
  // days gets its chance as soon as the connection returns.
  window.addEventListener('online', () => {
    wb.update().catch(() => {
      // Offline again already; the next page load or reconnection checks again.
    });
  });
}
