import type { RecordCodec } from './codec.js';
import type { AttachmentRow, OutboxRow } from './db.js';
import { decodeAttachment } from './records.js';
import type { OutboxAttachment, OutboxItem, OutboxStatus } from './types.js';

/**
 * What never changes once an item is added: the signed PDF, its JSON and its files, stored once under
 * `contentKey(id)` in the outbox table, beside the item's state row. Chromium copies every Blob of a record each time
 * the record is written, so files kept in the state row would be copied again after every uploaded chunk (measured:
 * 40 progress writes of an item with a 20 MiB file wrote 850 MB). The row has neither `status` nor `createdAt`, so the
 * table's indexes, and every list and query by them, skip it.
 */
export interface OutboxContentRow {
  id: string;
  payload: unknown;
  /** The draft's attachment rows' payloads, copied as they were stored (already encoded). */
  files: Array<Pick<AttachmentRow, 'id' | 'fieldPath' | 'payload'>>;
}

/** Item ids are UUIDs: a key with a colon never collides with one. */
export const contentKey = (id: string): string => `content:${id}`;

type ContentField =
  | 'procedureId'
  | 'procedureVersion'
  | 'procedureTitle'
  | 'pdf'
  | 'pdfSha256'
  | 'fileName'
  | 'submissionJson'
  | 'endpoint';
type Content = Pick<OutboxItem, ContentField>;
type Upload = Pick<OutboxAttachment, 'id' | 'uploadUrl' | 'uploadedBytes'>;
type State = Pick<OutboxItem, 'attempts' | 'lastAttemptAt' | 'lastError' | 'receipt' | 'serverMessage'> & {
  uploads: Upload[];
};

/** The object without its undefined properties: a decoded item equals the item that was stored. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export async function encodeContent(item: OutboxItem, codec: RecordCodec): Promise<OutboxContentRow> {
  const { procedureId, procedureVersion, procedureTitle, pdf, pdfSha256, fileName, submissionJson, endpoint } = item;
  const content: Content = { procedureId, procedureVersion, procedureTitle, pdf, pdfSha256, fileName, submissionJson };
  const payload = await codec.encode(compact({ ...content, endpoint }));
  return { id: contentKey(item.id), payload, files: [] };
}

/** The row written on every change: what the sender selects by stays readable; the rest (server messages) is encoded. */
export async function encodeState(item: OutboxItem, codec: RecordCodec): Promise<OutboxRow> {
  const { id, status, createdAt, updatedAt, nextAttemptAt, draftId } = item;
  const { attempts, lastAttemptAt, lastError, receipt, serverMessage } = item;
  const uploads = item.attachments.map(({ id, uploadUrl, uploadedBytes }) => compact({ id, uploadUrl, uploadedBytes }));
  const state: State = { attempts, lastAttemptAt, lastError, receipt, serverMessage, uploads };
  const payload = await codec.encode(compact(state));
  return compact({ id, status, createdAt, updatedAt, nextAttemptAt, draftId, payload });
}

export async function decodeItem(
  row: OutboxRow,
  content: OutboxContentRow | undefined,
  codec: RecordCodec,
): Promise<OutboxItem> {
  // Both rows are written and deleted in one transaction; one without the other is a bug, not a state.
  if (!content) throw new Error(`Outbox item ${row.id} has no content`);
  const { payload, status, ...keys } = row;
  const { uploads, ...state } = (await codec.decode(payload)) as State;
  const attachments = await Promise.all(
    content.files.map(async (file) => {
      const { id, fieldPath } = file;
      const { blob, name, type, size, sha256 } = await decodeAttachment(
        { ...file, draftId: row.draftId ?? '', createdAt: row.createdAt },
        codec,
      );
      const upload = uploads.find((entry) => entry.id === id);
      return compact({ id, fieldPath, name, type, size, sha256, blob, ...upload });
    }),
  );
  const rest = (await codec.decode(content.payload)) as Content;
  const updatedAt = keys.updatedAt ?? keys.createdAt;
  return compact({ ...keys, ...rest, ...state, status: status as OutboxStatus, updatedAt, attachments });
}
