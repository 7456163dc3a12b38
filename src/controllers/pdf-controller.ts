import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang, ProcedureDefinition } from '../core/definition/types.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { P12_ERRORS } from '../pdf/signers/p12.js';
import type { Signer } from '../pdf/types.js';

/** Who signs when the portal gives no signer: the key kept on this device, or the person's own PKCS#12 file. */
export type SignWith = 'device' | 'p12';

/** Why the person's certificate file could not sign, and which input the message belongs to. */
export interface CertificateProblem {
  code: keyof typeof P12_ERRORS | 'noFile' | 'unreadable';
  field: 'file' | 'password';
}

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
  /**
   * The person's PKCS#12 file and its password, when they chose to sign with their own certificate (a portal's
   * signer still wins). The file is read in memory only; neither it nor the password is kept after the attempt.
   */
  certificate?: { file?: Blob; password: string };
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
      /** The exact text of the embedded submission.json (it is sent beside the PDF, and must equal it). */
      submissionJson: string;
      signerName: string;
      submissionId: string;
    }
  | {
      status: 'error';
      /**
       * `load`: the PDF code or fonts could not be fetched (offline before they were cached); `certificate`: the
       * person's certificate file or password did not open (see `certificate`); `failed`: the rest.
       */
      reason: 'load' | 'failed' | 'certificate';
      certificate?: CertificateProblem;
      /** The message, in the language of the request. */
      message: string;
      error: unknown;
    };

/** Thrown by the code-loading phase, so that its failure gets its own message (usually: offline, never cached). */
class CodeLoadError extends Error {}

/** Thrown when the person's certificate file cannot sign: they can fix it (another file, the right password). */
class CertificateError extends Error {
  constructor(readonly problem: CertificateProblem) {
    super(`certificate: ${problem.code}`);
  }
}

const CERTIFICATE_MESSAGES: Record<CertificateProblem['code'], MessageKey> = {
  noFile: 'signP12NoFile',
  unreadable: 'signP12Unreadable',
  notP12: 'signP12NotP12',
  wrongPassword: 'signP12WrongPassword',
  legacy: 'signP12Legacy',
  noKey: 'signP12NoKey',
  noCertificate: 'signP12NoCertificate',
  unsupportedKey: 'signP12UnsupportedKey',
};

/** What the person is told when their certificate file cannot sign, in words they can act on. */
export function certificateMessage(problem: CertificateProblem, lang: Lang): string {
  return t(lang, CERTIFICATE_MESSAGES[problem.code]);
}

/** The person's file, read in memory only (never stored): a file that vanished or cannot be read is their problem. */
async function readCertificate(file: Blob | undefined): Promise<Uint8Array> {
  if (!file) throw new CertificateError({ code: 'noFile', field: 'file' });
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new CertificateError({ code: 'unreadable', field: 'file' });
  }
}

/** Opens the PKCS#12 file; its known failures (P12_ERRORS) become problems the panel explains next to the input. */
async function certificateSigner(
  p12: typeof import('../pdf/signers/p12.js'),
  bytes: Uint8Array,
  password: string,
): Promise<Signer> {
  try {
    return await p12.createP12Signer(bytes, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const code = (Object.keys(p12.P12_ERRORS) as (keyof typeof P12_ERRORS)[]).find(
      (key) => p12.P12_ERRORS[key] === message,
    );
    if (!code) throw error;
    throw new CertificateError({ code, field: code === 'wrongPassword' ? 'password' : 'file' });
  }
}

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
  /** The person's choice of signer (the device key unless they pick their certificate file). */
  signWith: SignWith = 'device';
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

  /** Changes who signs; a certificate problem shown for the other choice no longer applies and is cleared. */
  choose(signWith: SignWith): void {
    if (this.busy || signWith === this.signWith) return;
    this.signWith = signWith;
    if (this.state.status === 'error') this.reset();
    else this.host.requestUpdate();
  }

  async create(request: PdfRequest): Promise<PdfState> {
    if (this.busy) return this.state;
    this.reset();
    const ticket = this.ticket;
    const current = () => ticket === this.ticket;
    // A portal's signer wins over both of the person's choices.
    const certificate = request.signer ? undefined : request.certificate;
    const useDevice = !request.signer && !certificate;
    let p12Bytes: Uint8Array | undefined;
    try {
      p12Bytes = certificate ? await readCertificate(certificate.file) : undefined;
      this.set({ status: 'loading-code' });
      const [pdf, fonts, device, keys, p12] = await Promise.all([
        import('../pdf/index.js'),
        import('../pdf/fonts-browser.js'),
        useDevice ? import('../pdf/signers/device.js') : undefined,
        useDevice ? import('../storage/keys.js') : undefined,
        certificate ? import('../pdf/signers/p12.js') : undefined,
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
        (certificate
          ? await certificateSigner(p12!, p12Bytes!, certificate.password)
          : await device!.createDeviceSigner({
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
        submissionJson: new TextDecoder().decode(pdf.submissionBytes(made.submission)),
        signerName: signer.displayName,
        submissionId,
      });
    } catch (error) {
      // The answers and the draft are untouched: only this attempt failed, and the person may try again.
      if (current()) {
        if (error instanceof CertificateError) {
          const message = certificateMessage(error.problem, request.lang);
          this.set({ status: 'error', reason: 'certificate', certificate: error.problem, message, error });
        } else {
          const reason = error instanceof CodeLoadError ? 'load' : 'failed';
          this.set({ status: 'error', reason, message: errorMessage(reason, request.lang), error });
        }
      }
    } finally {
      // The signer holds its own non-extractable key: our copy of the certificate file is no longer needed.
      p12Bytes?.fill(0);
    }
    return this.state;
  }

  private set(state: PdfState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
