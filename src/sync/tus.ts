import { ensureOk, NetworkError, request, type Answer, type RequestOptions } from './outbox-http.js';

export { HttpError, NetworkError } from './outbox-http.js';

// A small tus 1.0.0 client (core protocol + creation extension) on fetch alone, so that it runs in the service worker
// too, where XMLHttpRequest does not exist. https://tus.io/protocols/resumable-upload

const TUS_VERSION = '1.0.0';
const DEFAULT_CHUNK = 512 * 1024;
/** The smallest chunk tried on a slow link: 64 KiB in the default 60 s per request is about 9 kbit/s. */
const MIN_CHUNK = 64 * 1024;
/** Offset conflicts (409) or vanished uploads (404/410) tolerated in one call before giving up as a failed attempt. */
const MAX_RECOVERIES = 3;

export interface UploadOptions extends RequestOptions {
  /** The creation URL (`<endpoint>/uploads`). */
  endpoint: string;
  file: Blob;
  /** Sent as `Upload-Metadata`, each value base64 of its UTF-8. */
  metadata: Record<string, string>;
  /** Sent with every request (auth, Idempotency-Key). */
  headers: Record<string, string>;
  /** Where an earlier attempt uploaded to: the upload resumes from the offset the server has. */
  uploadUrl?: string;
  chunkSize?: number;
  /** A new upload was created here; awaited before the first byte is sent, so that the URL is stored first. */
  onUrl?(url: string): Promise<void>;
  /** The server has acknowledged this many bytes; awaited after every chunk. */
  onProgress?(acknowledgedBytes: number): Promise<void>;
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function offsetOf(answer: Answer, header = 'Upload-Offset'): number {
  const value = Number(answer.headers.get(header) ?? NaN);
  if (!Number.isSafeInteger(value) || value < 0) throw new NetworkError('protocol');
  return value;
}

/** Uploads `file` in chunks, resuming where the server stopped, and returns the upload URL once it has every byte. */
export async function uploadResumable(options: UploadOptions): Promise<string> {
  const { file, chunkSize = DEFAULT_CHUNK } = options;
  const headers = { ...options.headers, 'Tus-Resumable': TUS_VERSION };
  const send = (url: string, init: RequestInit) =>
    request(url, { ...init, headers: { ...headers, ...init.headers } }, options);

  /** The server's offset of an existing upload; undefined when the server no longer knows it (or it is another file). */
  async function offsetAt(url: string): Promise<number | undefined> {
    const answer = await send(url, { method: 'HEAD', cache: 'no-store' });
    if (answer.status === 404 || answer.status === 410) return undefined;
    ensureOk(answer);
    const offset = offsetOf(answer);
    const length = answer.headers.get('Upload-Length');
    return (length !== null && Number(length) !== file.size) || offset > file.size ? undefined : offset;
  }

  async function create(): Promise<string> {
    const metadata = Object.entries(options.metadata)
      .map(([key, value]) => `${key} ${base64(value)}`)
      .join(',');
    const answer = ensureOk(
      await send(options.endpoint, {
        method: 'POST',
        headers: { 'Upload-Length': String(file.size), 'Upload-Metadata': metadata },
      }),
    );
    const location = answer.headers.get('Location');
    if (!location) throw new NetworkError('protocol');
    const url = new URL(location, answer.url).href;
    await options.onUrl?.(url);
    return url;
  }

  let url = options.uploadUrl;
  let offset = url === undefined ? undefined : await offsetAt(url);
  if (url === undefined || offset === undefined) [url, offset] = [await create(), 0];
  await options.onProgress?.(offset);
  let recoveries = 0;
  let size = chunkSize;
  while (offset < file.size) {
    const end = Math.min(file.size, offset + size);
    let answer: Answer;
    try {
      answer = await send(url, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(offset) },
        body: file.slice(offset, end),
      });
    } catch (error) {
      // A chunk that cannot cross the link in the time allowed never will: on a slow link (an island commune on
      // EDGE) try halves, down to 64 KiB, from wherever the server got to. Anything else fails the attempt.
      const slow = error instanceof NetworkError && error.reason === 'timeout' && !options.signal?.aborted;
      if (!slow || size <= MIN_CHUNK) throw error;
      size = Math.max(MIN_CHUNK, Math.floor(size / 2));
      const known = await offsetAt(url);
      if (known === undefined) [url, offset] = [await create(), 0];
      else offset = known;
      continue;
    }
    const lost = answer.status === 404 || answer.status === 410;
    if ((answer.status === 409 || lost) && recoveries++ < MAX_RECOVERIES) {
      // 409: we and the server disagree on the offset (a chunk landed whose answer we lost): ask it.
      // 404/410: the server forgot the upload (expired): start it again.
      const known = lost ? undefined : await offsetAt(url);
      if (known === undefined) [url, offset] = [await create(), 0];
      else offset = known;
      continue;
    }
    const acknowledged = offsetOf(ensureOk(answer));
    if (acknowledged <= offset || acknowledged > end) throw new NetworkError('protocol');
    offset = acknowledged;
    await options.onProgress?.(offset);
  }
  return url;
}
