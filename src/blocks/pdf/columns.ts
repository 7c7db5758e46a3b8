/**
 * The gutter of a two-column page, found from where runs start and end: an empty band, at least a character
 * wide, that no run of the columns crosses, with lines of text on each side. Headings that span both columns
 * cross it; a table's narrow cells or the aligned glyph grid of a one-column page do not make it two-column.
 */
import type { PdfRun } from './pdfTypes.js';

/** Runs on each side, at least. */
const MIN_RUNS_EACH_SIDE = 3;
/** Lines crossing the gutter (spanning headings, titles), at most this share of the page's lines. */
const MAX_SPANNING_SHARE = 0.3;
/** Full lines of a column fill at least this share of the page width. */
const MIN_COLUMN_SHARE = 0.25;

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** The lines runs make: runs on one baseline taken together, with their extent. */
function lineExtents(runs: PdfRun[]): { x0: number; x1: number }[] {
  const lines = new Map<number, { x0: number; x1: number }>();
  for (const r of runs) {
    const key = Math.round(r.top / Math.max(1, r.size * 0.5));
    const l = lines.get(key);
    if (l) {
      l.x0 = Math.min(l.x0, r.x);
      l.x1 = Math.max(l.x1, r.x + r.width);
    } else lines.set(key, { x0: r.x, x1: r.x + r.width });
  }
  return [...lines.values()];
}

/** How wide a side's full lines are: its second-widest line (a column that ends a text may hold only a few). */
function fullLineWidth(runs: PdfRun[]): number {
  const widths = lineExtents(runs).map((l) => l.x1 - l.x0).sort((a, b) => b - a);
  return widths[1] ?? 0;
}

/** The x of the gutter's middle, or null for a page of one column. */
export function findGutter(runs: PdfRun[], pageWidth: number): number | null {
  if (runs.length < 2 * MIN_RUNS_EACH_SIDE || !(pageWidth > 0)) return null;
  const from = Math.floor(pageWidth * 0.3);
  const span = Math.ceil(pageWidth * 0.7) - from + 1;
  const gutterWidth = Math.max(6, Math.round(0.8 * median(runs.map((r) => r.size))));
  // how many runs cover each x of the middle band (a difference array: linear in the runs)
  const delta = new Int32Array(span + 1);
  for (const r of runs) {
    const lo = Math.max(0, Math.floor(r.x) - from);
    const hi = Math.min(span - 1, Math.ceil(r.x + r.width) - from - 1);
    if (lo <= hi) {
      delta[lo]++;
      delta[hi + 1]--;
    }
  }
  const cover = new Int32Array(span);
  for (let i = 0, c = 0; i < span; i++) cover[i] = c += delta[i];
  let best: { x: number; crossing: number } | null = null;
  for (let i = 0; i + gutterWidth <= span; i++) {
    let crossing = 0;
    for (let k = i; k < i + gutterWidth; k++) crossing = Math.max(crossing, cover[k]);
    if (!best || crossing < best.crossing) best = { x: from + i + gutterWidth / 2, crossing };
  }
  if (!best || best.crossing > MAX_SPANNING_SHARE * lineExtents(runs).length) return null;
  const x = best.x;
  const left = runs.filter((r) => r.x + r.width <= x);
  const right = runs.filter((r) => r.x >= x);
  if (left.length < MIN_RUNS_EACH_SIDE || right.length < MIN_RUNS_EACH_SIDE) return null;
  // both sides hold lines of text, not a table's narrow cells
  if (fullLineWidth(left) < MIN_COLUMN_SHARE * pageWidth || fullLineWidth(right) < MIN_COLUMN_SHARE * pageWidth) return null;
  return x;
}
