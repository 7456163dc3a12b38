import { html, nothing, type TemplateResult } from 'lit';
import {
  certificateMessage,
  errorMessage,
  type PdfController,
  type PdfState,
} from '../../controllers/pdf-controller.js';
import type { ReferenceData } from '../../controllers/reference-data.js';
import { getAt } from '../../core/data/paths.js';
import { submitterNameOf } from '../../core/definition/submitter.js';
import type { Lang, ProcedureDefinition } from '../../core/definition/types.js';
import { formatBytes } from '../../core/format/display.js';
import { buildFields } from '../../core/model/build.js';
import { leafFields, visibleSteps } from '../../core/model/steps.js';
import { t, text } from '../../i18n/index.js';
import type { Signer } from '../../pdf/types.js';
import { DvcPdfReadyEvent } from './form-events.js';

/** What the person confirmed: the shaped answers, when, and the id the submission keeps end to end. */
export interface Completion {
  data: Record<string, unknown>;
  createdAt: Date;
  submissionId: string;
}

/** What the PDF panel needs from the form that owns the state. */
export interface PdfPanelHost extends EventTarget {
  lang: Lang;
  namespace: string;
  signer?: Signer;
  /** `off`: the signed PDF is offered for download only, without a preview frame. */
  pdfPreview?: 'on' | 'off';
  completion?: Completion;
  readonly pdf: PdfController;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/**
 * The names of every reference-data code in the answers ("Phường Ba Đình" for "00004"), keyed by field path, in
 * the PDF's language. A list that cannot be loaded leaves its codes unnamed: the PDF then prints the code, which
 * is still exact, rather than failing.
 */
export async function referenceLabels(
  definition: ProcedureDefinition,
  data: Record<string, unknown>,
  reference: ReferenceData,
  lang: Lang,
): Promise<Record<string, string>> {
  const fields = visibleSteps(definition, data).flatMap((index) =>
    leafFields(buildFields(definition, data, definition.steps[index].fields)),
  );
  const labels: Record<string, string> = {};
  await Promise.all(
    fields.map(async (field) => {
      const value = getAt(data, field.path);
      if (!field.source || value === undefined || value === null || value === '') return;
      const parent = field.dependsOnPath ? getAt(data, field.dependsOnPath) : undefined;
      const options = await reference
        .options(field.source.data, parent === undefined ? undefined : String(parent))
        .catch(() => []);
      const option = options.find((item) => item.value === String(value));
      if (option) labels[field.path] = text(option.label, lang);
    }),
  );
  return labels;
}

/** The signer's name: the answer the definition's `submitterName` points at, or a neutral word when there is none. */
export function signerName(definition: ProcedureDefinition, data: Record<string, unknown>, lang: Lang): string {
  return submitterNameOf(definition, data) ?? t(lang, 'signSignerUnknown');
}

/** Makes and signs the PDF of the confirmed answers; on success tells the page and moves focus to the download. */
export async function createPdf(
  host: PdfPanelHost,
  definition: ProcedureDefinition,
  reference: ReferenceData,
): Promise<void> {
  const completion = host.completion;
  if (!completion || host.pdf.busy) return;
  const lang = host.lang;
  const certificate = readCertificateInputs(host);
  const state = await host.pdf.create({
    definition,
    data: completion.data,
    lang,
    submissionId: completion.submissionId,
    createdAt: completion.createdAt,
    referenceLabels: referenceLabels(definition, completion.data, reference, lang),
    signerName: signerName(definition, completion.data, lang),
    namespace: host.namespace,
    signer: host.signer,
    certificate,
  });
  if (state.status === 'error' && state.certificate) {
    // The person fixes the file or the password: take them straight to the input the message is about.
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(`#pdf-p12-${state.certificate.field}`)?.focus();
  }
  if (state.status !== 'ready') return;
  host.dispatchEvent(new DvcPdfReadyEvent(state.bytes, state.submissionId, state.sha256, state.submissionSha256));
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.pdf-download')?.focus();
}

/**
 * The person's certificate file and password, when they chose to sign with them and the portal gave no signer. The
 * password is taken out of its input at once: it is used for this one attempt and never kept, in the page or here.
 */
function readCertificateInputs(host: PdfPanelHost): { file?: Blob; password: string } | undefined {
  if (host.signer || host.pdf.signWith !== 'p12') return undefined;
  const file = host.renderRoot.querySelector<HTMLInputElement>('#pdf-p12-file')?.files?.[0];
  const passwordInput = host.renderRoot.querySelector<HTMLInputElement>('#pdf-p12-password');
  const password = passwordInput?.value ?? '';
  if (passwordInput) passwordInput.value = '';
  return { file, password };
}

/**
 * "Sign with": the device key (the default) or the person's own certificate file (.p12/.pfx) and its password. A
 * certificate problem is shown next to the input it is about, announced, and linked to it. Hidden when the portal
 * signs: its signer wins over both choices.
 */
function renderSignerChoice(host: PdfPanelHost, state: PdfState): TemplateResult | typeof nothing {
  if (host.signer) return nothing;
  const lang = host.lang;
  const choice = host.pdf.signWith;
  const problem = state.status === 'error' ? state.certificate : undefined;
  const errorId = (field: 'file' | 'password') => (problem?.field === field ? `pdf-p12-${field}-error` : '');
  const error = (field: 'file' | 'password') =>
    problem?.field === field
      ? html`<p id=${errorId(field)} class="pdf-field-error" role="alert">${certificateMessage(problem, lang)}</p>`
      : nothing;
  const radio = (value: 'device' | 'p12', label: string) =>
    html`<div class="pdf-choice">
      <input
        type="radio"
        id="pdf-sign-${value}"
        name="pdf-sign-with"
        value=${value}
        .checked=${choice === value}
        @change=${() => host.pdf.choose(value)}
      />
      <label for="pdf-sign-${value}">${label}</label>
    </div>`;
  return html`<fieldset class="pdf-signer" part="pdf-signer">
      <legend>${t(lang, 'signWithLegend')}</legend>
      ${radio('device', t(lang, 'signWithDevice'))} ${radio('p12', t(lang, 'signWithP12'))}
    </fieldset>
    ${
      choice === 'p12'
        ? html`<div class="pdf-p12">
            <p id="pdf-p12-hint" class="pdf-hint">${t(lang, 'signP12Hint')}</p>
            <div class="pdf-p12-field ${problem?.field === 'file' ? 'invalid' : ''}">
              <label for="pdf-p12-file">${t(lang, 'signP12File')}</label>
              ${error('file')}
              <input
                id="pdf-p12-file"
                type="file"
                accept=".p12,.pfx,application/x-pkcs12"
                aria-describedby=${['pdf-p12-hint', errorId('file')].join(' ').trim()}
                aria-invalid=${problem?.field === 'file' ? 'true' : 'false'}
              />
            </div>
            <div class="pdf-p12-field ${problem?.field === 'password' ? 'invalid' : ''}">
              <label for="pdf-p12-password">${t(lang, 'signP12Password')}</label>
              ${error('password')}
              <input
                id="pdf-p12-password"
                type="password"
                autocomplete="off"
                aria-describedby=${errorId('password') || nothing}
                aria-invalid=${problem?.field === 'password' ? 'true' : 'false'}
              />
            </div>
          </div>`
        : nothing
    }`;
}

/**
 * The "Create and sign PDF" panel under "Your answers are complete": the button, progress (announced politely),
 * then the download link, the signer, the file's SHA-256 and a preview; or an error, in place, with a retry.
 */
export function renderPdfPanel(
  host: PdfPanelHost,
  definition: ProcedureDefinition,
  reference: ReferenceData,
  /** What comes right after the signed PDF's facts, before its preview: the next step (submitting it). */
  next: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const lang = host.lang;
  const state = host.pdf.state;
  const progress =
    state.status === 'loading-code'
      ? t(lang, 'signLoadingCode')
      : state.status === 'signing'
        ? t(lang, 'signSigning')
        : '';
  const start = () => void createPdf(host, definition, reference);
  // A certificate problem is shown next to its input; here only when the portal's signer has hidden the inputs.
  const generalError =
    state.status !== 'error' || (state.certificate && !host.signer)
      ? ''
      : state.certificate
        ? certificateMessage(state.certificate, lang)
        : errorMessage(state.reason === 'load' ? 'load' : 'failed', lang);
  return html`<section class="pdf" part="pdf" aria-labelledby="pdf-title">
    <h3 id="pdf-title">${t(lang, 'signTitle')}</h3>
    ${
      state.status === 'ready'
        ? html`
            <p>
              <a class="pdf-download" part="pdf-download" href=${state.url} download=${state.fileName}>
                ${t(lang, 'signDownload', { size: formatBytes(state.bytes.length, lang) })}
              </a>
            </p>
            <dl class="pdf-facts">
              <dt>${t(lang, 'signSignedBy')}</dt>
              <dd>${state.signerName}</dd>
              <dt>${t(lang, 'signSha256')}</dt>
              <dd><code>${state.sha256}</code></dd>
            </dl>
            ${next}
            ${
              host.pdfPreview === 'off'
                ? nothing
                : html`<iframe
                    class="pdf-preview"
                    part="pdf-preview"
                    title=${t(lang, 'signPreview')}
                    src=${state.url}
                  ></iframe>`
            }
          `
        : html`
            <p>${t(lang, !host.signer && host.pdf.signWith === 'p12' ? 'signIntroP12' : 'signIntro')}</p>
            ${generalError ? html`<div class="pdf-error" role="alert"><p>${generalError}</p></div>` : nothing}
            ${renderSignerChoice(host, state)}
            <div class="actions">
              <button
                type="button"
                class="primary"
                part="button primary create-pdf"
                aria-disabled=${progress ? 'true' : 'false'}
                @click=${start}
              >
                ${t(lang, state.status === 'error' ? 'signRetry' : 'signCreate')}
              </button>
            </div>
          `
    }
    <p class="pdf-progress" role="status">${progress}</p>
  </section>`;
}
