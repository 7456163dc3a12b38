import type { PDFDocument, PDFPage } from '@cantoo/pdf-lib';

/** A4 portrait, in PDF points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN = 50;
/** Room kept free at the foot of every page for "Trang x/y". */
const FOOTER_SPACE = 24;

/**
 * A cursor running down the pages: `y` is the top of the next block. Blocks ask for their whole height first
 * (`ensure`), so that a label → value row, or a heading with its first row, is never cut across two pages.
 */
export class Flow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  readonly left = MARGIN;
  readonly right = PAGE_WIDTH - MARGIN;
  readonly bottom = MARGIN + FOOTER_SPACE;

  constructor(private readonly doc: PDFDocument) {
    this.newPage();
  }

  get width(): number {
    return this.right - this.left;
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.pages.push(this.page);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  /** Starts a new page unless `height` more points fit on this one (a block taller than a page gets a page of its own). */
  ensure(height: number): void {
    if (this.y - height < this.bottom && this.y < PAGE_HEIGHT - MARGIN) this.newPage();
  }

  /** Room left on a fresh page: what a block may take before it has to be split. */
  get pageRoom(): number {
    return PAGE_HEIGHT - MARGIN - this.bottom;
  }
}
