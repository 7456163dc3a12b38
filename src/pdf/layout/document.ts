import '../../i18n/all.js';
import { AFRelationship, PDFDocument } from '@cantoo/pdf-lib';
import { t } from '../../i18n/index.js';
import { embedFonts, type EmbeddedFonts, type PdfFonts } from '../fonts.js';
import { buildSubmissionJson, sha256Hex, submissionBytes } from '../submission.js';
import type { SubmissionInput, SubmissionJson } from '../types.js';
import { buildContent } from './content.js';
import { Flow } from './flow.js';
import { renderSubmission, type SignatureArea } from './render.js';
import { formatDateTime } from './time.js';

export interface UnsignedPdf {
  doc: PDFDocument;
  /** What the stamp and the signature dictionary say: the procedure's title and where the person declared. */
  title: string;
  place?: string;
  fonts: EmbeddedFonts;
  signatureArea: SignatureArea;
  submission: SubmissionJson;
  submissionSha256: string;
}

/**
 * The submission laid out and `submission.json` attached, not yet signed: the signing step adds its placeholder to
 * this document and saves it. The attachment is added here, before any signature, so that it is covered by it.
 */
export async function buildUnsignedPdf(input: SubmissionInput, fonts: PdfFonts): Promise<UnsignedPdf> {
  const submission = buildSubmissionJson(input);
  const json = submissionBytes(submission);
  const submissionSha256 = await sha256Hex(json);

  const doc = await PDFDocument.create();
  const embedded = await embedFonts(doc, fonts, submissionSha256);
  const content = buildContent(input);
  const signatureArea = renderSubmission(new Flow(doc), embedded, content, {
    lang: input.lang,
    submissionId: input.submissionId,
    createdAt: formatDateTime(input.createdAt),
    submissionSha256,
  });

  await doc.attach(json, 'submission.json', {
    mimeType: 'application/json',
    description: t(input.lang, 'pdfSubmissionJson'),
    afRelationship: AFRelationship.Source,
    creationDate: input.createdAt,
    modificationDate: input.createdAt,
  });
  doc.setTitle(content.title, { showInWindowTitleBar: true });
  doc.setLanguage(input.lang);
  // The hash in the metadata too: a receiver can read it without parsing page content.
  doc.setSubject(`sha256:${submissionSha256}`);
  doc.setCreator('dvc-kit');
  doc.setProducer('dvc-kit');
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);
  return {
    doc,
    title: content.title,
    place: content.place,
    fonts: embedded,
    signatureArea,
    submission,
    submissionSha256,
  };
}
