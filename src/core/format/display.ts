import type { AttachmentValue, Lang } from '../definition/types.js';
import { formatDateVi } from '../formats/dates.js';
import type { FieldModel, Option } from '../model/types.js';

/**
 * A value as a person reads it on the check-your-answers page and in the PDF: the label of a choice (not its code),
 * dates as dd/mm/yyyy, yes/no in words. `options` supplies choices that come from reference data (communes…);
 * without them the code itself is shown rather than nothing.
 */
export function displayValue(field: FieldModel, value: unknown, lang: Lang, options?: readonly Option[]): string {
  if (value === undefined || value === null || value === '') return '';
  if (field.widget === 'file' && typeof value === 'object') {
    const file = value as Partial<AttachmentValue>;
    return `${file.name ?? ''} (${formatBytes(file.size ?? 0, lang)})`;
  }
  const choices = options ?? field.options;
  if (choices) {
    const chosen = choices.find((option) => option.value === String(value));
    if (chosen) return chosen.label[lang];
  }
  if (typeof value === 'boolean') return value ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
  if (field.widget === 'date' && typeof value === 'string') return formatDateVi(value);
  if (typeof value === 'number') return value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return String(value);
}

/** A file size as people read it: "850 KB", "2,4 MB" (decimal comma in Vietnamese). */
export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000).toLocaleString(locale)} KB`;
  return `${(bytes / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
