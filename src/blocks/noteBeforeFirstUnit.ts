/**
 * A statute's bracketed 题注 with its first 编/章/节/条 run on after the closing bracket (`（1992年10月24日某省…会议通过）第一章
 * 总则`, a page that lost the line end between them, the note on one line or wrapped over several): the note and the
 * heading, each a line of its own, as print sets them. Only a bracket that holds a whole note (a date and an event:
 * 通过, 批准, 公布…) and a heading numbered one.
 */
import type { SourceLine } from '../types.js';
import { parseMarker, STRUCTURAL_RANK } from '../text/markers.js';
import { isTitleNoteLine } from '../text/titleNoteLine.js';
import { cutLines, piecesAt } from './linePieces.js';

// the end of a bracketed text (no bracket inside it on this line), then 第 after the closing bracket
const CLOSE_THEN_UNIT = /^[^()（）]{0,400}[)）][\s\u3000]*(?=第)/;
// a line opening with a bracket (spaces before it)
const OPENS_WITH_BRACKET = /^[\s\u3000]*[（(]/;
// an opening bracket left open at a line's end (a note wrapped after it)
const LEFT_OPEN = /[（(][^()（）]*$/;
/** How many lines up a wrapped note's opening bracket is looked for. */
const NOTE_LINES = 6;

/**
 * Where the heading starts after the note the line ends (`note`: the note's lines above this one, joined, when it
 * opened there; '' when it opens on this line), or null.
 */
export function unitAfterNoteAt(text: string, above = ''): number | null {
  // (most lines are passed over here: a closing bracket before 第)
  const open = OPENS_WITH_BRACKET.exec(text);
  const m = CLOSE_THEN_UNIT.exec(open ? text.slice(open[0].length) : text);
  if (!m || (!open && !above)) return null;
  const end = (open ? open[0].length : 0) + m[0].length;
  const marker = parseMarker(text.slice(end));
  if (!marker || !STRUCTURAL_RANK[marker.kind] || marker.number !== 1) return null;
  return isTitleNoteLine((open ? '' : above) + text.slice(0, end)) ? end : null;
}

/** The note's lines above lines[i] back to its opening bracket, joined, or '' (none left open above). */
function openNoteAbove(lines: SourceLine[], i: number): string {
  let joined = '';
  for (let j = i - 1; j >= 0 && i - j <= NOTE_LINES; j--) {
    const t = lines[j].text.trim();
    joined = t + joined;
    if (LEFT_OPEN.test(t)) return OPENS_WITH_BRACKET.test(joined) ? joined : '';
    if (/[()（）]/.test(t)) return '';
  }
  return '';
}

/** Lines with every note-and-heading line cut into its note and its heading (the same array when none is). */
export function splitNotesBeforeUnits(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l, i) => {
    if (l.table || !/[)）][\s\u3000]*第/.test(l.text)) return null;
    const at = unitAfterNoteAt(l.text, OPENS_WITH_BRACKET.test(l.text) ? '' : openNoteAbove(lines, i));
    return at === null ? null : piecesAt(l.text, [at]);
  });
}
