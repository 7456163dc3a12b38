import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';

/** Per URL: '' once applied, the problem once refused; absent while loading. One fetch per URL for the whole page. */
const results = new Map<string, string>();
const loads = new Map<string, Promise<unknown>>();

/**
 * The state of the portal's `strings` file for an element: '' when there is none or it is applied, the problem when
 * it was refused, undefined while it loads (the element then renders nothing, so that no default wording flashes
 * before the portal's, and re-renders when it settles). The loader is a separate chunk, fetched only when used.
 */
export function stringsState(host: ReactiveControllerHost & { strings?: string }): string | undefined {
  const url = host.strings;
  if (!url) return '';
  if (results.has(url)) return results.get(url);
  let load = loads.get(url);
  if (!load) {
    load = import('../../i18n/strings-file.js')
      .then(({ applyStringsFile }) => applyStringsFile(url))
      .then(
        () => results.set(url, ''),
        (error: unknown) => results.set(url, error instanceof Error ? error.message : String(error)),
      );
    loads.set(url, load);
  }
  void load.then(() => host.requestUpdate());
  return undefined;
}

/** The in-place notice of a refused strings file (the element goes on with its default wording). */
export function stringsNotice(
  host: { strings?: string; lang: Lang },
  problem: string,
): TemplateResult | typeof nothing {
  return problem
    ? html`<p class="load-error" role="alert" part="load-error">
        ${t(host.lang, 'stringsFailed', { url: host.strings ?? '', problem })}
      </p>`
    : nothing;
}
