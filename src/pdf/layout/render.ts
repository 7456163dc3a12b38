import '../../i18n/all.js';
import type { PDFPage } from '@cantoo/pdf-lib';
import type { Lang } from '../../core/definition/types.js';
import { t } from '../../i18n/index.js';
import type { EmbeddedFonts } from '../fonts.js';
import type { DocumentContent } from './content.js';
import { BODY_SIZE, LINE, MUTED, drawLines, drawRow, measureRow, paragraph, rule } from './draw.js';
import { Flow, MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './flow.js';
import { drawQr } from './qr.js';
import { wrapText } from './wrap.js';

/** The QR code's printed size: large enough for a phone at arm's length, small enough to leave the header centred. */
export const QR_SIZE = 70;
const HEX_SIZE = 6;
const HEX_PER_LINE = 16;
const HEADER_SIZE = 11.5;
const TITLE_SIZE = 15;
const HEADING_SIZE = 11.5;
const SIGNATURE = { width: 240, height: 70 };

/** Where the visible signature goes: the signing step draws its stamp in this box. */
export interface SignatureArea {
  page: PDFPage;
  pageIndex: number;
  rect: { x: number; y: number; width: number; height: number };
}

export interface PageMeta {
  lang: Lang;
  submissionId: string;
  /** dd/mm/yyyy HH:MM */
  createdAt: string;
  submissionSha256: string;
}

/** Where the hex of submission.json is printed, under the QR code (the tests and the verifier read it back). */
export function qrBox(): { x: number; top: number; size: number; hexTop: number; hexBottom: number } {
  const x = PAGE_WIDTH - MARGIN - QR_SIZE;
  const top = PAGE_HEIGHT - MARGIN;
  const hexTop = top - QR_SIZE - 4;
  return { x, top, size: QR_SIZE, hexTop, hexBottom: hexTop - (64 / HEX_PER_LINE) * HEX_SIZE * 1.3 };
}

function drawHeader(flow: Flow, fonts: EmbeddedFonts, content: DocumentContent, meta: PageMeta): void {
  const centre = PAGE_WIDTH / 2;
  const header = { font: fonts.bold, size: HEADER_SIZE };
  const centred =
    (size: number, font = fonts.bold) =>
    (line: string) =>
      centre - font.widthOfTextAtSize(line, size) / 2;
  let y = drawLines(flow, [t(meta.lang, 'pdfNation'), t(meta.lang, 'pdfMotto')], header, flow.y, centred(HEADER_SIZE));
  const motto = fonts.bold.widthOfTextAtSize(t(meta.lang, 'pdfMotto'), HEADER_SIZE);
  rule(flow, centre - motto / 2, centre + motto / 2, y + 1);

  const qr = qrBox();
  drawQr(flow.page, `sha256:${meta.submissionSha256}`, qr.x, qr.top, qr.size);
  const hexLines = meta.submissionSha256.match(new RegExp(`.{1,${HEX_PER_LINE}}`, 'g')) ?? [];
  const hexStyle = { font: fonts.regular, size: HEX_SIZE, color: MUTED };
  drawLines(
    flow,
    hexLines,
    hexStyle,
    qr.hexTop,
    (line) => qr.x + (qr.size - fonts.regular.widthOfTextAtSize(line, HEX_SIZE)) / 2,
  );

  y = Math.min(y, qr.hexBottom) - 14;
  flow.y = y;
  // The title and addressee keep clear of the QR column only by starting below it, so they may use the full width.
  paragraph(
    flow,
    content.title.toLocaleUpperCase(meta.lang),
    { font: fonts.bold, size: TITLE_SIZE },
    flow.width,
    centre,
  );
  flow.y -= 6;
  for (const line of content.authority) {
    paragraph(flow, line, { font: fonts.regular, size: 11 }, flow.width, centre);
  }
  flow.y -= 10;
  const small = { font: fonts.regular, size: 9, color: MUTED };
  paragraph(flow, t(meta.lang, 'pdfSubmissionId', { id: meta.submissionId }), small, flow.width);
  paragraph(flow, t(meta.lang, 'pdfCreatedAt', { date: meta.createdAt }), small, flow.width);
}

function drawSections(flow: Flow, fonts: EmbeddedFonts, content: DocumentContent): void {
  const rowFonts = { label: fonts.regular, value: fonts.regular };
  for (const section of content.sections) {
    const headingHeight = HEADING_SIZE * 1.3 + 14;
    // A heading never ends a page alone: it moves with its first row.
    const first = section.rows[0];
    flow.ensure(headingHeight + (first ? measureRow(first.label, first.value, rowFonts).height : 0));
    flow.y -= 10;
    paragraph(flow, section.title, { font: fonts.bold, size: HEADING_SIZE }, flow.width);
    flow.y -= 3;
    rule(flow, flow.left, flow.right, flow.y, MUTED, 0.5);
    for (const row of section.rows) drawRow(flow, row.label, row.value, rowFonts);
  }
}

function drawDeclaration(flow: Flow, fonts: EmbeddedFonts, content: DocumentContent, lang: Lang): SignatureArea {
  const body = { font: fonts.regular, size: BODY_SIZE, lineHeight: LINE };
  const heading = { font: fonts.bold, size: HEADING_SIZE };
  // The place and date, the caption and the signature box stay together, at the right as on paper forms.
  const x = flow.right - SIGNATURE.width;
  const centre = x + SIGNATURE.width / 2;
  const madeAtLines = wrapText(content.madeAt, fonts.regular, BODY_SIZE, SIGNATURE.width).length;
  const signingHeight = 16 + (madeAtLines + 1) * LINE + 4 + SIGNATURE.height;
  const declarationLines = content.declarations.flatMap((text) =>
    wrapText(text, fonts.regular, BODY_SIZE, flow.width),
  ).length;
  const declarationHeight = declarationLines > 0 ? 10 + HEADING_SIZE * 1.3 + 4 + declarationLines * LINE : 0;
  // What the person declares and where they sign belong on one page whenever they fit on one.
  if (declarationHeight + signingHeight <= flow.pageRoom) flow.ensure(declarationHeight + signingHeight);
  if (declarationLines > 0) {
    flow.ensure(declarationHeight);
    flow.y -= 10;
    paragraph(flow, t(lang, 'pdfDeclaration'), heading, flow.width);
    flow.y -= 4;
    for (const text of content.declarations) paragraph(flow, text, body, flow.width);
  }
  flow.ensure(signingHeight);
  flow.y -= 16;
  paragraph(flow, content.madeAt, body, SIGNATURE.width, centre);
  paragraph(flow, t(lang, 'pdfSignatureCaption'), { ...body, font: fonts.bold }, SIGNATURE.width, centre);
  flow.y -= 4 + SIGNATURE.height;
  return {
    page: flow.page,
    pageIndex: flow.pages.length - 1,
    rect: { x, y: flow.y, width: SIGNATURE.width, height: SIGNATURE.height },
  };
}

function drawFooters(flow: Flow, fonts: EmbeddedFonts, lang: Lang): void {
  const pages = flow.pages.length;
  flow.pages.forEach((page, index) => {
    const label = t(lang, 'pdfPage', { page: index + 1, pages });
    const size = 8;
    page.drawText(label, {
      x: PAGE_WIDTH / 2 - fonts.regular.widthOfTextAtSize(label, size) / 2,
      y: MARGIN - 22,
      size,
      font: fonts.regular,
      color: MUTED,
    });
  });
}

/** Lays the whole submission out on A4 pages; returns where the signature stamp belongs. */
export function renderSubmission(
  flow: Flow,
  fonts: EmbeddedFonts,
  content: DocumentContent,
  meta: PageMeta,
): SignatureArea {
  drawHeader(flow, fonts, content, meta);
  drawSections(flow, fonts, content);
  const signature = drawDeclaration(flow, fonts, content, meta.lang);
  drawFooters(flow, fonts, meta.lang);
  return signature;
}
