/**
 * A short label a page prints before a title on the title's line, a wide gap between them (an exam site's
 * `问题      ××省人民政府关于…的决定`, a listing's `正文      关于…的通知`): two lines, the label and the title, so the
 * label is never read as the title's first words. Only when what follows the gap is a whole title (关于…, or an organ's
 * name before 关于, ending in a formal kind of text after 的) and the label is short, with no clause mark, and no organ's
 * name (an issuer spaced off its 关于 title is the title's own head).
 */
import type { SourceLine } from '../types.js';
import { isWholeTitleLine } from '../text/wholeTitle.js';
import { looksLikeOrganName } from '../text/organName.js';
import { cutLines } from './linePieces.js';

// a short piece opening the line (after its indent), then a gap of four spaces or more before more text
const LABEL_AND_GAP = /^[ \t\u3000]*(\S{1,8})[ \t\u3000]{4,}(?=\S)/;

/** Where the title after the label starts, or null. */
export function labelBeforeTitleAt(text: string): number | null {
  // (most lines are passed over here: a title holds 关于)
  if (!text.includes('关于')) return null;
  const m = LABEL_AND_GAP.exec(text);
  if (!m || /[，。；：:,;、]/.test(m[1]) || looksLikeOrganName(m[1])) return null;
  return isWholeTitleLine(text.slice(m[0].length)) ? m[0].length : null;
}

/** Lines with every label-and-title line cut into its label and its title (the same array when none is). */
export function splitLabelsBeforeTitles(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const at = l.table ? null : labelBeforeTitleAt(l.text);
    return at === null ? null : [{ start: 0, text: l.text.slice(0, at).trimEnd() }, { start: at, text: l.text.slice(at) }];
  });
}
