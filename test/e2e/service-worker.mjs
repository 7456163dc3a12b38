// What the offline and update suites share: the precache list the build wrote into sw.js, and a wait for the
// service worker to have stored all of it (controlling the page, activated, every entry in the cache).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * "Version B" of a build: a copy of `dist` whose index.html carries a marker (`meta[name="dvc-e2e-build"]`) and whose
 * sw.js lists the new revision of index.html, which is what a redeploy changes. Returns the folder.
 */
export function makeVersionB(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-version-b-'));
  cpSync(dist, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(
    '<head>',
    '<head>\n    <meta name="dvc-e2e-build" content="B" />',
  );
  writeFileSync(join(dir, 'index.html'), html);
  const revision = createHash('md5').update(html).digest('hex');
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const patched = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
  assert.notEqual(patched, sw, 'sw.js lists index.html with a revision');
  writeFileSync(join(dir, 'sw.js'), patched);
  return dir;
}
