import type { Lang } from '../../core/definition/types.js';
import type { FieldModel, Option } from '../../core/model/types.js';

/**
 * What a composite element (fieldset, array) needs from the form to render its children, and what a choice field
 * needs to load reference data. The form creates a new context object on every render so that children update.
 */
export interface RenderContext {
  lang: Lang;
  /** The value at a concrete data path, or undefined. */
  valueAt(path: string): unknown;
  /** The error message to show now on that path, in `lang`; '' when none (untouched fields show none). */
  errorAt(path: string): string;
  /** A warning to show on that path, in `lang`; '' when none. */
  warningAt(path: string): string;
  /**
   * The options of a field whose choices come from reference data (`field.source`). For `communes`, the options of
   * the province currently chosen in `field.dependsOnPath`; an empty list while none is chosen. Rejects with an
   * Error whose message names the data file when it cannot be loaded.
   */
  loadOptions(field: FieldModel): Promise<Option[]>;
  /**
   * The stored file of an attachment (for a preview), or undefined when this device does not have it (a draft
   * opened elsewhere, or storage cleared). The caller owns the object URL it makes from it.
   */
  attachment(id: string): Promise<Blob | undefined>;
}
