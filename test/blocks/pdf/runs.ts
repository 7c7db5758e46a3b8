/** Text runs for PDF rule tests: one run per line of text, 16 pt, CJK glyphs a font size wide. */
import type { PdfLine, PdfPage, PdfRun } from '../../../src/blocks/pdf/pdfTypes.js';

export function run(text: string, x: number, top: number, size = 16): PdfRun {
  return { text, x, top, size, width: [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0) };
}

export function page(runs: PdfRun[], number = 1): PdfPage {
  return { number, width: 595, height: 842, runs };
}

/** A printed line of a one-column A4 page (left edge 79, right edge 527). */
export function line(text: string, x0: number, top: number, o: Partial<PdfLine> = {}): PdfLine {
  const r = run(text, x0, top, o.size ?? 16);
  return { page: 1, text, x0, x1: x0 + r.width, top, size: 16, boldChars: 0, column: 'full', pageWidth: 595, pageHeight: 842, ...o };
}
