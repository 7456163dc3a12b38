import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A lower-case UUID: the only form of id the API accepts (ids are never taken as paths otherwise). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An absolute URL on the host the client asked for, when its Host header looks like a host; else the path alone
 * (a relative reference, which resolves against the request URL just the same). The Host header is the client's own.
 */
export function urlOnHost(host: string | null | undefined, path: string): string {
  const sane = host && /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host);
  return sane ? `http://${host}${path}` : path;
}

/** Headers a cross-origin page may send, and read back, under the submission API. */
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Idempotency-Key',
  'Tus-Resumable',
  'Upload-Length',
  'Upload-Metadata',
  'Upload-Offset',
];
const EXPOSED_HEADERS = [
  'Location',
  'Upload-Offset',
  'Upload-Length',
  'Tus-Resumable',
  'Retry-After',
  'Idempotent-Replayed',
];

/** CORS headers for an actual request: only for a configured origin (none by default: same origin only). */
export function corsHeaders(req: IncomingMessage, origins: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !origins.includes(origin)) return origins.length ? { Vary: 'Origin' } : {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

/** Answers a CORS preflight. A page from another origin gets nothing to allow it, and the browser stops there. */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  origins: readonly string[],
  methods: string,
  extra: Record<string, string> = {},
): void {
  const cors = corsHeaders(req, origins);
  const allowed = 'Access-Control-Allow-Origin' in cors;
  res.writeHead(204, {
    ...cors,
    ...extra,
    Allow: methods,
    ...(allowed
      ? {
          'Access-Control-Allow-Methods': methods,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
          'Access-Control-Max-Age': '600',
        }
      : {}),
  });
  res.end();
}

/** Compares a bearer token in constant time (through digests, so that lengths do not leak either). */
export function authorized(req: IncomingMessage, token: string | undefined): boolean {
  if (token === undefined) return true;
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1].trim()), digest(token));
}

/** Lets a client that sent `Expect: 100-continue` send its body: called only once the request is accepted so far. */
export function continueIfExpected(req: IncomingMessage, res: ServerResponse): void {
  if (/100-continue/i.test(req.headers.expect ?? '') && !res.headersSent) res.writeContinue();
}

export type BodyResult = { bytes: Buffer<ArrayBuffer> } | { tooLarge: true } | { aborted: true };

/**
 * Reads a request body up to `limit` bytes. A declared length over the limit is refused before reading a byte; a body
 * that grows past it is no longer read. A client that goes away mid-body is reported as aborted.
 */
export function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ tooLarge: true });
  continueIfExpected(req, res);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ tooLarge: true });
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => finish({ bytes: Buffer.concat(chunks, size) });
    const onClose = () => finish({ aborted: true });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', onClose);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
