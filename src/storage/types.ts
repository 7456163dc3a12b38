import type { AttachmentValue, LocalizedText } from '../core/definition/types.js';
import type { SetAsideValue } from '../core/model/types.js';

// Migration is a pure core function (src/core/model/migrate.ts), and core never imports storage: the type lives there.
export type { SetAsideValue } from '../core/model/types.js';

/** A draft as the rest of the kit sees it (decoded). */
export interface Draft {
  /** A random UUID made on the device. */
  id: string;
  procedureId: string;
  /** The version of the definition the data was last saved with. */
  procedureVersion: string;
  /** The procedure's title when last saved, to list drafts without loading definitions. */
  procedureTitle?: LocalizedText;
  data: Record<string, unknown>;
  /** The id of the step the person was on, or `check-answers`. */
  step: string;
  status: 'draft' | 'completed';
  /** Steps done out of the steps shown, for "2 of 6" in the drafts list. */
  progress: { done: number; total: number };
  setAside: SetAsideValue[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

/** A stored file, with the description that the draft's data holds for it. */
export interface Attachment extends AttachmentValue {
  draftId: string;
  /** The concrete path of the field it belongs to. */
  fieldPath: string;
  blob: Blob;
  createdAt: number;
}

/**
 * One save of a draft. Only the paths this tab changed are written (`patches`), onto whatever is stored now, inside
 * one transaction: two tabs editing different questions of the same draft never overwrite each other.
 */
export interface DraftChange {
  id: string;
  procedureId: string;
  procedureVersion: string;
  procedureTitle?: LocalizedText;
  /** Paths and their new values (undefined removes). Applied in order. */
  patches: Array<{ path: string; value: unknown }>;
  step?: string;
  status?: Draft['status'];
  progress?: Draft['progress'];
  setAside?: SetAsideValue[];
  /** Files to store with this save: the draft never points at a file that is not stored, and vice versa. */
  addAttachments?: Array<Omit<Attachment, 'draftId' | 'createdAt'>>;
  /** Ids of files to delete with this save (a removed or replaced photo). */
  removeAttachments?: string[];
}

/** The device ran out of storage for this save; nothing of the save was written (the transaction was aborted). */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Not enough storage space on this device', { cause });
    this.name = 'StorageFullError';
  }
}

/**
 * Where a submission is on its way to the receiver. `needs-fix` and `waiting-auth` keep everything: an item leaves
 * the outbox only on the person's explicit discard (an `accepted` one stays as the record of its receipt).
 */
export type OutboxStatus = 'queued' | 'sending' | 'retrying' | 'waiting-auth' | 'needs-fix' | 'accepted';

/** A file sent with a submission (a copy of the draft's stored file) and how far its resumable upload got. */
export interface OutboxAttachment {
  id: string;
  fieldPath: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  blob: Blob;
  /** The tus upload URL, once created: a cut upload resumes there. */
  uploadUrl?: string;
  /** Bytes the receiver acknowledged; the upload is complete when it equals `size`. */
  uploadedBytes?: number;
}

/** What the receiver answers when it has stored a submission (the submission API v1). */
export interface Receipt {
  submissionId: string;
  /** The reference the person quotes, `DVC-YYYYMMDD-NNNNNN`. */
  reference: string;
  receivedAt: string;
  pdfSha256: string;
  submissionSha256?: string;
  attachments?: Array<{ sha256: string; size: number; name?: string }>;
}

/** What the receiver said when it refused a submission (its problem+json), kept to show the person. */
export interface ServerMessage {
  status: number;
  code?: string;
  message?: LocalizedText | string;
  problems?: Array<{ path: string; message: LocalizedText | string }>;
}

/** A signed submission in the outbox, decoded. */
export interface OutboxItem {
  /** The submission id (a lower-case UUID), sent as `Idempotency-Key`. */
  id: string;
  draftId?: string;
  procedureId: string;
  procedureVersion: string;
  procedureTitle?: LocalizedText;
  status: OutboxStatus;
  createdAt: number;
  updatedAt: number;
  pdf: Blob;
  pdfSha256: string;
  fileName: string;
  /** The exact submission.json embedded in the PDF. */
  submissionJson: string;
  attachments: OutboxAttachment[];
  attempts: number;
  nextAttemptAt?: number;
  lastAttemptAt?: number;
  /** Technical and free of personal data ("network", "HTTP 503"). */
  lastError?: string;
  receipt?: Receipt;
  serverMessage?: ServerMessage;
  /** The receiver it is meant for, when not the sender's default. */
  endpoint?: string;
}

/** What the page hands to the outbox once the PDF is signed. */
export interface NewSubmission {
  id: string;
  draftId?: string;
  procedureId: string;
  procedureVersion: string;
  procedureTitle?: LocalizedText;
  pdf: Blob;
  pdfSha256: string;
  fileName: string;
  submissionJson: string;
  endpoint?: string;
}
