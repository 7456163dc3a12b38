import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';

// Which files a field takes and the words that describe them: needed for the hint before any file is chosen and to
// refuse a wrong file at once. The rest of the file handling (photo reduction, hashing: prepare.ts) is loaded only
// when a person chooses a file the field takes.

/** Photo types the browser can decode and the kit re-encodes as JPEG (HEIC only where the browser decodes it). */
export const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];

/** Some pickers (older Android, files without a known extension) give no MIME type: the extension is all we have. */
const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
};

/** The MIME type of a chosen file, from the browser or else from its extension; '' when unknown. */
export function fileType(file: File): string {
  if (file.type) return file.type.toLowerCase();
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? '';
}

/**
 * The type a file of `type` is stored as: photos become JPEG when the definition accepts JPEG (or anything), so a
 * WEBP or HEIC photo is welcome wherever JPEG is; other files keep their type. Undefined means "refuse".
 */
export function storedType(type: string, accept: readonly string[]): string | undefined {
  const any = accept.length === 0;
  if (PHOTO_TYPES.includes(type) && (any || accept.includes('image/jpeg'))) return 'image/jpeg';
  if (any) return type || 'application/octet-stream';
  if (type && accept.includes(type)) return type;
  return undefined;
}

/** Short names people know the types by. */
const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'application/pdf': 'PDF',
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? (type.split('/').pop() ?? type).toUpperCase();
}

/** Accepted types in words, for messages: "ảnh JPG, PNG hoặc tệp PDF", "JPG, PNG image or PDF file". */
export function describeAccepted(accept: readonly string[], lang: Lang): string {
  const list = new Intl.ListFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { type: 'disjunction' });
  const images = accept.filter((type) => type.startsWith('image/')).map(typeName);
  const documents = accept.filter((type) => !type.startsWith('image/')).map(typeName);
  const groups: string[] = [];
  // With a single group the names themselves are the alternatives ("JPG hoặc PNG"); with two, the groups are.
  const join = (names: string[]) => (images.length && documents.length ? names.join(', ') : list.format(names));
  if (images.length) groups.push(t(lang, 'fileKindImage', { types: join(images) }));
  if (documents.length) groups.push(t(lang, 'fileKindDocument', { types: join(documents) }));
  return list.format(groups);
}
