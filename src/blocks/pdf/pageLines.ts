/**
 * One page's runs → its printed lines in reading order: overprinted copies removed, runs on one baseline of one
 * column joined left to right, and on a two-column page each band between full-width lines read left column
 * first, then right.
 */
import type { PdfLine, PdfPage, PdfRun } from './pdfTypes.js';
import { removeOverprint } from './overprint.js';
import { findGutter } from './columns.js';
import { maxOf } from '../../util/arrays.js';
import { dominantSize } from './dominantSize.js';

/** Runs whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE = 0.5;

// a CJK character or full-width punctuation: no space is printed between these and their neighbours
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The text of runs on one line: a space where the gap is a space's width, none inside CJK text. */
function joinRuns(runs: PdfRun[]): string {
  let text = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    if (text && gap > 0) {
      const cjkSeam = CJK.test(text[text.length - 1]) || CJK.test(r.text[0]);
      // a wide gap (a signature pushed right, a table's cells) is kept as two spaces, as pdftotext -layout does
      if (gap >= 1.5 * r.size) text += '  ';
      else if (gap >= (cjkSeam ? 0.6 : 0.15) * r.size && !/\s$/.test(text)) text += ' ';
    }
    text += r.text;
    end = Math.max(end, r.x + r.width);
  }
  return text.replace(/\s+$/, '');
}

/** Runs grouped into lines, top to bottom, each left to right. */
function groupLines(runs: PdfRun[]): PdfRun[][] {
  const sorted = [...runs].sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: PdfRun[][] = [];
  let cur: PdfRun[] = [];
  let top = -Infinity;
  let size = 0;
  for (const r of sorted) {
    if (cur.length && r.top - top > SAME_LINE * Math.min(size, r.size)) {
      lines.push(cur);
      cur = [];
    }
    if (!cur.length) {
      top = r.top;
      size = r.size;
    }
    cur.push(r);
  }
  if (cur.length) lines.push(cur);
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

function lineOf(runs: PdfRun[], page: PdfPage, column: PdfLine['column']): PdfLine {
  let boldChars = 0;
  for (const r of runs) {
    if (!r.bold) break;
    boldChars += r.text.length;
  }
  return {
    page: page.number,
    text: joinRuns(runs),
    x0: runs[0].x,
    x1: maxOf(runs.map((r) => r.x + r.width)),
    top: maxOf(runs.map((r) => r.top)),
    size: dominantSize(runs),
    boldChars,
    column,
    pageWidth: page.width,
    pageHeight: page.height,
  };
}

export function pageLines(page: PdfPage): PdfLine[] {
  const runs = removeOverprint(page.runs);
  const gutter = findGutter(runs, page.width);
  if (gutter === null) return groupLines(runs).map((l) => lineOf(l, page, 'full'));
  const left: PdfRun[] = [];
  const right: PdfRun[] = [];
  const spanning: PdfRun[] = [];
  for (const r of runs) (r.x + r.width <= gutter ? left : r.x >= gutter ? right : spanning).push(r);
  const rows = groupLines(spanning);
  // each column run in its band: how many full-width lines are above it (rows come top to bottom)
  const bands = Array.from({ length: rows.length + 1 }, () => ({ left: [] as PdfRun[], right: [] as PdfRun[] }));
  const bandOf = (r: PdfRun) => {
    let b = 0;
    while (b < rows.length && rows[b][0].top < r.top) b++;
    return bands[b];
  };
  for (const r of left) bandOf(r).left.push(r);
  for (const r of right) bandOf(r).right.push(r);
  const out: PdfLine[] = [];
  bands.forEach((band, b) => {
    if (b > 0) out.push(lineOf(rows[b - 1], page, 'full'));
    for (const l of groupLines(band.left)) out.push(lineOf(l, page, 'left'));
    for (const l of groupLines(band.right)) out.push(lineOf(l, page, 'right'));
  });
  return out;
}
