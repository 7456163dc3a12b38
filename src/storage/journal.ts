/**
 * A last-moment journal of answers not yet written to IndexedDB. When a page is being hidden or unloaded (a reload,
 * a closed tab, the phone switching apps), an IndexedDB save started then may be cut off with the page, so the
 * unsaved changes are also written synchronously to localStorage, and replayed into the draft the next time it is
 * opened. An entry lives only until the draft has been saved again. Blobs never go here (they are written with
 * the answers that point at them, or not at all).
 */

export interface JournalEntry {
  procedureId: string;
  procedureVersion: string;
  patches: Array<{ path: string; value: unknown }>;
  step?: string;
  /** Epoch ms when the entry was written. */
  at: number;
}

function key(namespace: string, draftId: string): string {
  return `dvc-kit:${namespace}:journal:${draftId}`;
}

/** Writes (replaces) the journal entry of a draft. Returns false where localStorage is unavailable or full. */
export function writeJournal(namespace: string, draftId: string, entry: JournalEntry): boolean {
  try {
    localStorage.setItem(key(namespace, draftId), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

export function readJournal(namespace: string, draftId: string): JournalEntry | undefined {
  try {
    const raw = localStorage.getItem(key(namespace, draftId));
    return raw ? (JSON.parse(raw) as JournalEntry) : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the entry, but only if it is not newer than `savedUpTo` (a later entry holds later changes). */
export function clearJournal(namespace: string, draftId: string, savedUpTo = Infinity): void {
  try {
    const entry = readJournal(namespace, draftId);
    if (entry && entry.at <= savedUpTo) localStorage.removeItem(key(namespace, draftId));
  } catch {
    // Nothing to clear where storage is unavailable.
  }
}
