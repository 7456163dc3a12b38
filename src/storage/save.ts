import type { RecordCodec } from './codec.js';
import type { AttachmentRow, DraftRow, DvcDatabase } from './db.js';
import { toStorageError } from './errors.js';
import { applyChange, decodeDraft, encodeAttachment, encodeDraft } from './records.js';
import type { Draft, DraftChange } from './types.js';

/** Another connection changing the draft between our read and our write makes us read again; this many times. */
const MAX_ATTEMPTS = 20;

/**
 * Writes one change of a draft with its files, all or nothing. No codec call may happen inside an IndexedDB
 * transaction (it commits as soon as it waits for anything else, and WebCrypto is something else), so the stored
 * draft is read, decoded, merged and encoded first, and one transaction then writes it all unless another tab wrote
 * the draft in between; in that case the merge starts again from what that tab stored.
 */
export async function saveChange(db: DvcDatabase, codec: RecordCodec, change: DraftChange): Promise<Draft> {
  try {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const stored = await db.drafts.get(change.id);
      const now = Date.now();
      const draft = applyChange(stored && (await decodeDraft(stored, codec)), change, now);
      const row = await encodeDraft(draft, codec);
      const added = await Promise.all(
        (change.addAttachments ?? []).map((file) =>
          encodeAttachment({ ...file, draftId: change.id, createdAt: now }, codec),
        ),
      );
      if (await commit(db, change, stored, row, added)) return draft;
    }
    throw new Error(`Draft ${change.id} kept changing in another tab; the change was not saved`);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Writes the encoded change unless the draft changed since `stored` was read; false when it did. */
function commit(
  db: DvcDatabase,
  change: DraftChange,
  stored: DraftRow | undefined,
  row: DraftRow,
  added: AttachmentRow[],
): Promise<boolean> {
  return db.transaction('rw', db.drafts, db.attachments, async () => {
    const current = await db.drafts.get(change.id);
    // updatedAt grows with every save and createdAt tells a re-created draft apart: together, a revision.
    if (current?.updatedAt !== stored?.updatedAt || current?.createdAt !== stored?.createdAt) return false;
    await db.drafts.put(row);
    if (added.length > 0) await db.attachments.bulkPut(added);
    const removed = change.removeAttachments ?? [];
    // Only this draft's files: an id from elsewhere must not delete another draft's photo.
    if (removed.length > 0) {
      await db.attachments
        .where('id')
        .anyOf(removed)
        .filter((file) => file.draftId === change.id)
        .delete();
    }
    return true;
  });
}
