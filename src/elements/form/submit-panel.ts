import { html, nothing, type TemplateResult } from 'lit';
import type { SubmitController } from '../../controllers/submit-controller.js';
import type { ProcedureDefinition } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';
import type { OutboxItem } from '../../storage/outbox-store.js';
import type { OutboxConfig } from '../../sync/outbox.js';
import { serverText } from '../shared/server-text.js';
import { DvcSubmissionQueuedEvent } from './form-events.js';
import type { PdfPanelHost } from './pdf-panel.js';

/** What the submit panel needs from the form that owns the state. */
export interface SubmitPanelHost extends PdfPanelHost {
  endpoint: string;
  headers?: OutboxConfig['headers'];
  readonly submitting: SubmitController;
  readonly draft: { draftId?: string };
}

/** Queues the signed PDF for sending and tells the page; the panel then follows the submission live. */
async function queue(host: SubmitPanelHost, definition: ProcedureDefinition): Promise<void> {
  const pdf = host.pdf.state;
  if (pdf.status !== 'ready' || !host.endpoint) return;
  const state = await host.submitting.submit({
    pdf,
    procedureId: definition.id,
    procedureVersion: definition.version,
    procedureTitle: definition.title,
    draftId: host.draft.draftId,
    namespace: host.namespace,
    endpoint: host.endpoint,
    headers: host.headers,
  });
  if (state.status !== 'queued') return;
  host.dispatchEvent(new DvcSubmissionQueuedEvent(state.id, definition.id, definition.version));
}

/** Where the submission is, in plain words: the same words as in `<dvc-outbox>`. */
function deliveryText(host: SubmitPanelHost, item: OutboxItem | undefined): string {
  const lang = host.lang;
  if (!item) return t(lang, 'submitQueued');
  switch (item.status) {
    case 'accepted':
      return item.receipt
        ? `${t(lang, 'outboxStatusAccepted')}. ${t(lang, 'outboxReference')}: ${item.receipt.reference}`
        : t(lang, 'outboxStatusAccepted');
    case 'needs-fix':
      return `${t(lang, 'outboxStatusNeedsFix')}: ${serverText(item.serverMessage?.message, lang) || t(lang, 'outboxRejectedNoMessage', { status: item.serverMessage?.status ?? '' })}`;
    case 'waiting-auth':
      return t(lang, 'outboxStatusWaitingAuth');
    case 'sending':
      return t(lang, 'outboxStatusSending');
    default:
      return `${t(lang, 'submitQueued')} ${navigator.onLine ? '' : t(lang, 'outboxOffline')}`.trim();
  }
}

/**
 * "Submit your application", under the signed PDF: one button that puts the submission in the device's outbox, then
 * its delivery status, announced politely as it changes (waiting → received with the receipt number, or sent back
 * with the authority's message). Without an endpoint the person is told to submit the downloaded PDF themselves.
 */
export function renderSubmitPanel(
  host: SubmitPanelHost,
  definition: ProcedureDefinition,
): TemplateResult | typeof nothing {
  if (host.pdf.state.status !== 'ready') return nothing;
  const lang = host.lang;
  if (!host.endpoint) return html`<p class="submit-none">${t(lang, 'submitNoEndpoint')}</p>`;
  const state = host.submitting.state;
  const status =
    state.status === 'queuing'
      ? t(lang, 'submitQueuing')
      : state.status === 'queued'
        ? deliveryText(host, state.item)
        : '';
  return html`<section class="submit" part="submit" aria-labelledby="submit-title">
    <h3 id="submit-title">${t(lang, 'submitTitle')}</h3>
    ${
      state.status === 'queued'
        ? html`<p class="submit-outbox">${t(lang, 'submitSeeOutbox')}</p>`
        : html`<p>${t(lang, 'submitIntro')}</p>
            ${
              state.status === 'error'
                ? html`<div class="pdf-error" role="alert"><p>${t(lang, 'submitQueueFailed')}</p></div>`
                : nothing
            }
            <div class="actions">
              <button
                type="button"
                class="primary"
                part="button primary submit-application"
                aria-disabled=${state.status === 'queuing' ? 'true' : 'false'}
                @click=${() => void queue(host, definition)}
              >
                ${t(lang, state.status === 'error' ? 'signRetry' : 'submitButton')}
              </button>
            </div>`
    }
    <p class="submit-status" role="status">${status}</p>
  </section>`;
}
