import { html, type TemplateResult } from 'lit';
import type { Lang } from '../core/definition/types.js';

/**
 * The "embed in your portal" section of a procedure's page: the two tags a province pastes into its own page to offer
 * the same form, with a Copy button. It is loaded only when the person opens the section (most visitors are citizens,
 * not portal developers), so none of it weighs on the form's first load.
 *
 * The URLs come from this page's own address, because the build publishes the drop-in bundle at `embed/dvc-kit.js` and
 * each procedure's pack at `packs/<id>/pack.json` beside the demo. The submission endpoint cannot be guessed: it is a
 * placeholder, highlighted on screen, that the province replaces with its own back office's address.
 */

/**
 * The section's own words. They live here, in the lazily loaded chunk, rather than in src/i18n: they are the demo's,
 * not the kit's, and the kit's catalog is in the first load of every form (and in every portal's bundle).
 */
export const MESSAGES = {
  vi: {
    intro: 'Dán đoạn mã sau vào một trang của cổng dịch vụ công để đặt biểu mẫu “{title}” lên trang đó.',
    endpointNote: 'Thay địa chỉ được tô sáng bằng địa chỉ API tiếp nhận hồ sơ của tỉnh bạn.',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép',
    copyFailed: 'Không sao chép tự động được. Mã đã được chọn: nhấn Ctrl+C (hoặc ⌘+C) để sao chép.',
    guide: 'Hướng dẫn đầy đủ: docs/embedding.md trong mã nguồn dvc-kit.',
  },
  en: {
    intro: 'Paste this code into a page of your public-service portal to put the “{title}” form on it.',
    endpointNote: 'Replace the highlighted address with your province’s submission API.',
    copy: 'Copy code',
    copied: 'Copied',
    copyFailed: 'The code could not be copied automatically. It is selected: press Ctrl+C (or ⌘+C) to copy it.',
    guide: 'Full guide: docs/embedding.md in the dvc-kit sources.',
  },
} satisfies Record<Lang, Record<string, string>>;
type MessageKey = keyof (typeof MESSAGES)['vi'];

export const ENDPOINT_PLACEHOLDER = 'https://your-portal.example/api/v1';

export interface EmbedOptions {
  /** The procedure's id: its folder, its pack's folder, and the storage namespace the snippet suggests. */
  id: string;
  /** The procedure's title, in `lang`, for the introduction. */
  title: string;
  lang: Lang;
  /** Draws the page again after the section's own state (the announcement) changed. */
  refresh: () => void;
}

/** The snippet in three pieces, so the page can highlight the placeholder while the clipboard gets the plain text. */
export function embedSnippet(id: string, lang: Lang, base: string): [string, string, string] {
  const script = new URL('embed/dvc-kit.js', base).href;
  const pack = new URL(`packs/${id}/pack.json`, base).href;
  return [
    `<script type="module" src="${script}"></script>\n` +
      `<dvc-form\n  procedure="${pack}"\n  lang="${lang}"\n  endpoint="`,
    ENDPOINT_PLACEHOLDER,
    `"\n  namespace="${id}"\n></dvc-form>`,
  ];
}

/** What the live region says, for the procedure it was said about (it is cleared on another procedure's page). */
let announcement: { id: string; key: 'copied' | 'copyFailed' } | undefined;

function announce(options: EmbedOptions, key: 'copied' | 'copyFailed'): void {
  // Emptied first, then set in a later task: a screen reader announces a status region when its text changes, and
  // a second copy would otherwise leave the same words in place and say nothing.
  announcement = undefined;
  options.refresh();
  setTimeout(() => {
    announcement = { id: options.id, key };
    options.refresh();
  }, 100);
}

async function copy(options: EmbedOptions, snippet: string, code: HTMLElement | null): Promise<void> {
  try {
    // `navigator.clipboard` is missing on pages not served over HTTPS (or localhost), and writing may be refused.
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(snippet);
    announce(options, 'copied');
  } catch {
    // The person can still copy by hand: the code is selected for them, and the message says which keys to press.
    if (code) getSelection()?.selectAllChildren(code);
    announce(options, 'copyFailed');
  }
}

export function renderEmbed(options: EmbedOptions): TemplateResult {
  const { id, title, lang } = options;
  const base = new URL(import.meta.env.BASE_URL, location.origin).href;
  const [before, placeholder, after] = embedSnippet(id, lang, base);
  const say = (key: MessageKey): string => MESSAGES[lang][key];
  const said = announcement?.id === id ? say(announcement.key) : '';
  const onCopy = (event: Event): void => {
    const section = (event.currentTarget as HTMLElement).closest('.embed-body');
    void copy(options, before + placeholder + after, section?.querySelector('code') ?? null);
  };
  // The <pre> keeps the template's exact line breaks: its content stays on one line of this source.
  return html`<div class="embed-body">
    <p>${say('intro').replace('{title}', () => title)}</p>
    <pre class="embed-code"><code>${before}<mark>${placeholder}</mark>${after}</code></pre>
    <p>${say('endpointNote')}</p>
    <button type="button" class="embed-copy" @click=${onCopy}>${say('copy')}</button>
    <p class="embed-status" role="status">${said}</p>
    <p>${say('guide')}</p>
  </div>`;
}
