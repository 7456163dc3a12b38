import { liveQuery } from 'dexie';

/**
 * Follows a query across tabs (Dexie broadcasts its changes over BroadcastChannel) and hands each result, decoded, to
 * `onChange`. The query only reads IndexedDB, as Dexie asks of a live query (other async work inside it, such as
 * WebCrypto, breaks its tracking); decoding runs after it and may finish out of order, so only the newest result is
 * delivered. Returns the function that stops following.
 */
export function follow<R, T>(
  query: () => Promise<R>,
  decode: (raw: R) => Promise<T>,
  onChange: (value: T) => void,
  onError: (error: unknown) => void = (error) => console.error('dvc-kit: watching drafts failed', error),
): () => void {
  let latest = 0;
  let active = true;
  const fail = (error: unknown) => void (active && onError(error));
  const subscription = liveQuery(query).subscribe({
    next: (raw) => {
      const turn = ++latest;
      decode(raw).then((value) => void (active && turn === latest && onChange(value)), fail);
    },
    error: fail,
  });
  return () => {
    active = false;
    subscription.unsubscribe();
  };
}
