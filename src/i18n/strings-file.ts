import type { Lang } from '../core/definition/types.js';
import { checkMessages, overrideMessages, type MessageOverrides } from './index.js';

/**
 * Fetches a portal's strings file, `{ "vi": { … }, "en": { … } }`, checks every key of both languages, and only then
 * applies them: a file with one bad key changes nothing, so a page never mixes the portal's wording with ours.
 * Throws an Error saying what is wrong (HTTP status, not JSON, unknown key…). Loaded only when `strings` is set.
 */
export async function applyStringsFile(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  let file: unknown;
  try {
    file = await response.json();
  } catch {
    throw new Error('not JSON');
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new Error('not a { "vi", "en" } object');
  const entries = Object.entries(file) as Array<[string, unknown]>;
  for (const [lang, messages] of entries) {
    if (lang !== 'vi' && lang !== 'en') throw new Error(`unknown language "${lang}" (vi or en)`);
    if (typeof messages !== 'object' || messages === null) throw new Error(`"${lang}" is not an object`);
    checkMessages(messages as MessageOverrides);
  }
  for (const [lang, messages] of entries) overrideMessages(lang as Lang, messages as MessageOverrides);
}
