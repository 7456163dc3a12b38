import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';

/**
 * Phone numbers, judged by libphonenumber-js with the numbering plans it keeps up to date, not by a hand-written
 * pattern (Viet Nam moved its mobiles from 11 to 10 digits in 2018 and its fixed lines to 11 digits in 2017).
 *
 * The library's `core` entry takes its metadata as a parameter: the metadata is most of its weight (all countries,
 * with the exact number patterns that `isValid` needs, are about 39 KB gzip), so it is not part of the first load.
 * A procedure's precompiled validator carries only the regions its checks name (scripts/compile-validators.mjs);
 * Node uses the whole set. The answers are the same: a number outside the regions a check accepts is refused either
 * way, whether its country is known (and wrong) or unknown.
 */

/** `VN`: a Vietnamese number, national (`0…`) or international (`+84…`). `any`: any country, written with `+`. */
export type PhoneRegion = 'VN' | 'any';

export type PhoneMetadata = MetadataJson;

// Digits with the separators people type between groups. Letters ("ext", "x"), which the library would read as an
// extension or skip as surrounding text, make the answer wrong rather than silently shorter.
const SHAPE = /^\+?[\d\s().-]+$/;

export function isPhoneNumber(value: string, region: PhoneRegion, metadata: PhoneMetadata): boolean {
  if (!SHAPE.test(value)) return false;
  if (region === 'any') {
    // "0033…" or "33…" would have to be guessed at; the form asks for the international form instead.
    if (!value.startsWith('+')) return false;
    return parsePhoneNumberFromString(value, { extract: false }, metadata)?.isValid() === true;
  }
  const number = parsePhoneNumberFromString(value, { defaultCountry: region, extract: false }, metadata);
  return number?.isValid() === true && number.country === region;
}

/** The part of `metadata` that the given regions need: everything for `any`, else those countries alone. */
export function phoneMetadataFor(regions: Iterable<PhoneRegion>, metadata: PhoneMetadata): PhoneMetadata {
  const wanted = new Set(regions);
  if (wanted.has('any')) return metadata;
  const countries = Object.fromEntries(Object.entries(metadata.countries).filter(([code]) => wanted.has(code as 'VN')));
  const callingCodes: Record<string, string[]> = {};
  for (const [code, list] of Object.entries(metadata.country_calling_codes)) {
    const kept = list.filter((country) => country in countries);
    if (kept.length > 0) callingCodes[code] = kept;
  }
  return { ...metadata, country_calling_codes: callingCodes, countries, nonGeographic: {} } as PhoneMetadata;
}
