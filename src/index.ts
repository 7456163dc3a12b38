/**
 * dvc-kit's public API: the elements, their events and the types a portal or a procedure author needs. Nothing
 * else under src/ is promised to embedders.
 */
export { DvcForm } from './elements/form/form.js';
export { DvcChangeEvent, DvcCompleteEvent, DvcStepChangeEvent } from './elements/form/form-events.js';
export { overrideMessages } from './i18n/index.js';
export type { Messages } from './i18n/index.js';
export type {
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
