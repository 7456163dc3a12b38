import type { Lang, ProcedureDefinition } from '../core/definition/types.js';

/**
 * Contracts of the PDF module (src/pdf: the only place importing the PDF, font and crypto libraries; loaded lazily).
 * A submission PDF is made from a procedure and its shaped answers, carries the answers as `submission.json`, and is
 * signed (PAdES-B-B) by a pluggable signer.
 */

/** Everything that goes into one submission PDF. */
export interface SubmissionInput {
  definition: ProcedureDefinition;
  /** The shaped answers (`validateAnswers(...).data`): hidden branches dropped, NFC. */
  data: Record<string, unknown>;
  /** Language of the printed labels (Vietnamese by default). */
  lang: Lang;
  /** A client-made UUID that identifies this submission end to end. */
  submissionId: string;
  /** When the person confirmed the declaration. */
  createdAt: Date;
  /**
   * Names of reference-data codes (provinces, communes, ethnic groups, countries), so that the PDF prints
   * "Phường Ba Đình", not "00004". Keyed by the concrete field path. Fields missing here print their code.
   */
  referenceLabels?: Record<string, string>;
}

/** The JSON embedded as `submission.json` (AFRelationship Source). Its SHA-256 is the QR code's content. */
export interface SubmissionJson {
  format: 'dvc-kit-submission/1';
  submissionId: string;
  procedure: { id: string; version: string };
  createdAt: string;
  lang: Lang;
  data: Record<string, unknown>;
}

/**
 * Who signs. Signers are pluggable: the device signer (a non-extractable WebCrypto key kept on the device), a
 * PKCS#12 file from a licensed CA, or a portal's remote signing service. A signer returns a detached CMS SignedData
 * (DER) over the bytes it is given, with the signing-certificate-v2 attribute (PAdES-B-B).
 */
export interface Signer {
  /** The signer's certificate, DER. */
  readonly certificate: Uint8Array;
  /** The name printed on the visible stamp ("Nguyễn Thị Hương"). */
  readonly displayName: string;
  /** Detached CMS SignedData over `content` (the PDF's ByteRange), DER. */
  sign(content: Uint8Array): Promise<Uint8Array>;
}

/** What `verifySubmissionPdf` finds: every check a receiving office makes, and why one failed. */
export interface VerificationReport {
  /** All checks hold. */
  valid: boolean;
  signature: {
    present: boolean;
    /** The CMS signature verifies against the signed bytes and its certificate. */
    cryptographicallyValid: boolean;
    /** The ByteRange starts at 0 and ends at the end of the file (nothing appended after signing). */
    coversWholeFile: boolean;
    subFilter?: string;
    signerName?: string;
    signingTime?: string;
    certificateSha256?: string;
  };
  submission?: SubmissionJson;
  /** The SHA-256 of the embedded submission.json, and whether the QR/stamp text on page 1 carries the same. */
  submissionSha256?: string;
  qrMatches?: boolean;
  /** Human-readable problems, in English (the CLI prints them). */
  problems: string[];
}
