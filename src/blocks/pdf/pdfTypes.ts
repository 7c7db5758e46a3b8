/** What the PDF layer reads off a page: text runs with their geometry, and the visual lines made of them. */

/** One run of text as the page draws it (a pdf.js text item), in top-down page coordinates (points). */
export interface PdfRun {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline, measured from the top of the page. */
  top: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** Drawn twice at a small offset (bold by overprinting); set when the copy is removed. */
  bold?: boolean;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: PdfRun[];
}

/** One printed line: the runs on one baseline of one column, left to right. */
export interface PdfLine {
  page: number;
  text: string;
  x0: number;
  x1: number;
  top: number;
  size: number;
  /** Characters at the line's start that were drawn bold by overprinting. */
  boldChars: number;
  /** Which part of the page: the whole width, or the left or right column of a two-column page. */
  column: 'full' | 'left' | 'right';
  pageWidth: number;
  pageHeight: number;
}
