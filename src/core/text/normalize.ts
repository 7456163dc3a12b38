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
 * Folds text so that people find "Đắk Lắk" by typing "dak lak", "ĐẮK LẮK" or "đắk lắk": decomposed (NFD), combining
 * marks removed, đ read as d (it has no decomposition), lower case, and every run of spaces or punctuation made one
 * space ("Bà Rịa - Vũng Tàu" → "ba ria vung tau").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
