import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang, ProcedureDefinition } from '../core/definition/types.js';
import { t } from '../i18n/index.js';
import type { Signer } from '../pdf/types.js';

/** What one signed submission PDF is made from. */
export interface PdfRequest {
  definition: ProcedureDefinition;
  /** The shaped answers, as confirmed with the declaration. */
  data: Record<string, unknown>;
  lang: Lang;
  submissionId: string;
  createdAt: Date;
  /** Names of the reference-data codes, by concrete field path (a promise, so that they load with the code). */
  referenceLabels: Record<string, string> | Promise<Record<string, string>>;
  /** The name the device signer's certificate and the stamp carry. */
  signerName: string;
  /** The storage namespace the device key is kept in. */
  namespace: string;
  /** A portal's own signer; the device signer when absent. */
  signer?: Signer;
}

export type PdfState =
  | { status: 'idle' }
  | { status: 'loading-code' }
  | { status: 'signing' }
  | {
      status: 'ready';
      bytes: Uint8Array;
      /** An object URL of the PDF, revoked when the controller is reset or its host leaves the page. */
      url: string;
      fileName: string;
      /** SHA-256 of the PDF file, lower-case hex. */
      sha256: string;
      /** SHA-256 of the embedded submission.json (the QR code's content). */
      submissionSha256: string;
      signerName: string;
      submissionId: string;
    }
  | {
      status: 'error';
      /** `load`: the PDF code or fonts could not be fetched (offline before they were cached); `failed`: the rest. */
      reason: 'load' | 'failed';
      /** The message, in the language of the request. */
      message: string;
      error: unknown;
    };

/** Thrown by the code-loading phase, so that its failure gets its own message (usually: offline, never cached). */
class CodeLoadError extends Error {}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What the person is told when making the PDF failed (their answers are never touched by a failure). */
export function errorMessage(reason: 'load' | 'failed', lang: Lang): string {
  return t(lang, reason === 'load' ? 'signLoadFailed' : 'signFailed');
}

/** `birth-registration-2026-05-01.pdf`: the procedure and the local date the declaration was confirmed. */
export function pdfFileName(procedureId: string, createdAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${createdAt.getFullYear()}-${pad(createdAt.getMonth() + 1)}-${pad(createdAt.getDate())}`;
  return `${procedureId}-${date}.pdf`;
}

/**
 * Makes and signs a submission PDF for a form. The PDF code (pdf-lib, fontkit, pkijs: about 400 KB gzip) is loaded
 * only here, with dynamic imports, so that a person who never signs never downloads it; the service worker
 * precaches the chunks, so signing works offline too. States: idle → loading-code → signing → ready | error.
 */
export class PdfController implements ReactiveController {
  state: PdfState = { status: 'idle' };
  private ticket = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.reset();
  }

  get busy(): boolean {
    return this.state.status === 'loading-code' || this.state.status === 'signing';
  }

  /** Forgets the PDF (and frees its object URL); a run in progress is abandoned. */
  reset(): void {
    if (this.state.status === 'ready') URL.revokeObjectURL(this.state.url);
    this.ticket++;
    this.set({ status: 'idle' });
  }

  async create(request: PdfRequest): Promise<PdfState> {
    if (this.busy) return this.state;
    this.reset();
    const ticket = this.ticket;
    const current = () => ticket === this.ticket;
    try {
      this.set({ status: 'loading-code' });
      const [pdf, fonts, device, keys] = await Promise.all([
        import('../pdf/index.js'),
        import('../pdf/fonts-browser.js'),
        request.signer ? undefined : import('../pdf/signers/device.js'),
        request.signer ? undefined : import('../storage/keys.js'),
      ]).catch((error: unknown) => {
        throw new CodeLoadError('the PDF code could not be loaded', { cause: error });
      });
      const loadedFonts = await fonts.loadBrowserFonts().catch((error: unknown) => {
        throw new CodeLoadError('the PDF fonts could not be loaded', { cause: error });
      });
      if (!current()) return this.state;
      this.set({ status: 'signing' });
      const signer =
        request.signer ??
        (await device!.createDeviceSigner({
          displayName: request.signerName,
          keyStore: keys!.deviceKeyStore(request.namespace),
        }));
      const { definition, data, lang, submissionId, createdAt, referenceLabels } = request;
      const made = await pdf.createSubmissionPdf(
        { definition, data, lang, submissionId, createdAt, referenceLabels: await referenceLabels },
        signer,
        loadedFonts,
      );
      const bytes = made.bytes;
      const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
      if (!current()) return this.state;
      this.set({
        status: 'ready',
        bytes,
        url: URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })),
        fileName: pdfFileName(definition.id, createdAt),
        sha256,
        submissionSha256: made.submissionSha256,
        signerName: signer.displayName,
        submissionId,
      });
    } catch (error) {
      // The answers and the draft are untouched: only this attempt failed, and the person may try again.
      if (current()) {
        const reason = error instanceof CodeLoadError ? 'load' : 'failed';
        this.set({ status: 'error', reason, message: errorMessage(reason, request.lang), error });
      }
    }
    return this.state;
  }

  private set(state: PdfState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
