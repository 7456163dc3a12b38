import type { Receipt, ServerMessage } from '../../storage/outbox-store.js';

/**
 * The receiving authority accepted a submission: `receipt` echoes its id and gives the reference number. Fired by
 * every `<dvc-outbox>` that sees the change, whichever tab (or the service worker) sent it.
 */
export class DvcSubmissionSentEvent extends Event {
  constructor(
    readonly submissionId: string,
    readonly procedureId: string,
    readonly receipt: Receipt,
  ) {
    super('dvc-submission-sent', { bubbles: true, composed: true });
  }
}

/** The authority refused a submission as it is (`needs-fix`): `message` is what it said; the person must fix it. */
export class DvcSubmissionRejectedEvent extends Event {
  constructor(
    readonly submissionId: string,
    readonly procedureId: string,
    readonly message: ServerMessage | undefined,
    readonly draftId: string | undefined,
  ) {
    super('dvc-submission-rejected', { bubbles: true, composed: true });
  }
}

/** The person pressed "Fix the application": the portal opens the draft (`draftId`) in its form. */
export class DvcSubmissionFixEvent extends Event {
  constructor(
    readonly submissionId: string,
    readonly procedureId: string,
    readonly draftId: string,
  ) {
    super('dvc-submission-fix', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-submission-sent': DvcSubmissionSentEvent;
    'dvc-submission-rejected': DvcSubmissionRejectedEvent;
    'dvc-submission-fix': DvcSubmissionFixEvent;
  }
}
