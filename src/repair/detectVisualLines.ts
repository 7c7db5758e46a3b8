/**
 * Is this text one visual line per line (two-column `pdftotext` output: ~20 characters a line, most
 * lines cut mid-sentence)? Only then do the reflow and reading-order passes run.
 */
import type { SourceLine } from '../types.js';
import { removeAllSpaces } from '../text/normalize.js';

// A line that ends a sentence, a clause, a heading label or a bracket
const CLOSED = /[。！？；：:;!?）)”」]$/;

export function isVisualLineLayout(lines: SourceLine[]): boolean {
  const body = lines.filter((l) => !l.table);
  if (body.length < 40) return false;
  // (each line's length is measured once: the percentiles sort a copy, the open lines keep theirs)
  const measured = body.map((l) => ({ length: removeAllSpaces(l.text).length, open: !CLOSED.test(l.text.trim()) }));
  const lengths = measured.map((m) => m.length).sort((a, b) => a - b);
  const p75 = lengths[Math.floor(lengths.length * 0.75)];
  const openLengths = measured.filter((m) => m.open).map((m) => m.length);
  if (p75 > 30 || openLengths.length / body.length < 0.6) return false;
  // (a visual line cut mid-sentence reaches the column's edge: most open lines are near the longest ones; a page of
  // short headings, (略) lines and a table of contents ends its open lines short)
  const p90 = lengths[Math.floor(lengths.length * 0.9)];
  const atEdge = openLengths.filter((length) => length >= EDGE_SHARE * p90).length;
  return atEdge / openLengths.length >= MIN_OPEN_AT_EDGE;
}

/** How near the longest lines (their 90th percentile) a line ends to reach the column's edge. */
const EDGE_SHARE = 0.8;
/** Fewest open lines at the edge a text of visual lines shows. */
const MIN_OPEN_AT_EDGE = 0.25;
