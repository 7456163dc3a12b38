import {
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  beginText,
  endText,
  moveText,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  showText,
  stroke,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from '@cantoo/pdf-lib';

/** What the ByteRange is until the signature is filled in: four fixed-width slots that pades.ts overwrites. */
export const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';

export interface SignaturePlaceholderOptions {
  page: PDFPage;
  /** Where the visible stamp goes, in PDF points from the page's lower-left corner. */
  rect: { x: number; y: number; width: number; height: number };
  /** An embedded font with Vietnamese glyphs (the standard 14 fonts cannot encode "ễ"). */
  font: PDFFont;
  signerName: string;
  signingTime: Date;
  reason: string;
  location?: string;
  /** Bytes reserved for the CMS (the hex in the file is twice as long). 8 KB leaves room for a chain. */
  contentsBytes?: number;
}

/** Vietnam has one time zone and no summer time, so the stamp always shows GMT+7, whatever the device says. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const two = (n: number) => String(n).padStart(2, '0');

/** The stamp's time, dd/mm/yyyy HH:MM:SS in Vietnam time. */
export function stampTime(date: Date): string {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  const day = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  return `${day} ${time} (GMT+7)`;
}

/** A PDF date (`/M`) in UTC. */
export function pdfDate(date: Date): string {
  const d = date;
  return (
    `D:${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}` +
    `${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`
  );
}

/**
 * Adds an empty PAdES signature to the document: the `/Sig` dictionary with a zero-filled `/Contents` and a
 * placeholder `/ByteRange`, and a visible signature widget on `page`. Save the document afterwards (any save options),
 * then call `signPreparedPdf` on the bytes.
 *
 * The `/Sig` dictionary is registered as raw bytes (a PDFInvalidObject): pdf-lib writes those verbatim and never puts
 * them into a compressed object stream, where the placeholder could not be found and overwritten in place.
 */
export function addSignaturePlaceholder(doc: PDFDocument, options: SignaturePlaceholderOptions): void {
  const { page, rect, font } = options;
  const contentsBytes = options.contentsBytes ?? 8192;
  const context = doc.context;

  const text = (value: string) => PDFHexString.fromText(value).toString();
  const sigDict =
    `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n${BYTE_RANGE_PLACEHOLDER}\n` +
    `/Contents <${'0'.repeat(contentsBytes * 2)}>\n/M (${pdfDate(options.signingTime)})\n` +
    `/Name ${text(options.signerName)}\n/Reason ${text(options.reason)}\n` +
    (options.location ? `/Location ${text(options.location)}\n` : '') +
    '>>';
  const sigRef = context.register(PDFInvalidObject.of(Uint8Array.from(sigDict, (c) => c.charCodeAt(0))));

  const appearance = context.formXObject(stampOperators(options), {
    BBox: [0, 0, rect.width, rect.height],
    Resources: { Font: { F1: font.ref } },
  });
  const appearanceRef = context.register(appearance);

  const form = doc.getForm();
  const fieldName = `Signature${form.acroForm.getAllFields().length + 1}`;
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFHexString.fromText(fieldName),
    V: sigRef,
    P: page.ref,
    Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height],
    F: 4,
    AP: { N: appearanceRef },
  });
  const widgetRef = context.register(widget);
  page.node.addAnnot(widgetRef);
  form.acroForm.addField(widgetRef);
  // SignaturesExist | AppendOnly: viewers must keep later changes as incremental updates.
  form.acroForm.dict.set(PDFName.of('SigFlags'), PDFNumber.of(3));
}

/** A thin border and three lines of text, sized to fit the box. */
function stampOperators(options: SignaturePlaceholderOptions): PDFOperator[] {
  const { font, rect } = options;
  const lines = [`Ký bởi / Signed by: ${options.signerName}`, stampTime(options.signingTime), 'Chữ ký số PAdES'];
  const padding = 4;
  const widest = Math.max(...lines.map((line) => font.widthOfTextAtSize(line, 1)));
  const byWidth = (rect.width - 2 * padding) / widest;
  const byHeight = (rect.height - 2 * padding) / (lines.length * 1.3);
  const size = Math.max(4, Math.min(10, byWidth, byHeight));
  const lineHeight = size * 1.3;
  const top = rect.height - padding - size;

  const ops: PDFOperator[] = [
    setStrokingGrayscaleColor(0.2),
    setLineWidth(0.75),
    rectangle(0.5, 0.5, rect.width - 1, rect.height - 1),
    stroke(),
    setFillingGrayscaleColor(0),
    beginText(),
    setFontAndSize('F1', size),
    moveText(padding, top),
  ];
  lines.forEach((line, index) => {
    if (index > 0) ops.push(moveText(0, -lineHeight));
    ops.push(showText(font.encodeText(line)));
  });
  ops.push(endText());
  return ops;
}
