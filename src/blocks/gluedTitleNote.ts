/**
 * A title with its bracketed 题注 run on after it, and the text's first sentence after the note, on one line (a site
 * that lost the line ends: `某某常务委员会关于批准某事的决议（2007年6月29日某某会议通过）某某会议听取了…`): the title, the
 * note and the body, each a line of its own, as print sets them (立法法's 题注 under the title).
 */
import type { SourceLine } from '../types.js';
import { detectDocType } from '../text/docType.js';
import { opensCitingClause } from '../text/wholeTitle.js';
import { isTitleNoteLine } from '../text/titleNoteLine.js';
import { cutLines, piecesAt } from './linePieces.js';

/** Longest title before the note. */
const MAX_TITLE = 100;
// a bracketed run, from its opening bracket to its closing one (no bracket inside)
const BRACKETED = /[（(][^（）()]{6,200}[)）]/g;

/** Where the title ends and the note ends on a line holding a title, its 题注 and maybe the body; or null. */
export function gluedTitleNoteAt(text: string): { titleEnd: number; noteEnd: number } | null {
  // (most lines are passed over here: a note has a bracket and a verb of the event)
  if (!/[（(]/.test(text) || !/通过|批准|公布|发布|颁布|修正|修订/.test(text)) return null;
  for (const m of text.matchAll(BRACKETED)) {
    if (m.index > MAX_TITLE) return null;
    const title = text.slice(0, m.index).trim();
    if (title.length < 6 || /[，,。；;：:]/.test(title) || opensCitingClause(title) || !detectDocType(title)) continue;
    if (!isTitleNoteLine(m[0])) continue;
    return { titleEnd: m.index, noteEnd: m.index + m[0].length };
  }
  return null;
}

/** Lines with every title-and-题注 line cut into its title, its note and what follows (the same array when none is). */
export function splitGluedTitleNotes(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const at = l.table ? null : gluedTitleNoteAt(l.text);
    if (!at) return null;
    // (a space inside the title stood for a line end where a page was saved as one line: a heading, the organ line and
    // the 关于 line of the title printed again; the title block joins what is one title)
    const spaces = [...l.text.slice(0, at.titleEnd).trimEnd().matchAll(/[ \t\u3000]+/g)].map((m) => m.index + m[0].length).filter((b) => b > 0);
    return piecesAt(l.text, [...spaces, at.titleEnd, ...(l.text.slice(at.noteEnd).trim() ? [at.noteEnd] : [])]);
  });
}
