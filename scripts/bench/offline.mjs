/* global document, navigator, requestAnimationFrame */
// Cold start offline, on the real built app (dist/): one online visit until the service worker controls the page
// with its precache complete, then the network off (and the server stopped, so that nothing can leak through), and
// new pages on birth registration, each timed from navigation start to its first field visible and enabled.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../serve-demo.mjs';

const ROUTE = '#/birth-registration';

/**
 * Runs in every page of the context from the first script on: records (page time) when the first field of the
 * form has a control that is laid out and enabled. Field elements are found through the open shadow roots.
 */
function firstFieldProbe() {
  const controlIn = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      if (element.tagName.endsWith('-FIELD')) {
        const control = element.shadowRoot.querySelector('input:not([type=hidden]), select, textarea');
        if (control) return control;
      }
      const found = controlIn(element.shadowRoot);
      if (found) return found;
    }
    return undefined;
  };
  const interactive = () => {
    if (globalThis.dvcBenchInteractive !== undefined) return true;
    const form = document.querySelector('dvc-form');
    const control = form?.shadowRoot && controlIn(form.shadowRoot);
    if (!control || control.disabled || control.getBoundingClientRect().height === 0) return false;
    globalThis.dvcBenchInteractive = performance.now();
    globalThis.dvcBenchFirstField = control.id;
    return true;
  };
  const everyFrame = () => void (interactive() || requestAnimationFrame(everyFrame));
  const everyFewMs = () => void (interactive() || setTimeout(everyFewMs, 4));
  everyFrame();
  everyFewMs();
}

async function interactiveAt(page) {
  await page.waitForFunction(() => globalThis.dvcBenchInteractive !== undefined, null, { timeout: 20_000 });
  return page.evaluate(() => globalThis.dvcBenchInteractive);
}

/** Waits until a service worker controls `page`, is activated (so its precache is complete); returns the entries. */
async function waitForServiceWorker(page, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const entries = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!navigator.serviceWorker.controller || registration?.active?.state !== 'activated') return 0;
      const names = (await globalThis.caches.keys()).filter((name) => name.startsWith('workbox-precache'));
      const caches = await Promise.all(names.map((name) => globalThis.caches.open(name)));
      return (await Promise.all(caches.map((cache) => cache.keys()))).flat().length;
    });
    if (entries > 0) return entries;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The service worker did not take control of the page within 30 s');
}

/**
 * Returns `{ skipped }` when dist/ has no service worker, else `{ online, times, precached, firstField }`: the first
 * (online) visit's time, the offline cold starts' times, the number of precached files and the id of the control timed.
 */
export async function measureOfflineStart(browser, root, { runs = 10 } = {}) {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'sw.js'))) return { skipped: 'service worker not found (dist/sw.js is missing)' };
  const server = await startServer({ root: dist, port: 0 });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(firstFieldProbe);
    const errors = [];
    const watch = (page) => page.on('pageerror', (error) => errors.push(error.message));

    const first = await context.newPage();
    watch(first);
    await first.goto(server.url + ROUTE);
    const online = await interactiveAt(first);
    const firstField = await first.evaluate(() => globalThis.dvcBenchFirstField);
    const precached = await waitForServiceWorker(first);
    await first.close();

    await context.setOffline(true);
    await server.close();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      watch(page);
      await page.goto(server.url + ROUTE);
      times.push(await interactiveAt(page));
      if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
        throw new Error('An offline page was not served by the service worker');
      }
      await page.close();
    }
    if (errors.length) throw new Error(`Errors in the app: ${errors.join('; ')}`);
    return { online, times, precached, firstField };
  } finally {
    await context.close();
    await server.close();
  }
}
