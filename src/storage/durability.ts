/**
 * Whether the browser may evict this origin's storage. Without persistence, Chromium evicts under storage pressure
 * and Safari wipes after seven days without a visit; drafts people typed for an hour must not go that way.
 */
export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep this origin's storage until the person clears it, only when not already granted (some
 * browsers ask the person each time). `best-effort` means storage works but may be evicted.
 */
export async function requestPersistence(): Promise<Persistence> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    // Some browsers reject in private windows or insecure contexts; storage itself still works there.
    return 'best-effort';
  }
}

/** How many bytes this origin uses and may use, or undefined where the browser does not tell. */
export async function estimateStorage(): Promise<{ usage: number; quota: number } | undefined> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.estimate !== 'function') return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : undefined;
  } catch {
    return undefined;
  }
}
