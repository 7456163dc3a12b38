// What the offline and update suites share: the precache list the build wrote into sw.js, and a wait for the
// service worker to have stored all of it (controlling the page, activated, every entry in the cache).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './fill.mjs';

/**
 * The precache manifest of the service worker in `dist`: `[{ url, revision }]` as Workbox's generateSW wrote it
 * (`{url:"index.html",revision:"…"}`, revision `null` for hashed file names).
 */
export function precacheManifest(dist) {
  const source = readFileSync(join(dist, 'sw.js'), 'utf8');
  const entries = [...source.matchAll(/\{url:"([^"]+)",revision:(?:"([0-9a-f]+)"|null)\}/g)].map((match) => ({
    url: match[1],
    revision: match[2] ?? null,
  }));
  if (entries.length === 0) throw new Error(`${join(dist, 'sw.js')}: no precache entries found`);
  return entries;
}

/**
 * Waits until a service worker controls `page`, is activated, and its precache holds `expected` entries; returns
 * the number of entries. Only then may a test go offline: before that, "offline" would test a half-filled cache.
 */
export async function waitForPrecache(page, expected, timeout = 15_000) {
  let count = 0;
  await eventually(
    async () => {
      count = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!navigator.serviceWorker.controller || registration?.active?.state !== 'activated') return 0;
        const names = (await window.caches.keys()).filter((name) => name.startsWith('workbox-precache'));
        if (names.length !== 1) return 0;
        return (await (await window.caches.open(names[0])).keys()).length;
      });
      return count >= expected;
    },
    `the service worker to control the page and precache ${expected} entries (has ${count})`,
    timeout,
  );
  return count;
}
