import { setAt } from '../core/data/paths.js';
import type { RecordCodec } from './codec.js';
import type { AttachmentRow, DraftRow } from './db.js';
import type { Attachment, Draft, DraftChange } from './types.js';

/** The part of a draft that goes through the codec: everything the person typed or that describes their progress. */
type DraftContent = Pick<Draft, 'data' | 'step' | 'progress' | 'setAside' | 'procedureTitle'>;

/** The part of an attachment that goes through the codec: the file and what the data says about it. */
type AttachmentContent = Pick<Attachment, 'blob' | 'name' | 'type' | 'size' | 'sha256'>;

/**
 * The draft that a change makes of the stored one (or of nothing): patches applied in order onto the stored data, so
 * that another tab's answers to other questions survive, and the given fields set. `updatedAt` grows strictly with
 * every save of a draft, even within one millisecond, so that it can stand for the draft's revision.
 */
export function applyChange(stored: Draft | undefined, change: DraftChange, now: number): Draft {
  const base: Draft = stored ?? {
    id: change.id,
    procedureId: change.procedureId,
    procedureVersion: change.procedureVersion,
    data: {},
    step: '',
    status: 'draft',
    progress: { done: 0, total: 0 },
    setAside: [],
    createdAt: now,
    updatedAt: 0,
  };
  const data = change.patches.reduce((result, patch) => setAt(result, patch.path, patch.value), base.data);
  const procedureTitle = change.procedureTitle ?? base.procedureTitle;
  return {
    ...base,
    procedureId: change.procedureId,
    procedureVersion: change.procedureVersion,
    ...(procedureTitle ? { procedureTitle } : {}),
    data,
    step: change.step ?? base.step,
    status: change.status ?? base.status,
    progress: change.progress ?? base.progress,
    setAside: change.setAside ?? base.setAside,
    updatedAt: Math.max(now, base.updatedAt + 1),
  };
}

export async function encodeDraft(draft: Draft, codec: RecordCodec): Promise<DraftRow> {
  const { id, procedureId, procedureVersion, status, createdAt, updatedAt } = draft;
  const { data, step, progress, setAside, procedureTitle } = draft;
  const content: DraftContent = { data, step, progress, setAside, ...(procedureTitle ? { procedureTitle } : {}) };
  return { id, procedureId, procedureVersion, status, createdAt, updatedAt, payload: await codec.encode(content) };
}

export async function decodeDraft(row: DraftRow, codec: RecordCodec): Promise<Draft> {
  const { payload, ...keys } = row;
  const content = (await codec.decode(payload)) as DraftContent;
  return { ...keys, ...content };
}

export async function encodeAttachment(attachment: Attachment, codec: RecordCodec): Promise<AttachmentRow> {
  const { id, draftId, fieldPath, createdAt, blob, name, type, size, sha256 } = attachment;
  const content: AttachmentContent = { blob, name, type, size, sha256 };
  return { id, draftId, fieldPath, createdAt, payload: await codec.encode(content) };
}

export async function decodeAttachment(row: AttachmentRow, codec: RecordCodec): Promise<Attachment> {
  const { payload, ...keys } = row;
  const content = (await codec.decode(payload)) as AttachmentContent;
  return { ...keys, ...content };
}
