import type { Lang, LocalizedText } from '../core/definition/types.js';
import type { SummaryRow } from '../core/model/steps.js';
import { checkValidationMessages, overrideValidationMessages, type MessageId } from '../core/validate/messages.js';
import { vi, type MessageKey, type Messages, type Plural } from './vi.js';

export type { MessageKey, Messages };

/**
 * The UI strings by language. Vietnamese, the product's first language, is always here; English is a separate chunk
 * loaded when a page first asks for it (`loadLang`), so that a person on a weak connection downloads one language.
 * Node code (the CLI, PDF layout) registers English eagerly through `./all.js`.
 */
const catalogs: Partial<Record<Lang, Messages>> = { vi };
let englishLoading: Promise<void> | undefined;

/** Makes a language's strings available (the English chunk calls this when it loads). */
export function registerCatalog(lang: Lang, messages: Messages): void {
  catalogs[lang] = messages;
}

/** Whether `t(lang, …)` has the language's own strings now. */
export function langReady(lang: Lang): boolean {
  return catalogs[lang] !== undefined;
}

/** Loads a language's strings; resolves at once when they are here (from the service worker cache when offline). */
export function loadLang(lang: Lang): Promise<void> {
  if (langReady(lang)) return Promise.resolve();
  englishLoading ??= import('./en.js').then(
    ({ en }) => registerCatalog('en', en),
    (error: unknown) => {
      englishLoading = undefined;
      throw error;
    },
  );
  return englishLoading;
}
const overrides: Record<Lang, Partial<Messages>> = { vi: {}, en: {} };

/** A portal's strings for one language: UI keys, and `validation` for the wording of validation messages. */
export type MessageOverrides = Partial<Messages> & { validation?: Partial<Record<MessageId, string>> };

/**
 * Lets a portal replace UI strings (e.g. its own wording for "Continue"), per language, for every element of the
 * page. A plural key takes `{ one?, other }` (or one string for every count); any other key takes a string. The
 * whole set is checked first and refused, with an error naming the key, if one key is unknown or of the wrong
 * shape: a portal's typo must show up when it is made, not as a question silently worded by default.
 */
export function overrideMessages(lang: Lang, messages: MessageOverrides): void {
  const { validation, ...ui } = checkMessages(messages);
  if (validation) overrideValidationMessages(lang, validation);
  overrides[lang] = { ...overrides[lang], ...ui };
}

/** Throws a TypeError naming the first unknown or wrongly shaped key; returns the strings when they all fit. */
export function checkMessages(messages: MessageOverrides): MessageOverrides {
  const { validation, ...ui } = messages;
  if (validation !== undefined) checkValidationMessages(validation);
  for (const [key, value] of Object.entries(ui)) {
    const base: unknown = Object.hasOwn(vi, key) ? vi[key as MessageKey] : undefined;
    const ok =
      typeof value === 'string' ||
      (typeof base === 'object' &&
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Plural).other === 'string' &&
        Object.entries(value).every(([form, v]) => (form === 'one' || form === 'other') && typeof v === 'string'));
    if (base === undefined || !ok) {
      throw new TypeError(
        base === undefined
          ? `Unknown string key "${key}"`
          : `String "${key}" must be ${typeof base === 'object' ? 'a string or { one?, other }' : 'a string'}`,
      );
    }
  }
  return messages;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A UI string in `lang`, with `{name}` placeholders filled and the plural form chosen by `params.count`. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  // Before `loadLang` resolves a missing language falls back to Vietnamese; elements wait for it (see langLoaded).
  const message = overrides[lang][key] ?? (catalogs[lang] ?? vi)[key];
  if (typeof message === 'string') return fill(message, params);
  const plural = message as Plural;
  const category = new Intl.PluralRules(lang).select(Number(params.count ?? 0));
  const form = category === 'one' && plural.one !== undefined ? plural.one : plural.other;
  return fill(form, params);
}

/** The text of a definition's bilingual string in `lang`. */
export function text(value: LocalizedText | undefined, lang: Lang): string {
  return value ? value[lang] : '';
}

/** The label of a summary row: "Con 2: Họ và tên", "Quê quán – Tỉnh, thành phố". */
export function rowLabel(row: SummaryRow, lang: Lang): string {
  const name = [...row.groups, row.field.label].map((label) => text(label, lang)).join(' – ');
  if (!row.item) return name;
  return `${t(lang, 'itemNumbered', { item: text(row.item.noun, lang), n: row.item.n }).trim()}: ${name}`;
}
