/**
 * dvc-kit's public API: the elements, their events and the types a portal or a procedure author needs. Nothing
 * else under src/ is promised to embedders.
 */
export { DvcForm } from './elements/form/form.js';
export {
  DvcChangeEvent,
  DvcCompleteEvent,
  DvcDraftSavedEvent,
  DvcPdfReadyEvent,
  DvcStepChangeEvent,
  DvcSubmissionQueuedEvent,
} from './elements/form/form-events.js';
export { DvcOutbox } from './elements/outbox/outbox.js';
export {
  DvcSubmissionFixEvent,
  DvcSubmissionRejectedEvent,
  DvcSubmissionSentEvent,
} from './elements/outbox/outbox-events.js';
export type { OutboxItem, OutboxStatus, Receipt, ServerMessage } from './storage/outbox-store.js';
export { DvcDrafts, DvcDraftNewEvent, DvcDraftSelectedEvent } from './elements/drafts/drafts.js';
export { DvcAttachmentChosenEvent } from './elements/file-field/file-field.js';
export { overrideMessages } from './i18n/index.js';
export type { Messages } from './i18n/index.js';
export type {
  AttachmentValue,
  Check,
  FieldUi,
  JsonSchema,
  Lang,
  LocalizedText,
  ProcedureDefinition,
  ReferenceSource,
  RequiredDocument,
  Step,
  WidgetKind,
} from './core/definition/types.js';
export type { FieldError, FieldModel, Option } from './core/model/types.js';
export type { Signer } from './pdf/types.js';
