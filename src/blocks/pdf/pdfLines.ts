/**
 * A PDF → the line model every format becomes: printed lines in reading order (the text `--check` accounts for,
 * one per source line), paragraphs joined by layout, and page furniture set apart with its reason. Repair does
 * not run on these lines: reading order, doubled glyphs and line joins are read off the page's geometry.
 */
import type { SourceLine } from '../../types.js';
import type { PdfLine } from './pdfTypes.js';
import { readPdfPages, PdfReadError } from './readPdfPages.js';
import { pageLines } from './pageLines.js';
import { pageFurniture } from './pageFurniture.js';
import { layoutParagraphs, printedLine } from './layoutParagraphs.js';
import { append } from '../../util/arrays.js';
import { REFUSE_SHARE, unreadableShare, WARN_SHARE } from './unreadableText.js';

export { PdfReadError };

export interface PdfLines {
  /** The printed lines, one per line: the text line numbers refer to. */
  text: string;
  lines: SourceLine[];
  /** Page numbers, running headers and footers. */
  chrome: { line: SourceLine; reason: string }[];
  /** Line numbers of printed lines: what `--check` accounts for. */
  visibleLines: number[];
  /** The line each page starts at (pages with no text start where the next text does). */
  pageStarts: number[];
  pages: number;
  /** Share of characters that map to no text (fonts without a ToUnicode map), when worth a warning; else 0. */
  unreadable: number;
}

export async function pdfLines(bytes: Uint8Array): Promise<PdfLines> {
  const printed: PdfLine[] = [];
  const pageStarts: number[] = [];
  const { pages } = await readPdfPages(bytes, (page) => {
    pageStarts.push(printed.length + 1);
    append(printed, pageLines(page));
  });
  if (printed.length === 0) throw new PdfReadError(`has no text layer (${pages} page${pages === 1 ? '' : 's'} without text: a scan?): run OCR first`);
  const text = printed.map((l) => l.text).join('\n');
  const unreadable = unreadableShare(text);
  if (unreadable > REFUSE_SHARE) throw new PdfReadError(`its fonts map ${Math.round(unreadable * 100)}% of the characters to no text (no ToUnicode map): run OCR first`);
  const furniture = pageFurniture(printed);
  const chrome = [...furniture].sort((a, b) => a[0] - b[0]).map(([i, reason]) => ({ line: printedLine(printed[i], i + 1, 0), reason }));
  return {
    text,
    lines: layoutParagraphs(printed, new Set(furniture.keys())),
    chrome,
    visibleLines: printed.map((_, i) => i + 1),
    pageStarts,
    pages,
    unreadable: unreadable > WARN_SHARE ? unreadable : 0,
  };
}

