import type { OutboxItem, Receipt, ServerMessage } from '../storage/outbox-store.js';

// The requests of the submission API v1 and what their answers mean for an outbox item.
// No DOM here: the same code runs in pages and in the service worker.

/** The receiver answered with a status the request did not hope for. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** Milliseconds the receiver asked us to wait (`Retry-After`), when it said. */
    readonly retryAfter?: number,
    /** The problem+json the receiver sent, parsed, or its text. */
    readonly body?: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/** No usable answer: the connection failed or was cut, the request hung past its time, or the answer made no sense. */
export class NetworkError extends Error {
  constructor(
    readonly reason: 'network' | 'timeout' | 'protocol',
    cause?: unknown,
  ) {
    super(reason, { cause });
    this.name = 'NetworkError';
  }
}

/** How long to wait before retry `attempt` (0 for the first retry): "full jitter", anywhere up to the capped exponential. */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(attempt, 0), 52));
  return Math.floor(random() * ceiling);
}

/** A `Retry-After` header (delay in seconds, or an HTTP date) as milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; without letters, Date.parse would take "-5" for a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface RequestOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** A request, its answer's body included, that takes longer than this counts as a network error. */
  timeoutMs?: number;
}

export interface Answer {
  status: number;
  headers: Headers;
  url: string;
  body: string;
}

/**
 * One request, read to the end within the time allowed. A cut or hung request becomes a `NetworkError`; the caller's
 * own abort is passed on as it is (the sender stopped: not a failure of the receiver).
 */
export async function request(url: string, init: RequestInit, options: RequestOptions): Promise<Answer> {
  const fetcher = options.fetch ?? ((input: RequestInfo | URL, more?: RequestInit) => globalThis.fetch(input, more));
  const controller = new AbortController();
  const outer = options.signal;
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), options.timeoutMs ?? 60_000);
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  try {
    outer?.throwIfAborted();
    const response = await fetcher(url, { ...init, signal: controller.signal });
    const body = await response.text();
    return { status: response.status, headers: response.headers, url: response.url || url, body };
  } catch (error) {
    if (outer?.aborted) throw outer.reason;
    throw new NetworkError(timedOut ? 'timeout' : 'network', error);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/** Throws the `HttpError` an answer outside 2xx stands for. */
export function ensureOk(answer: Answer): Answer {
  if (answer.status >= 200 && answer.status < 300) return answer;
  let body: unknown = answer.body;
  try {
    body = JSON.parse(answer.body);
  } catch {
    // Not JSON (a proxy's HTML page): the status says enough.
  }
  throw new HttpError(answer.status, retryAfterMs(answer.headers.get('Retry-After'), Date.now()), body);
}

/** What an attempt came to, for the item's next state. */
export type Outcome =
  | { status: 'accepted'; receipt: Receipt }
  | { status: 'retrying'; error: string; retryAfter?: number }
  | { status: 'waiting-auth'; error: string }
  | { status: 'needs-fix'; error: string; message: ServerMessage }
  | { status: 'queued'; error: 'interrupted' };

/** The person-facing part of a problem+json, and nothing else of the body. */
function serverMessage(status: number, body: unknown): ServerMessage {
  const problem = (body && typeof body === 'object' ? body : {}) as Partial<ServerMessage>;
  const message: ServerMessage = { status };
  if (typeof problem.code === 'string') message.code = problem.code;
  if (problem.message !== undefined) message.message = problem.message;
  if (Array.isArray(problem.problems)) message.problems = problem.problems;
  return message;
}

/** The submission API's "status codes and what the device does", for a failed attempt. */
export function outcomeOf(error: unknown): Outcome {
  if (error instanceof HttpError) {
    const { status } = error;
    const label = `HTTP ${status}`;
    if (status === 401 || status === 403) return { status: 'waiting-auth', error: label };
    if (status >= 500 || status === 408 || status === 429 || status < 400) {
      return {
        status: 'retrying',
        error: label,
        ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }),
      };
    }
    return { status: 'needs-fix', error: label, message: serverMessage(status, error.body) };
  }
  if (error instanceof NetworkError) return { status: 'retrying', error: error.reason };
  throw error;
}

/**
 * Sends the submission itself, once its files are uploaded: the exact submission.json, the signed PDF, and where
 * each file was uploaded. Only a receipt for this very submission counts as accepted.
 */
export async function postSubmission(
  item: OutboxItem,
  endpoint: string,
  headers: Record<string, string>,
  options: RequestOptions,
): Promise<Outcome> {
  const files = item.attachments.map(({ sha256, uploadUrl, fieldPath, name, type, size }) => {
    return { sha256, upload: uploadUrl, fieldPath, name, type, size };
  });
  const form = new FormData();
  form.append('submission', new Blob([item.submissionJson], { type: 'application/json' }), 'submission.json');
  form.append('pdf', new Blob([item.pdf], { type: 'application/pdf' }), item.fileName);
  form.append('attachments', new Blob([JSON.stringify(files)], { type: 'application/json' }), 'attachments.json');
  const answer = ensureOk(await request(`${endpoint}/submissions`, { method: 'POST', headers, body: form }, options));
  let receipt: Partial<Receipt> | undefined;
  try {
    receipt = JSON.parse(answer.body) as Partial<Receipt>;
  } catch {
    receipt = undefined;
  }
  if (receipt?.submissionId !== item.id || typeof receipt.reference !== 'string') {
    return { status: 'retrying', error: 'receipt mismatch' };
  }
  return { status: 'accepted', receipt: receipt as Receipt };
}
