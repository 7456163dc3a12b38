import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';

/**
 * The TrueType bytes of the two faces the PDF is set in (Be Vietnam Pro regular and bold: complete Vietnamese and
 * OFL-licensed). They are handed in rather than read here because this module runs in browsers and in Node alike:
 * fonts-browser.ts fetches them, fonts-node.ts reads them from disk.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface EmbeddedFonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * Embeds both faces as subsets (only the glyphs used, so a two-page form stays small). `ccmp` is turned off so that
 * precomposed letters such as "ị" are written as one glyph: with it, some fonts decompose them and text extraction
 * then returns "i" without its dot, which breaks copy-paste and any search by name.
 *
 * A subset font's name must start with a six-letter tag ("ABCDEF+BeVietnamPro-Regular", ISO 32000 9.6.4), which
 * tells viewers and checkers that it is a subset. The tags are taken from `seed` (any hex, e.g. the submission's
 * hash) so that the same submission always gives the same bytes while two submissions rarely share a tag.
 */
export async function embedFonts(doc: PDFDocument, fonts: PdfFonts, seed: string): Promise<EmbeddedFonts> {
  doc.registerFontkit(fontkit);
  const tag = (offset: number) =>
    Array.from(seed.padEnd(12, '0').slice(offset, offset + 6), (digit) =>
      String.fromCharCode(65 + (parseInt(digit, 16) || 0)),
    ).join('');
  const options = (name: string) => ({ subset: true, features: { ccmp: false }, customName: name });
  const [regular, bold] = await Promise.all([
    doc.embedFont(fonts.regular, options(`${tag(0)}+BeVietnamPro-Regular`)),
    doc.embedFont(fonts.bold, options(`${tag(6)}+BeVietnamPro-Bold`)),
  ]);
  return { regular, bold };
}
