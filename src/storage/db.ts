import Dexie, { type Table } from 'dexie';
import type { DeviceKeyRecord } from '../pdf/signers/device.js';
import type { Draft } from './types.js';

/**
 * A draft as IndexedDB holds it. The keys the database must index or list by stay readable; everything the person
 * typed is in `payload`, which went through the codec (src/storage/codec.ts) and may be ciphertext.
 */
export interface DraftRow {
  id: string;
  procedureId: string;
  procedureVersion: string;
  status: Draft['status'];
  createdAt: number;
  updatedAt: number;
  /** The encoded rest of the draft: data, step, progress, setAside, procedureTitle. */
  payload: unknown;
}

/** A file as IndexedDB holds it; `payload` is the encoded `{ blob, name, type, size, sha256 }`. */
export interface AttachmentRow {
  id: string;
  draftId: string;
  fieldPath: string;
  createdAt: number;
  payload: unknown;
}

/**
 * A submission's state in the outbox (src/storage/outbox-store.ts), keyed by the client submission id that travels as
 * `Idempotency-Key`: what the sender selects by (status, createdAt, nextAttemptAt) and what ties it to its draft stay
 * readable; attempts, receipt and server messages are in `payload`, encoded. Its signed PDF, JSON and files are in a
 * second row of the same table that is written once (see OutboxContentRow in src/storage/outbox-records.ts).
 */
export interface OutboxRow {
  id: string;
  status: string;
  createdAt: number;
  updatedAt?: number;
  nextAttemptAt?: number;
  draftId?: string;
  payload: unknown;
}

/**
 * A signing key kept on this device (src/storage/keys.ts): WebCrypto keys are structured-cloneable, so IndexedDB
 * stores the CryptoKey objects themselves and a non-extractable private key stays non-extractable.
 */
export interface KeyRow extends DeviceKeyRecord {
  id: string;
  updatedAt: number;
}

/** Why the store closed itself: another connection (usually another tab) is upgrading or deleting the database. */
export type ClosedReason = 'upgrade' | 'delete';

/** The IndexedDB name of a namespace: two portals on one origin pass different namespaces and share nothing. */
export function databaseName(namespace: string): string {
  return `dvc-kit:${namespace}`;
}

/** The kit's database. Only src/storage opens it. */
export class DvcDatabase extends Dexie {
  declare readonly drafts: Table<DraftRow, string>;
  declare readonly attachments: Table<AttachmentRow, string>;
  declare readonly outbox: Table<OutboxRow, string>;
  declare readonly keys: Table<KeyRow, string>;

  constructor(namespace: string, onClosed?: (reason: ClosedReason) => void) {
    super(databaseName(namespace));
    this.version(1).stores({
      // procedureId: a procedure's drafts (to migrate them when a new version ships, or to count them);
      // updatedAt: the drafts list of all procedures, newest first;
      // [procedureId+updatedAt]: one procedure's drafts newest first, read in order from the index, not sorted.
      drafts: 'id, procedureId, updatedAt, [procedureId+updatedAt]',
      // draftId: every file of a draft (deleted with it, sent with it);
      // [draftId+fieldPath]: the files of one field of a draft (a replaced photo), and a draft's files in field order.
      attachments: 'id, draftId, [draftId+fieldPath]',
      // status: the sender picks what is queued or failed without reading every item;
      // createdAt: submissions are sent, and listed, in the order they were made.
      outbox: 'id, status, createdAt',
    });
    // Version 2 only adds the device's signing keys, looked up by id; nothing of version 1 changes.
    this.version(2).stores({ keys: 'id' });
    // Another tab loaded a newer kit and wants to upgrade (or delete) the database. Holding our connection open would
    // block it forever, so close at once and let the app tell the person to reload. Returning false replaces Dexie's
    // default handler, which closes too but reopens on the next query, at the old version, and fails with no one told.
    this.on('versionchange', (event) => {
      this.close();
      onClosed?.(event.newVersion ? 'upgrade' : 'delete');
      return false;
    });
  }
}
