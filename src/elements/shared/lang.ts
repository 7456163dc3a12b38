import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../../core/definition/types.js';
import { langReady, loadLang } from '../../i18n/index.js';

/**
 * Whether the element's language is loaded. If not, starts loading it and re-renders the element when it is: an
 * element renders nothing for that moment rather than a flash of the other language. English is a lazy chunk (see
 * src/i18n/index.ts), precached by the service worker, so the wait is one cache read.
 */
export function langLoaded(host: ReactiveControllerHost & { lang: Lang }): boolean {
  if (langReady(host.lang)) return true;
  loadLang(host.lang).then(
    () => host.requestUpdate(),
    () => undefined,
  );
  return false;
}
