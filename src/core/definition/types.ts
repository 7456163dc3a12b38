/**
 * The shape of a procedure definition (`forms/<id>/definition.json`).
 *
 * A definition is data authored by a province or ministry: the data model is plain JSON Schema 2020-12 so that the
 * same file validates on the device, in the CLI and at the receiver; everything about presentation lives beside it in
 * `steps` and `ui`. The meta-schema `forms/procedure.schema.json` enforces this shape; `docs/procedure-format.md`
 * explains it for authors.
 */

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Text an author writes in both languages. Vietnamese is required first; English must be complete too. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** A JSON Schema 2020-12 object. Kept loose on purpose: Ajv and the meta-schema are the authorities on its shape. */
export interface JsonSchema {
  $id?: string;
  $schema?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  title?: string;
  description?: string;
  default?: unknown;
  [keyword: string]: unknown;
}

/** The widgets a field can be rendered with. Each maps to one `dvc-*` element. */
export type WidgetKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'combobox'
  | 'radio'
  | 'checkbox'
  | 'email'
  | 'tel'
  | 'fieldset'
  | 'array'
  | 'file';

export const WIDGET_KINDS: readonly WidgetKind[] = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'combobox',
  'radio',
  'checkbox',
  'email',
  'tel',
  'fieldset',
  'array',
  'file',
];

/** Reference data a choice field draws its options from (files in `forms/data/`). */
export type ReferenceSourceName = 'provinces' | 'communes' | 'ethnicities' | 'countries' | 'border-gates';

export interface ReferenceSource {
  /** Which list. */
  data: ReferenceSourceName;
  /**
   * For `communes`: the path of the sibling field holding the province code, relative to the parent object
   * (e.g. `"province"` inside an address object). The commune list is loaded only once a province is chosen.
   */
  dependsOn?: string;
}

/** Presentation of one field, keyed in `ui` by its path pattern (`mother.fullName`, `siblings[].fullName`). */
export interface FieldUi {
  /** Defaults from the schema: object → fieldset, array → array, enum → radio (≤ 5) or select, boolean → checkbox… */
  widget?: WidgetKind;
  label: LocalizedText;
  hint?: LocalizedText;
  /** An HTML autofill token (`name`, `bday`, `tel`, `email`, `country`…), for WCAG 1.3.5. */
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' | 'search' | 'none';
  /** Labels of enum / `oneOf const` values, keyed by the value as a string. */
  options?: Record<string, LocalizedText>;
  source?: ReferenceSource;
  /** For arrays: the noun of one item, numbered on screen ("Con 1", "Child 1"). */
  itemLabel?: LocalizedText;
  /** For checkboxes: the text beside the box (the label is then the question / legend). */
  checkboxLabel?: LocalizedText;
  /** Messages that replace the generic ones for a JSON Schema keyword (`pattern`, `required`, `const`, `format`…). */
  messages?: Record<string, LocalizedText>;
  /** Visual width of text inputs, in characters (GOV.UK-style fixed widths help people see what is expected). */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  /**
   * For file fields: how photos are reduced on the device before they are stored (to spare storage and weak
   * uplinks), and which camera a tablet opens. Accepted types and the size limit live in the schema
   * (`properties.type.enum`, `properties.size.maximum`) so that a receiver checks them too.
   */
  file?: FileUi;
  /**
   * For object fields: buttons that fill this object once with the answers of another object of the same shape
   * ("Giống nơi cư trú của mẹ"), so nobody types the same address twice (WCAG 3.3.7). Nothing stays linked.
   */
  sameAs?: SameAs[];
}

/** One "same as" button of an object field. */
export interface SameAs {
  /** Path of the object field to copy from (a plain path, not a list pattern). */
  from: string;
  /** What is copied, as it reads after "Giống" / "Same as": "nơi cư trú của mẹ" / "the mother's residence". */
  label: LocalizedText;
}

export interface FileUi {
  /** Longest edge of a stored photo, in pixels (default 1600). */
  maxEdge?: number;
  /** JPEG quality of a reduced photo, 0–1 (default 0.8). */
  quality?: number;
  /** Ask for the camera directly: `environment` (back camera, documents) or `user` (front, portraits). */
  capture?: 'environment' | 'user';
}

/**
 * The value a file field stores in the data: a description of the attachment. The file itself lives in the
 * device's storage (src/storage), keyed by `id`, and travels with the submission.
 */
export interface AttachmentValue {
  id: string;
  name: string;
  /** MIME type of the stored file (after a photo was reduced, `image/jpeg`). */
  type: string;
  /** Bytes of the stored file. */
  size: number;
  /** SHA-256 of the stored file, lower-case hex. */
  sha256: string;
}

export interface Step {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Top-level or nested field paths, in the order they are shown. */
  fields: string[];
}

/**
 * A check that JSON Schema cannot express because it spans several fields or depends on today's date.
 * Checks run after schema validation, only on fields that are shown. Paths may name the fields of every item of a
 * list (`visits[].to`, with `from: "visits[].from"`): the check then runs on each item.
 */
export type Check = {
  /** `warning`: the problem is shown but does not block sending (the default is `error`). */
  severity?: 'error' | 'warning';
} & (
  | {
      /**
       * A 12-digit personal ID number whose century/sex digit must agree with a sex and a date of birth, and whose
       * digits 5–6 with the year of birth (errors); an unknown province code is only a warning. Other values (a 9-digit
       * CMND number in the same field) are left to the schema.
       */
      rule: 'personalId';
      field: string;
      /** Either the path of a sex field (values `1` male / `2` female) or a fixed sex. */
      sex?: string | { fixed: 'male' | 'female' };
      dateOfBirth?: string;
    }
  | {
      /** A date (full or partial) must not be after today. */
      rule: 'notInFuture';
      field: string;
    }
  | {
      /** A date (full or partial) must not be before today (an intended date of entry). */
      rule: 'notInPast';
      field: string;
    }
  | {
      /** `field` must be strictly before `than` (e.g. a parent's birth before the child's). */
      rule: 'before';
      field: string;
      than: string;
    }
  | {
      /** The person born on `field` is younger than `years` on the date `on` (children under 14 on the day of entry). */
      rule: 'youngerThan';
      field: string;
      years: number;
      on: string;
    }
  | {
      /** The date `field` must be at most `max` days after the date `from` (a visa valid for up to 90 days). */
      rule: 'withinDays';
      field: string;
      from: string;
      max: number;
    }
  | {
      /** A Vietnamese tax / enterprise code: 10 digits or `10-3` for a branch, with its mod-11 check digit. */
      rule: 'taxCode';
      field: string;
    }
  | {
      /**
       * A phone number, judged by libphonenumber-js. `VN` (the default): a Vietnamese mobile or fixed line, written
       * `0…` or `+84…`; `any`: a number of any country in international form (`+<country code>…`).
       */
      rule: 'phone';
      field: string;
      region?: 'VN' | 'any';
    }
  | {
      /**
       * A passport number: 1–9 letters A–Z and digits (ICAO 9303), or, when the field at `country` holds `VN`, one
       * letter and 7 digits. Letters may be typed in either case.
       */
      rule: 'passportNumber';
      field: string;
      /** The path of the issuing-country field (ISO 3166-1 alpha-2 code). */
      country?: string;
    }
);

/** A document the person will need to provide, listed on screen and in the submission. */
export interface RequiredDocument {
  id: string;
  label: LocalizedText;
  hint?: LocalizedText;
  /** When omitted, always needed. Otherwise a condition schema on the root data (the `if` subset). */
  when?: JsonSchema;
}

export interface Migration {
  /** The older versions this applies to: an exact version (`1.0.0`) or a major line (`1.x`). */
  from: string;
  /** Old concrete-or-pattern path → new path (`"child.name": "child.fullName"`). */
  renames: Record<string, string>;
}

export interface ProcedureDefinition {
  $schema?: string;
  /** Stable identifier, kebab-case (`birth-registration`). */
  id: string;
  /** Semantic version of this definition; drafts remember it. */
  version: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The language the form opens in when the portal does not say; Vietnamese unless stated. */
  primaryLanguage?: Lang;
  /** The competent authority that receives and decides. */
  authority: LocalizedText;
  /**
   * Fee in Vietnamese đồng; 0 for zero-fee procedures. `USD` only where the fee schedule itself is in US dollars
   * (visa fees of Circular 62/2023/TT-BTC).
   */
  fee: { amount: number; currency: 'VND' | 'USD'; note?: LocalizedText };
  legalBasis: LocalizedText[];
  processingTime?: LocalizedText;
  /** The data model. Must be `type: object` with `$schema` 2020-12. */
  schema: JsonSchema;
  steps: Step[];
  ui: Record<string, FieldUi>;
  checks?: Check[];
  /** Fields shown under the check-your-answers summary (the truthfulness declaration, place of declaration). */
  declaration: string[];
  /**
   * How drafts made with older versions of this definition map onto this one: renamed field paths, per version
   * range. Values that still fit are kept; values that no longer fit are set aside and shown, never dropped.
   */
  migrations?: Migration[];
  documents?: RequiredDocument[];
  /**
   * The field whose value names the person who signs the submission (`requester.fullName`): it is printed on the
   * signature stamp and in the device signer's certificate. A list names the first field that has an answer
   * (`["submitter.fullName", "legalRepresentative.fullName"]`: the authorized person when one files, else the legal
   * representative). Presentation only; it does not change the data model.
   */
  submitterName?: string | string[];
}
