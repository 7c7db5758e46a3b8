/** Blocks stage entry point: decoded text → format + SourceLine[] (shared by everything downstream). */
import type { SourceFormat, SourceLine } from '../types.js';
import { splitLines } from './splitLines.js';
import { detectFormat } from './detectFormat.js';
import { plainLines } from './plainLines.js';
import { markdownLines } from './markdownLines.js';
import { lineMarkdownLines } from './lineMarkdownLines.js';
import { markdownRisk } from './markdownRisk.js';
import { htmlLines, type HtmlLines } from './html/htmlLines.js';
import { cutLongLines, type CutLine } from './cutLongLines.js';
import { withoutInvisible } from './withoutInvisible.js';
import { splitFlattenedLines } from './splitFlattenedLines.js';
import { splitNumberedTitles } from './splitNumberedTitle.js';
import { splitLabelsBeforeTitles } from './labelBeforeTitle.js';
import { splitGluedArticles } from './gluedArticleBreaks.js';
import { splitClosingRunOns } from './closingRunOn.js';
import { splitOpeningNumber } from './openingNumber.js';
import { splitTitlesBeforeRecipients } from './titleBeforeRecipients.js';
import { splitNotesBeforeUnits } from './noteBeforeFirstUnit.js';
import { splitDatedNumberNotes } from './datedNoteBreak.js';
import { splitGluedTitleNotes } from './gluedTitleNote.js';
import { splitGluedTitleBodies } from './gluedTitleBody.js';
import { splitSpacedHeaderLines } from './spacedHeaderLine.js';
import { cutClosingPipes } from './closingPipe.js';
import { splitItemsAfterSpacedColons } from './gluedItemBreaks.js';
import { isContainerFence, opensContainer } from './containerFence.js';
import type { PdfLines } from './pdf/pdfLines.js';

export interface LinesResult {
  format: SourceFormat;
  raw: string[];
  lines: SourceLine[];
  /** Why markdown was read line by line instead of by remark, or null. */
  simplified: string | null;
  /** A web page's chrome, invisible blocks and `<head>` fields (format html only). */
  page?: Omit<HtmlLines, 'lines'>;
  /** Why a page could not be read as HTML (it was read as text), or undefined. */
  unreadHtml?: string;
  /** Lines too long for any document, cut into pieces at sentence ends. */
  cut: CutLine[];
}

/** Lines of decoded text, or of a PDF already read off its pages (`pdf`: its printed lines are `text`). */
export function toLines(text: string, format?: SourceFormat, pdf?: PdfLines): LinesResult {
  const read = pdf ? pdfRead(pdf) : readLines(text, format);
  const { lines, cut } = cutLongLines(withoutInvisible(read.format === 'html' || read.format === 'pdf' ? read.lines : blocksAroundFences(read.lines)));
  // (a PDF's lines are its printed lines: none lost its ends)
  return { ...read, lines: read.format === 'pdf' ? lines : LINE_END_SPLITS.reduce((ls, split) => split(ls), lines), cut };
}

/** The lines a text's line that lost its line ends is cut back into, each pass on the output of the one before, in order. */
const LINE_END_SPLITS: ((lines: SourceLine[]) => SourceLine[])[] = [
  cutClosingPipes,
  splitFlattenedLines,
  splitGluedArticles,
  splitItemsAfterSpacedColons,
  splitClosingRunOns,
  splitOpeningNumber,
  splitLabelsBeforeTitles,
  splitNumberedTitles,
  splitTitlesBeforeRecipients,
  splitGluedTitleBodies,
  splitNotesBeforeUnits,
  splitGluedTitleNotes,
  splitDatedNumberNotes,
  splitSpacedHeaderLines,
];

/**
 * What a container fence (`::: tip` … `:::`) encloses starts a block, and so does what follows it; the lines it encloses
 * are marked boxed (containers nest: a fence that names one opens it, a bare fence closes the innermost).
 */
function blocksAroundFences(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => isContainerFence(l.raw))) return lines;
  let depth = 0;
  return lines.map((l, i) => {
    if (isContainerFence(l.raw)) {
      depth = opensContainer(l.raw) ? depth + 1 : Math.max(0, depth - 1);
      return l;
    }
    const block = i > 0 && isContainerFence(lines[i - 1].raw) && !l.blankBefore ? { blankBefore: true } : {};
    return depth > 0 || 'blankBefore' in block ? { ...l, ...block, ...(depth > 0 ? { boxed: true } : {}) } : l;
  });
}

function pdfRead(pdf: PdfLines): Omit<LinesResult, 'cut'> {
  const page = { chrome: pdf.chrome, invisible: [], fields: {}, visibleLines: pdf.visibleLines, flattenedTags: 0 };
  return { format: 'pdf', raw: splitLines(pdf.text), lines: pdf.lines, simplified: null, page };
}

function readLines(text: string, format?: SourceFormat): Omit<LinesResult, 'cut'> {
  const raw = splitLines(text);
  const fmt = format ?? detectFormat(raw);
  if (fmt === 'html') {
    try {
      const { lines, ...page } = htmlLines(text);
      return { format: fmt, raw, lines, simplified: null, page };
    } catch (err) {
      // never lose a file to a page the HTML path cannot take: its lines are read as text
      return { format: 'text', raw, lines: plainLines(raw), simplified: null, unreadHtml: (err as Error).message };
    }
  }
  const risk = fmt === 'markdown' ? markdownRisk(raw, text.length) : null;
  const lines = fmt === 'text' ? plainLines(raw) : risk ? lineMarkdownLines(raw) : markdownLines(raw, raw.join('\n'));
  return { format: fmt, raw, lines, simplified: risk };
}
