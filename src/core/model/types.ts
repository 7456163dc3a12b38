import type { JsonSchema, LocalizedText, ReferenceSource, SameAs, WidgetKind } from '../definition/types.js';

/** One choice of a radio group, select or combobox. */
export interface Option {
  /** The value stored in the data, as a string (numbers and booleans are converted back by the field model). */
  value: string;
  label: LocalizedText;
}

/**
 * A field as it must be shown *now*: the definition's schema and UI hints resolved against the current data
 * (conditions evaluated, `$ref`s followed, array items expanded). Elements render only from this.
 */
export interface FieldModel {
  /** Concrete data path: `mother.fullName`, `siblings[0].fullName`. Used as the control's `name` and DOM id seed. */
  path: string;
  /** The `ui` key this field takes its hints from: `siblings[].fullName`. */
  key: string;
  widget: WidgetKind;
  label: LocalizedText;
  hint?: LocalizedText;
  /** Required under the current data (conditions included). */
  required: boolean;
  /** The effective schema of this field (after `$ref`). */
  schema: JsonSchema;
  /** JSON type of the stored value. */
  valueType: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  options?: Option[];
  source?: ReferenceSource;
  /** For a `communes` source: the concrete path of the province field it depends on. */
  dependsOnPath?: string;
  autocomplete?: string;
  inputmode?: string;
  width?: number;
  /** For date fields: `day` needs day, month and year; `partial` also accepts a year alone or month and year. */
  datePrecision?: 'day' | 'partial';
  checkboxLabel?: LocalizedText;
  itemLabel?: LocalizedText;
  /** For fieldsets: the visible child fields in order. */
  children?: FieldModel[];
  /** For arrays: the visible child fields of each existing item, in order. */
  items?: FieldModel[][];
  minItems?: number;
  maxItems?: number;
  /**
   * The portal gave this answer and locked it (`<dvc-form locked>`): shown read-only, never changed by the person. A
   * fieldset is locked when every field in it is.
   */
  locked?: boolean;
  /** For fieldsets: the "same as" buttons of its `ui` entry. */
  sameAs?: SameAs[];
  /** For file fields: what may be chosen and how photos are reduced. */
  file?: {
    /** Accepted MIME types (from the schema's `properties.type.enum`); empty means any. */
    accept: string[];
    /** Largest stored size in bytes (the schema's `properties.size.maximum`). */
    maxBytes?: number;
    maxEdge: number;
    quality: number;
    capture?: 'environment' | 'user';
  };
}

/** A validation problem on one field, in both languages so the form can switch language without re-validating. */
export interface FieldError {
  /** Concrete data path of the field the message belongs to (the `required` error of `a.b` sits on `a.b`). */
  path: string;
  /** The JSON Schema keyword or check rule that failed. */
  keyword: string;
  message: LocalizedText;
  /** A warning informs but does not block Continue (e.g. an unknown province code in an ID number). */
  severity: 'error' | 'warning';
}

/** A value from an older version of a procedure that does not fit the current one: kept and shown, never dropped. */
export interface SetAsideValue {
  /** Where it was in the data when it was set aside (after the definition's renames were applied). */
  path: string;
  value: unknown;
  /** Why it was set aside. */
  reason: 'removed' | 'type' | 'choice';
}
