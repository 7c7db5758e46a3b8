/**
 * A compilation's dated number note with the document's first sentence run on after it (`（1985年5月4日某政〔1985〕38号）
 * 根据…，现将有关问题通知如下：`): the note and the body, each a line of its own, as print sets them.
 */
import type { SourceLine } from '../types.js';
import { parseDatedNumberNote } from '../text/datedNumberNote.js';
import { cutLines, piecesAt } from './linePieces.js';

/** Lines with every note-and-body line cut after its note (the same array when none is). */
export function splitDatedNumberNotes(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    if (l.table) return null;
    const note = parseDatedNumberNote(l.text);
    return note && l.text.slice(note.length).trim() ? piecesAt(l.text, [note.length]) : null;
  });
}
