/**
 * Printed lines → paragraphs, by layout: a line continues the paragraph above when that line runs to the right
 * edge of its column and this one starts at the left edge, in the same size — the first line of a paragraph is
 * indented (GB/T 9704: two characters), titles are centred, signatures pushed right, so none of them join.
 * A paragraph runs on across a page or column break the same way.
 */
import { LEADER_CHARS } from '../../text/leaders.js';
import type { SourceLine } from '../../types.js';
import type { PdfLine } from './pdfTypes.js';
import { maxOf, minOf } from '../../util/arrays.js';
import { dominantSize } from './dominantSize.js';

/** A column block with fewer lines than this takes its edges from all blocks of the same kind. */
const MIN_BLOCK_LINES = 8;
/** A line set this much larger than the body text is a heading (titles: 22 pt over a 16 pt body, GB/T 9704). */
const HEADING_SIZE = 1.25;
/** A paragraph takes no more lines beyond this many characters (as the text path's joins). */
const MAX_PARAGRAPH_CHARS = 10_000;

// a 目录 entry: leaders, then a page number at the end
const LEADER_PAGE = new RegExp(`(?:[${LEADER_CHARS}]{3,}|\\s{2,})\\s*[（(]?\\d{1,4}[)）]?$`);

interface Edges {
  left: number;
  right: number;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
}

const blockKey = (l: PdfLine): string => `${l.page}:${l.column}`;

const isBodySize = (l: PdfLine, body: number): boolean => Math.abs(l.size - body) <= 0.15 * body;

/**
 * The left and right edges of each column block (a page's full width, or one of its columns), from its body text:
 * a page of centred titles and signatures takes the edges of all blocks of its kind.
 */
function columnEdges(all: PdfLine[], body: number): (l: PdfLine) => Edges {
  const byBlock = new Map<string, PdfLine[]>();
  const byKind = new Map<string, PdfLine[]>();
  const lines = all.filter((l) => isBodySize(l, body));
  for (const l of lines) {
    (byBlock.get(blockKey(l)) ?? byBlock.set(blockKey(l), []).get(blockKey(l))!).push(l);
    (byKind.get(l.column) ?? byKind.set(l.column, []).get(l.column)!).push(l);
  }
  // all blocks of a kind: the edges most lines reach (a stray line in the margin does not move them)
  const kindEdges = new Map([...byKind].map(([k, ls]) => [k, { left: percentile(ls.map((l) => l.x0), 0.05), right: percentile(ls.map((l) => l.x1), 0.95) }]));
  // one block: the edges its lines reach, unless it holds no full line (a page of a title and a signature)
  const blockEdges = new Map(
    [...byBlock].map(([k, ls]) => {
      const kind = kindEdges.get(ls[0].column)!;
      const own = { left: minOf(ls.map((l) => l.x0)), right: maxOf(ls.map((l) => l.x1)) };
      return [k, ls.length >= MIN_BLOCK_LINES && own.right - own.left >= 0.85 * (kind.right - kind.left) ? own : kind];
    }),
  );
  const anyEdges = lines.length ? { left: percentile(lines.map((l) => l.x0), 0.05), right: percentile(lines.map((l) => l.x1), 0.95) } : { left: 0, right: Infinity };
  return (l) => blockEdges.get(blockKey(l)) ?? kindEdges.get(l.column) ?? anyEdges;
}

/** Does `next` continue the paragraph whose last printed line is `last`? */
function continues(last: PdfLine, next: PdfLine, edgesOf: (l: PdfLine) => Edges, body: number): boolean {
  // only body text is joined: titles and headings in other sizes are centred lines the text stage reads
  if (!isBodySize(last, body) || !isBodySize(next, body)) return false;
  if (LEADER_PAGE.test(last.text) || /\S {2,}\S/.test(last.text) || /\S {2,}\S/.test(next.text)) return false;
  const a = edgesOf(last);
  const b = edgesOf(next);
  if (last.x1 < a.right - 1.2 * last.size) return false;
  if (next.x0 > b.left + 0.6 * next.size) return false;
  // on one column of one page, the next line is the next baseline, not one after a gap
  if (last.page === next.page && last.column === next.column) return next.top - last.top <= 2.4 * last.size;
  return true;
}

/** One printed line as a SourceLine (numbered `line`): its bold start, and whether it is a heading. */
export function printedLine(l: PdfLine, line: number, heading: number): SourceLine {
  const text = l.text.trim();
  const bold = l.boldChars > 0 ? l.text.slice(0, l.boldChars).trim() : null;
  return {
    line,
    text,
    raw: l.text,
    heading,
    boldPrefix: bold && l.boldChars < text.length ? bold : null,
    allBold: l.boldChars >= text.length,
    list: false,
    table: false,
    blankBefore: true,
    rule: false,
  };
}

/**
 * Paragraphs of the lines that are not furniture. `lines` are all printed lines in reading order; a line's number
 * is its index + 1; `skip` holds the indexes of furniture, which never join and never break a paragraph.
 */
export function layoutParagraphs(lines: PdfLine[], skip: Set<number>): SourceLine[] {
  const content = lines.filter((_, i) => !skip.has(i));
  const body = dominantSize(content.length ? content : lines);
  const edgesOf = columnEdges(content.length ? content : lines, body);
  const out: SourceLine[] = [];
  let cur: SourceLine | null = null;
  let last: PdfLine | null = null;
  lines.forEach((l, i) => {
    if (skip.has(i)) return;
    if (cur && last && cur.text.length < MAX_PARAGRAPH_CHARS && continues(last, l, edgesOf, body)) {
      // CJK text joins without a space; a line ending in a Latin word keeps one
      cur.text += /[A-Za-z0-9,.;:]$/.test(cur.text) && /^[A-Za-z0-9]/.test(l.text) ? ' ' + l.text.trim() : l.text.trim();
      cur.raw += '\n' + l.text;
      cur.parts!.push(i + 1);
    } else {
      // set larger than the body: a heading, as a markdown `#` is (a weak hint, as there)
      cur = { ...printedLine(l, i + 1, l.size >= HEADING_SIZE * body ? 1 : 0), parts: [i + 1] };
      out.push(cur);
    }
    last = l;
  });
  for (const p of out) if (p.parts!.length === 1) delete p.parts;
  return out;
}
