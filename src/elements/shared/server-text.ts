import type { Lang } from '../../core/definition/types.js';
import type { ServerMessage } from '../../storage/outbox-store.js';

/** A receiving authority's message in the person's language (a receiver may answer in one language, as a string). */
export function serverText(message: ServerMessage['message'], lang: Lang): string {
  if (!message) return '';
  return typeof message === 'string' ? message : message[lang] || message.vi;
}
