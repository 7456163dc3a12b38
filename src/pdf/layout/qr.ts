import {
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  type PDFOperator,
  type PDFPage,
} from '@cantoo/pdf-lib';
import QRCode from 'qrcode';

/**
 * Draws `text` as a QR code whose dark area is `size` points square, with its top-left corner at (x, top). The
 * modules are vector rectangles (one per horizontal run of dark modules), so the code stays sharp at any zoom and
 * no image encoder is needed. The caller keeps a quiet zone around it (other content at least 4 modules away).
 */
export function drawQr(page: PDFPage, text: string, x: number, top: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const cell = size / count;
  // One path filled once: a few kilobytes less than a drawRectangle call (with its own state) per run.
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  for (let row = 0; row < count; row++) {
    let column = 0;
    while (column < count) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < count && modules.get(row, column)) column++;
      ops.push(rectangle(x + start * cell, top - (row + 1) * cell, (column - start) * cell, cell));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}

/** Modules per side of the QR code `drawQr` would draw for `text` (for the quiet zone). */
export function qrModules(text: string): number {
  return QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
}
