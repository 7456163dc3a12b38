// scripts/serve-demo.mjs: what `npm start` and the end-to-end tests are served with.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.mjs';
import { startServer } from '../../scripts/serve-demo.mjs';

let root;
let server;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'dvc-serve-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'forms', 'birth-registration'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'forms', 'birth-registration', 'definition.json'), '{}');
  writeFileSync(join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'manifest.webmanifest'), '{}');
  server = await startServer({ root, port: 0 });
});
after(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * A GET with exactly the given headers (node:http rather than fetch, which sets `Sec-Fetch-Mode` itself).
 * Resolves to `{ status, headers, body }`.
 */
function get(path, headers = {}, base = server.url) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('files are served with their MIME type and the strict CSP', async () => {
  const expected = {
    '/': 'text/html; charset=utf-8',
    '/assets/index-abc.js': 'text/javascript; charset=utf-8',
    '/forms/birth-registration/definition.json': 'application/json; charset=utf-8',
    '/icon.svg': 'image/svg+xml',
    '/manifest.webmanifest': 'application/manifest+json; charset=utf-8',
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers['content-type'], type, path);
    assert.equal(response.headers['content-security-policy'], CONTENT_SECURITY_POLICY, path);
  }
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe/);
});

test('page navigations fall back to index.html; missing scripts and data stay 404', async () => {
  const page = await get('/procedures/birth-registration', { 'sec-fetch-mode': 'navigate', accept: 'text/html' });
  assert.equal(page.status, 200);
  assert.match(page.body, /<title>app<\/title>/);
  assert.equal((await get('/assets/missing.js', { 'sec-fetch-mode': 'cors' })).status, 404);
  assert.equal((await get('/forms/missing/definition.json', { accept: 'application/json' })).status, 404);
});

test('paths outside the root are refused', async () => {
  const response = await get('/%2e%2e/%2e%2e/etc/passwd');
  assert.ok([403, 404].includes(response.status), `status ${response.status}`);
  assert.doesNotMatch(response.body, /root:/);
});

test('a port in use falls back to a free one', async () => {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, 'localhost', resolve));
  const taken = blocker.address().port;
  const second = await startServer({ root, port: taken });
  try {
    assert.notEqual(second.port, taken);
    assert.equal((await get('/', {}, second.url)).status, 200);
  } finally {
    await second.close();
    blocker.close();
  }
});

test('a root without a build is an error that says to build', async () => {
  await assert.rejects(startServer({ root: join(root, 'assets'), port: 0 }), /vite build/);
});
