/**
 * The same title printed twice: a law-database or web export heads the text with its title (and 题注), then
 * prints the document as issued, with its own 版头 (organ, title, 发文字号). Both headers are one document.
 */
import type { SourceLine } from '../types.js';
import type { DocStart } from './documentStarts.js';
import { parseTitleNote } from './titleNote.js';
import { removeAllSpaces } from '../text/normalize.js';

/** True when lines[from..to) hold nothing but a 题注 (or nothing at all). */
function onlyTitleNote(lines: SourceLine[], from: number, to: number): boolean {
  if (from >= to) return true;
  const note = parseTitleNote(lines, from, to);
  return !!note && note.last === to - 1;
}

/** Merge a start into the next one when the next repeats its title with nothing but a 题注 between them. */
export function mergeRepeatedHeaders(lines: SourceLine[], starts: DocStart[]): DocStart[] {
  const out: DocStart[] = [];
  for (const s of starts) {
    const prev = out[out.length - 1];
    if (prev && removeAllSpaces(prev.title.title) === removeAllSpaces(s.title.title) && onlyTitleNote(lines, prev.headerEnd + 1, s.first)) {
      out[out.length - 1] = { ...s, first: prev.first, noteAt: prev.headerEnd + 1 < s.first ? prev.headerEnd + 1 : prev.noteAt };
      continue;
    }
    out.push(s);
  }
  return out;
}
