import { html, nothing, type TemplateResult } from 'lit';
import type { DraftController } from '../../controllers/draft-controller.js';
import type { Lang, ProcedureDefinition } from '../../core/definition/types.js';
import { formatBytes } from '../../core/format/display.js';
import { labelOf } from '../../core/validate/errors.js';
import { t, text } from '../../i18n/index.js';

interface DraftStatusHost {
  lang: Lang;
  drafts: 'device' | 'off';
  readonly draft: DraftController;
  requestUpdate(): void;
}

/**
 * "Saved on this device at 10:32", announced politely. The time has minute resolution, so a screen reader hears it
 * at most once a minute however fast the person types. Below it, once known, whether the browser promised to keep
 * the data (navigator.storage.persist) and how much room is used.
 */
export function renderSaveStatus(host: DraftStatusHost): TemplateResult | typeof nothing {
  if (host.drafts !== 'device') return nothing;
  const { state, durability } = host.draft;
  const locale = host.lang === 'vi' ? 'vi-VN' : 'en-GB';
  let message = '';
  if (state.kind === 'saved') {
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(state.at);
    message = t(host.lang, 'savedOnDevice', { time });
  } else if (state.kind === 'error') {
    message = t(host.lang, state.reason === 'full' ? 'saveFailedFull' : 'saveFailed');
  }
  return html`
    <div class="save-status" part="save-status status">
      <p role="status" class=${state.kind === 'error' ? 'save-error' : ''}>${message}</p>
      ${
        durability
          ? html`<p class="durability">
              ${t(host.lang, durability.persistence === 'persisted' ? 'storagePersisted' : 'storageBestEffort')}
              ${
                durability.usage !== undefined && durability.quota
                  ? t(host.lang, 'storageUsage', {
                      used: formatBytes(durability.usage, host.lang),
                      quota: formatBytes(durability.quota, host.lang),
                    })
                  : nothing
              }
            </p>`
          : nothing
      }
    </div>
  `;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Answers from an older version of the procedure that no longer fit: listed for the person, kept with the draft,
 * and discarded only when the person says so.
 */
export function renderDraftNotices(
  host: DraftStatusHost,
  definition: ProcedureDefinition,
): TemplateResult | typeof nothing {
  const values = host.draft.setAside;
  if (values.length === 0) return nothing;
  const reason = { removed: 'setAsideRemoved', type: 'setAsideType', choice: 'setAsideChoice' } as const;
  return html`
    <section class="panel set-aside" part="set-aside" aria-labelledby="set-aside-title">
      <h3 id="set-aside-title">${t(host.lang, 'setAsideTitle')}</h3>
      <p>${t(host.lang, 'setAsideBody')}</p>
      <ul>
        ${values.map(
          (item) =>
            html`<li>
              <strong>${text(labelOf(definition, item.path).label, host.lang)}</strong>: ${shown(item.value)}
              (${t(host.lang, reason[item.reason])})
            </li>`,
        )}
      </ul>
      <button
        type="button"
        class="secondary"
        part="button secondary"
        @click=${() => {
          host.draft.clearSetAside();
          host.requestUpdate();
        }}
      >
        ${t(host.lang, 'setAsideDismiss')}
      </button>
    </section>
  `;
}
