import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.js';

const MIME_TYPES: Record<string, string> = {
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
function publicHeaders(pathname: string): Record<string, string> {
  return /^\/(embed|packs|forms)\//.test(pathname)
    ? { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }
    : {};
}

async function fileAt(path: string) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

/** A request for a page (typed URL, link, reload) rather than for a script, style, image or data file. */
function isNavigation(req: IncomingMessage): boolean {
  const mode = req.headers['sec-fetch-mode'];
  if (mode) return mode === 'navigate';
  return (req.headers.accept ?? '').includes('text/html');
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

/**
 * Serves a built app (`dist/`) as scripts/serve-demo.mjs does, so that `dvc-kit serve` shows what a strict portal
 * would: the CSP on every answer, no path outside the folder, pages falling back to the app shell, hashed assets
 * cached for good.
 */
export async function serveStatic(
  root: string,
  encodedPath: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(encodedPath);
  } catch {
    sendText(res, 400, 'Bad request');
    return;
  }
  let path = resolve(join(root, pathname));
  if (pathname.includes('\0') || (path !== root && !path.startsWith(root + sep))) {
    sendText(res, 403, 'Forbidden');
    return;
  }
  let info = await fileAt(path);
  if (!info && pathname.endsWith('/')) info = await fileAt((path = join(path, 'index.html')));
  // A portal may link to deep paths: pages fall back to the app shell, while a missing script or data file stays a
  // 404 so that a broken build is loud.
  if (!info && isNavigation(req)) info = await fileAt((path = join(root, 'index.html')));
  if (!info) {
    // With the CORS headers, another origin's page sees "HTTP 404" rather than an opaque network error.
    sendText(res, 404, 'Not found', publicHeaders(pathname));
    return;
  }
  const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  // Hashed assets never change; everything else (HTML, definitions, data) is revalidated on each visit.
  const cache = /^\/(embed\/)?(assets|chunks)\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, {
    ...publicHeaders(pathname),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Content-Type': type,
    'Content-Length': String(info.size),
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
}
