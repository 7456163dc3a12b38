/**
 * Vietnamese typed through different keyboards (Telex/VNI input methods, macOS, Android) arrives either precomposed
 * (NFC, "ễ" = U+1EC5) or decomposed (NFD, "e" + U+0302 + U+0303). They look the same but compare, hash and sign
 * differently, so every string that enters the data is NFC-normalized.
 */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** A deep copy of JSON-like data with every string in NFC (object keys included). */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => normalizeStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[nfc(key)] = normalizeStrings(item);
    return out as T;
  }
  return value;
}

/**
 * Folds text for searching: case, diacritics and đ/Đ are ignored, so "dak lak" finds "Đắk Lắk" and
 * "nguyen" finds "Nguyễn".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}
