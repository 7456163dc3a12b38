/**
 * The one seam between what the kit keeps and what IndexedDB holds. Every record's content passes through a codec on
 * its way in (`encode`) and out (`decode`), so that encryption at rest (AES-GCM under a per-user key) can be added by
 * passing another codec, without touching any caller.
 *
 * A codec may be truly asynchronous (WebCrypto is): the store never calls it inside an IndexedDB transaction, which
 * would commit the moment the codec awaited anything but IndexedDB.
 */
export interface RecordCodec {
  encode(value: unknown): Promise<unknown>;
  decode(stored: unknown): Promise<unknown>;
}

/** Stores values as they are: IndexedDB's structured clone keeps Blobs, dates and nested objects natively. */
export const plainCodec: RecordCodec = {
  encode: (value) => Promise.resolve(value),
  decode: (stored) => Promise.resolve(stored),
};
