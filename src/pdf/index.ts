/**
 * The PDF module's entry, loaded lazily when a person signs (the PDF, font and crypto libraries are large): the
 * submission laid out on A4 pages with its answers attached as `submission.json`, then signed (PAdES-B-B).
 */
import '../i18n/all.js';
import { t } from '../i18n/index.js';
import type { PdfFonts } from './fonts.js';
import { buildUnsignedPdf } from './layout/document.js';
import { signPreparedPdf } from './sign/pades.js';
import { addSignaturePlaceholder } from './sign/placeholder.js';
import type { Signer, SubmissionInput, SubmissionJson } from './types.js';

export { buildUnsignedPdf, type UnsignedPdf } from './layout/document.js';
export type { SignatureArea } from './layout/render.js';
export type { PdfFonts } from './fonts.js';
export { buildSubmissionJson, sha256Hex, submissionBytes } from './submission.js';
export { verifySubmissionPdf } from './verify.js';
export type { Signer, SubmissionInput, SubmissionJson, VerificationReport } from './types.js';

export interface SignedSubmission {
  bytes: Uint8Array;
  submission: SubmissionJson;
  /** SHA-256 (hex) of the embedded submission.json: what the QR code on page 1 carries. */
  submissionSha256: string;
}

/** Makes the signed submission PDF. `fonts` come from fonts-browser.ts or fonts-node.ts. */
export async function createSubmissionPdf(
  input: SubmissionInput,
  signer: Signer,
  fonts: PdfFonts,
): Promise<SignedSubmission> {
  const unsigned = await buildUnsignedPdf(input, fonts);
  const { doc, signatureArea } = unsigned;
  addSignaturePlaceholder(doc, {
    page: signatureArea.page,
    rect: signatureArea.rect,
    font: unsigned.fonts.regular,
    signerName: signer.displayName,
    signingTime: input.createdAt,
    reason: t(input.lang, 'pdfSignatureReason', { title: unsigned.title }),
    location: unsigned.place,
  });
  // Classic cross-reference tables, no object streams: the signature's byte ranges are then plain file offsets.
  const prepared = await doc.save({ useObjectStreams: false });
  const bytes = await signPreparedPdf(prepared, signer);
  return { bytes, submission: unsigned.submission, submissionSha256: unsigned.submissionSha256 };
}
