import type { Lang } from '../../core/definition/types.js';

/** The person changed an answer. `value` is the whole new data object (the draft, not yet shaped). */
export class DvcChangeEvent extends Event {
  constructor(
    readonly path: string,
    readonly value: Record<string, unknown>,
  ) {
    super('dvc-change', { bubbles: true, composed: true });
  }
}

/** The form moved to another step; `stepId` is `check-answers` for the check-your-answers page. */
export class DvcStepChangeEvent extends Event {
  constructor(
    readonly stepIndex: number,
    readonly stepId: string,
  ) {
    super('dvc-step-change', { bubbles: true, composed: true });
  }
}

/** The person confirmed the declaration on a valid form. `data` is shaped: hidden answers dropped, text NFC. */
export class DvcCompleteEvent extends Event {
  constructor(
    readonly procedureId: string,
    readonly procedureVersion: string,
    readonly data: Record<string, unknown>,
    readonly lang: Lang,
  ) {
    super('dvc-complete', { bubbles: true, composed: true });
  }
}

/** The answers were written to this device's storage (`draftId` names the draft, for a link to resume it). */
export class DvcDraftSavedEvent extends Event {
  constructor(
    readonly draftId: string,
    readonly savedAt: number,
  ) {
    super('dvc-draft-saved', { bubbles: true, composed: true });
  }
}

/**
 * A signed submission PDF was made on the device. `bytes` is the PDF, `sha256` its SHA-256 (hex), `submissionId` the
 * id it carries end to end (send it as the `Idempotency-Key`), `submissionSha256` the SHA-256 of the embedded
 * submission.json (the QR code's content).
 */
export class DvcPdfReadyEvent extends Event {
  constructor(
    readonly bytes: Uint8Array,
    readonly submissionId: string,
    readonly sha256: string,
    readonly submissionSha256: string,
  ) {
    super('dvc-pdf-ready', { bubbles: true, composed: true });
  }
}

/**
 * The person submitted: the signed PDF, its JSON and its files are in the device's outbox (`submissionId` is the
 * `Idempotency-Key`). It is sent when the device is online, by `<dvc-outbox>`/the sender; see docs/submission-api.md.
 */
export class DvcSubmissionQueuedEvent extends Event {
  constructor(
    readonly submissionId: string,
    readonly procedureId: string,
    readonly procedureVersion: string,
  ) {
    super('dvc-submission-queued', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-pdf-ready': DvcPdfReadyEvent;
    'dvc-change': DvcChangeEvent;
    'dvc-step-change': DvcStepChangeEvent;
    'dvc-complete': DvcCompleteEvent;
    'dvc-draft-saved': DvcDraftSavedEvent;
    'dvc-submission-queued': DvcSubmissionQueuedEvent;
  }
}
