#!/usr/bin/env node
// Serves the built demo (`dist/`) with Node's own http module and the same Content-Security-Policy as `vite preview`,
// so that `npm start` and the end-to-end tests show exactly what a strict portal would. No dependencies on purpose.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './csp.mjs';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/**
 * The drop-in bundle (/embed/), the procedure packs (/packs/) and the definitions and reference data (/forms/) are
 * public files that other origins' pages load: module scripts and `fetch` are CORS requests, so they need
 * `Access-Control-Allow-Origin`, and `Cross-Origin-Resource-Policy` lets pages that isolate themselves (COEP) use
 * them too. Nothing here depends on cookies, so `*` is right. The rest of the app stays same-origin.
 */
function publicHeaders(pathname) {
  return /^\/(embed|packs|forms)\//.test(pathname)
    ? { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }
    : {};
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

/** A request for a page (typed URL, link, reload) rather than for a script, style, image or data file. */
function isNavigation(req) {
  const mode = req.headers['sec-fetch-mode'];
  if (mode) return mode === 'navigate';
  return (req.headers.accept ?? '').includes('text/html');
}

function send(res, status, headers, body) {
  res.writeHead(status, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...headers });
  res.end(body);
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed');
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request');
    return;
  }
  let path = resolve(join(root, pathname));
  if (path !== root && !path.startsWith(root + sep)) {
    send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Forbidden');
    return;
  }
  let info = await fileAt(path);
  if (!info && pathname.endsWith('/')) info = await fileAt((path = join(path, 'index.html')));
  // The demo routes in the URL hash, but a portal may link to deep paths: pages fall back to the app shell, while a
  // missing script or data file stays a 404 so that a broken build is loud.
  if (!info && isNavigation(req)) info = await fileAt((path = join(root, 'index.html')));
  if (!info) {
    // With the CORS headers, another origin's page sees "HTTP 404" rather than an opaque network error.
    send(res, 404, { ...publicHeaders(pathname), 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found');
    return;
  }
  const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  // Hashed assets never change; everything else (HTML, definitions, data) is revalidated on each visit.
  const cache = /^\/(embed\/)?(assets|chunks)\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, {
    ...publicHeaders(pathname),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Content-Type': type,
    'Content-Length': info.size,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, 'localhost');
  });
}

/**
 * Starts serving `root` on `port` (0 = any free port). When the port is taken it falls back to a free one.
 * Resolves to `{ url, port, close() }`.
 */
export async function startServer({ root = 'dist', port = 5173 } = {}) {
  const absoluteRoot = resolve(root);
  if (!(await fileAt(join(absoluteRoot, 'index.html')))) {
    throw new Error(`No built app in ${absoluteRoot} (index.html is missing). Run \`npx vite build\` first.`);
  }
  const server = createServer((req, res) => {
    handle(absoluteRoot, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Internal error');
      else res.destroy();
    });
  });
  let actualPort;
  try {
    actualPort = await listen(server, port);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    actualPort = await listen(server, 0);
  }
  return {
    url: `http://localhost:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function portFromArgs(argv) {
  const index = argv.indexOf('--port');
  const inline = argv.find((arg) => arg.startsWith('--port='));
  const raw = inline ? inline.slice('--port='.length) : index >= 0 ? argv[index + 1] : process.env.PORT;
  if (raw === undefined) return 5173;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${raw}`);
    process.exit(2);
  }
  return port;
}

async function main() {
  const root = fileURLToPath(new URL('../dist/', import.meta.url));
  const { url, close } = await startServer({ root, port: portFromArgs(process.argv.slice(2)) });
  console.log(`dvc-kit demo: ${url}`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
