/** A source line cut into pieces of its text: each piece a line of its own that says where in the source it starts. */
import type { SourceLine } from '../types.js';

/**
 * The lines a source line is cut into, one a piece of its text (`start`: where the piece begins in the text). Each
 * keeps the source line's number and says where in it it starts (`column`); only the first keeps the line's heading,
 * list and blank-line marks.
 */
export function linePieces(l: SourceLine, pieces: { start: number; text: string }[]): SourceLine[] {
  const out: SourceLine[] = [];
  // where the text starts in the raw line (markup and indent before it), so columns point into the source
  const offset = Math.max(0, l.raw.indexOf(l.text.slice(0, 20)));
  let first = true;
  for (const { start, text } of pieces) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    out.push({
      line: l.line,
      column: offset + start + (text.length - text.trimStart().length) + 1,
      text: trimmed,
      raw: text,
      heading: first ? l.heading : 0,
      boldPrefix: first ? l.boldPrefix : null,
      allBold: false,
      list: first && l.list,
      // a row cut into pieces is not a table row: its pieces are text
      table: false,
      blankBefore: first ? l.blankBefore : false,
      rule: false,
      ...(l.parts ? { parts: l.parts } : {}),
    });
    first = false;
  }
  return out;
}

/** The pieces of a text cut at the given offsets (in any order; repeats, 0 and the end are no cuts). */
export function piecesAt(text: string, breaks: number[]): { start: number; text: string }[] {
  const starts = [0, ...[...new Set(breaks.filter((b) => b > 0 && b < text.length))].sort((a, b) => a - b)];
  return starts.map((start, n) => ({ start, text: text.slice(start, starts[n + 1] ?? text.length) }));
}

/**
 * Lines with each line that piecesOf cuts (it returns the pieces of the line's text, or null to keep the line; it is
 * given the line's index too) replaced by its pieces, each passed through `finish` when given (a pass that knows more
 * of a piece than linePieces does); the same array when none is cut.
 */
export function cutLines(lines: SourceLine[], piecesOf: (l: SourceLine, i: number) => { start: number; text: string }[] | null, finish?: (piece: SourceLine) => SourceLine): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const pieces = piecesOf(lines[i], i);
    if (!pieces) {
      out?.push(lines[i]);
      continue;
    }
    out ??= lines.slice(0, i);
    for (const piece of linePieces(lines[i], pieces)) out.push(finish ? finish(piece) : piece);
  }
  return out ?? lines;
}
