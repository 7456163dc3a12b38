import { StorageFullError } from './types.js';

/** The DOMException name IndexedDB uses when the origin's quota is spent; Dexie's own class has the same name. */
const QUOTA_EXCEEDED = 'QuotaExceededError';

/** Errors nest a few levels at most (Dexie's AbortError → DOMException); the bound guards against cycles. */
const MAX_DEPTH = 4;

/**
 * Whether an error, or an error it wraps, says the device is out of storage. Chromium aborts the transaction with a
 * DOMException `QuotaExceededError`; Dexie passes it on as `Dexie.QuotaExceededError`, or as an `AbortError` whose
 * `inner` is the DOMException, or inside the `failures` of a bulk operation, depending on which request noticed.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || error === null || typeof error !== 'object') return false;
  const { name, inner, cause, failures } = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (name === QUOTA_EXCEEDED) return true;
  const nested: unknown[] = [inner, cause, ...(Array.isArray(failures) ? failures : [])];
  return nested.some((item) => isQuotaError(item, depth + 1));
}

/** The error a save rejects with: `StorageFullError` when storage ran out, otherwise the error itself. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageFullError) return error;
  return isQuotaError(error) ? new StorageFullError(error) : error;
}
