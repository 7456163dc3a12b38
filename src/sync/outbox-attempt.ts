import type { OutboxItem, OutboxStore } from '../storage/outbox-store.js';
import { backoffDelay, outcomeOf, postSubmission, type Outcome, type RequestOptions } from './outbox-http.js';
import type { OutboxConfig } from './outbox.js';
import { uploadResumable } from './tus.js';

export interface AttemptContext extends OutboxConfig {
  /** The receiver's base URL without a trailing slash. */
  endpoint: string;
  signal: AbortSignal;
  /** The item was written (a state change, or a chunk acknowledged). */
  changed(): void;
}

/** The portal's headers hook threw: it cannot authenticate the person now. */
class AuthUnavailable extends Error {}

/**
 * One attempt at delivering an item: `sending`, each file not yet complete uploaded (resuming where the receiver
 * stopped, the upload URL and acknowledged bytes stored after every chunk), then the submission, then the state the
 * answer calls for. Returns the item as it was left (undefined if it was discarded meanwhile).
 */
export async function attempt(
  store: OutboxStore,
  item: OutboxItem,
  context: AttemptContext,
): Promise<OutboxItem | undefined> {
  const { id } = item;
  const started = await store.update(id, (current) => {
    return { status: 'sending', lastAttemptAt: Date.now(), attempts: current.attempts + 1 };
  });
  if (!started) return undefined;
  context.changed();
  const { signal, endpoint } = context;
  const options: RequestOptions = { fetch: context.fetch, signal, timeoutMs: context.requestTimeoutMs };
  let outcome: Outcome;
  try {
    let headers: Record<string, string>;
    try {
      headers = { ...(await context.headers?.()), 'Idempotency-Key': id };
    } catch {
      throw new AuthUnavailable();
    }
    for (const file of started.attachments) {
      if (file.uploadUrl !== undefined && file.uploadedBytes === file.size) continue;
      const progress = (change: { uploadUrl?: string; uploadedBytes: number }) =>
        store
          .update(id, (current) => ({
            attachments: current.attachments.map((other) => (other.id === file.id ? { ...other, ...change } : other)),
          }))
          .then(context.changed);
      await uploadResumable({
        ...options,
        endpoint: `${endpoint}/uploads`,
        file: file.blob,
        metadata: { submission: id, sha256: file.sha256, filename: file.name, filetype: file.type },
        headers,
        uploadUrl: file.uploadUrl,
        chunkSize: context.chunkSize,
        onUrl: (uploadUrl) => progress({ uploadUrl, uploadedBytes: 0 }),
        onProgress: (uploadedBytes) => progress({ uploadedBytes }),
      });
    }
    outcome = await postSubmission((await store.get(id)) ?? started, endpoint, headers, options);
  } catch (error) {
    if (signal.aborted) outcome = { status: 'queued', error: 'interrupted' };
    else if (error instanceof AuthUnavailable) outcome = { status: 'waiting-auth', error: 'no auth headers' };
    else outcome = outcomeOf(error);
  }
  const done = await store.update(id, (current) => nextState(current, outcome, context));
  context.changed();
  return done;
}

/** The item's next state after an attempt. Fields set to undefined are cleared. */
export function nextState(item: OutboxItem, outcome: Outcome, config: OutboxConfig): Partial<OutboxItem> {
  const cleared = { nextAttemptAt: undefined, lastError: undefined, serverMessage: undefined };
  switch (outcome.status) {
    case 'accepted':
      return { ...cleared, status: 'accepted', receipt: outcome.receipt };
    case 'retrying': {
      const { retryBaseMs = 2000, retryCapMs = 300_000 } = config;
      const delay =
        outcome.retryAfter === undefined
          ? backoffDelay(item.attempts - 1, retryBaseMs, retryCapMs)
          : Math.min(outcome.retryAfter, retryCapMs);
      return { ...cleared, status: 'retrying', lastError: outcome.error, nextAttemptAt: Date.now() + delay };
    }
    case 'needs-fix':
      return { ...cleared, status: 'needs-fix', lastError: outcome.error, serverMessage: outcome.message };
    default:
      return { ...cleared, status: outcome.status, lastError: outcome.error };
  }
}
