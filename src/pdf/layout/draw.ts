import { grayscale, type Color, type PDFFont } from '@cantoo/pdf-lib';
import { MARGIN, PAGE_WIDTH, type Flow } from './flow.js';
import { wrapText } from './wrap.js';

export const BODY_SIZE = 10;
export const LINE = 13;
const ROW_PADDING = 2;
/** Share of the text width the labels take; the values get the rest, less the gutter. */
const LABEL_SHARE = 0.4;
const GUTTER = 10;

export const TEXT = grayscale(0);
export const MUTED = grayscale(0.3);
const RULE = grayscale(0.8);

export interface TextStyle {
  font: PDFFont;
  size: number;
  color?: Color;
  lineHeight?: number;
}

/** Where the two columns of the answers sit on the page (also read by the tests that extract the values). */
export function columns(): { labelX: number; labelWidth: number; valueX: number; valueWidth: number } {
  const width = PAGE_WIDTH - 2 * MARGIN;
  const labelWidth = width * LABEL_SHARE;
  return {
    labelX: MARGIN,
    labelWidth,
    valueX: MARGIN + labelWidth + GUTTER,
    valueWidth: width - labelWidth - GUTTER,
  };
}

/** Draws lines of text downwards from `top`, each placed by `xOf`; returns the y below the last line. */
export function drawLines(
  flow: Flow,
  lines: string[],
  style: TextStyle,
  top: number,
  xOf: (line: string) => number,
): number {
  const lineHeight = style.lineHeight ?? style.size * 1.3;
  lines.forEach((line, index) => {
    flow.page.drawText(line, {
      x: xOf(line),
      y: top - index * lineHeight - style.size,
      size: style.size,
      font: style.font,
      color: style.color ?? TEXT,
    });
  });
  return top - lines.length * lineHeight;
}

/** A paragraph wrapped to `width`, centred on `centre`, at the cursor; moves the cursor below it. */
export function paragraph(flow: Flow, value: string, style: TextStyle, width: number, centre?: number): void {
  const lines = wrapText(value, style.font, style.size, width);
  const lineHeight = style.lineHeight ?? style.size * 1.3;
  flow.ensure(lines.length * lineHeight);
  const xOf = (line: string) =>
    centre === undefined ? flow.left : centre - style.font.widthOfTextAtSize(line, style.size) / 2;
  flow.y = drawLines(flow, lines, style, flow.y, xOf);
}

/** Height a label → value row takes, and its wrapped lines. */
export function measureRow(
  label: string,
  value: string,
  fonts: { label: PDFFont; value: PDFFont },
): { height: number; labelLines: string[]; valueLines: string[] } {
  const { labelWidth, valueWidth } = columns();
  const labelLines = wrapText(label, fonts.label, BODY_SIZE, labelWidth);
  const valueLines = wrapText(value, fonts.value, BODY_SIZE, valueWidth);
  const height = Math.max(labelLines.length, valueLines.length) * LINE + 2 * ROW_PADDING;
  return { height, labelLines, valueLines };
}

/**
 * One label → value row, kept whole on a page. Only a row taller than a whole page (a very long free-text answer)
 * is continued line by line on the next page, since it cannot be kept whole anywhere.
 */
export function drawRow(flow: Flow, label: string, value: string, fonts: { label: PDFFont; value: PDFFont }): void {
  const { height, labelLines, valueLines } = measureRow(label, value, fonts);
  const { labelX, valueX } = columns();
  flow.ensure(height);
  if (height > flow.pageRoom) {
    const count = Math.max(labelLines.length, valueLines.length);
    for (let index = 0; index < count; index++) {
      flow.ensure(LINE);
      const top = flow.y;
      drawLines(
        flow,
        [labelLines[index] ?? ''],
        { font: fonts.label, size: BODY_SIZE, color: MUTED },
        top,
        () => labelX,
      );
      drawLines(flow, [valueLines[index] ?? ''], { font: fonts.value, size: BODY_SIZE }, top, () => valueX);
      flow.y -= LINE;
    }
    return;
  }
  const top = flow.y - ROW_PADDING;
  const style = { size: BODY_SIZE, lineHeight: LINE };
  drawLines(flow, labelLines, { ...style, font: fonts.label, color: MUTED }, top, () => labelX);
  drawLines(flow, valueLines, { ...style, font: fonts.value }, top, () => valueX);
  flow.y -= height;
  rule(flow, flow.left, flow.right, flow.y, RULE, 0.25);
}

export function rule(flow: Flow, from: number, to: number, y: number, color: Color = TEXT, thickness = 0.6): void {
  flow.page.drawLine({ start: { x: from, y }, end: { x: to, y }, thickness, color });
}
