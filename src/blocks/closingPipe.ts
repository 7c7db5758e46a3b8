/**
 * A table flattened one cell a line keeps each row's closing pipe at the end of its last cell (`某政办〔2014〕25号 |`,
 * `某某人民政府办公厅 2014年5月11日 |`): the pipe is the table's markup, not the text's. Cut off where it is the line's
 * only pipe, after a space, and closes a part of the header or the signature the stages below read whole: a 发文字号
 * with its year, a date, an organ and its date, a rule. A line with pipes inside it is a row of cells (read as one elsewhere); a cell of
 * other text keeps its pipe (a wiki's header table: the next text's title, 某某通告(第7号) |, is no title here).
 */
import type { SourceLine } from '../types.js';
import { isRuleLine } from '../text/ruleLine.js';
import { parseDocNumber } from '../text/docNumber.js';
import { parseDateLine } from '../text/dates.js';
import { parseOrganDateLine } from '../text/organDateLine.js';
import { cutLines } from './linePieces.js';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';
const isPipe = (c: string | undefined) => c === '|' || c === '｜';

/** The length of the line's text before its closing pipe, or null when the line has none or has other pipes. */
export function closingPipeAt(text: string): number | null {
  // (most lines are passed over here: no pipe at all)
  if (!text.includes('|') && !text.includes('｜')) return null;
  // read from the end, a character at a time (a pattern anchored at the end costs n² on a long run of spaces):
  // spaces, the pipes, the space before them
  let i = text.length;
  while (i > 0 && isSpace(text[i - 1])) i--;
  const pipesEnd = i;
  while (i > 0 && isPipe(text[i - 1])) i--;
  if (i === pipesEnd || !isSpace(text[i - 1])) return null;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (i === 0 || /[|｜]/.test(text.slice(0, i))) return null;
  return isHeaderOrSignaturePart(text.slice(0, i)) ? i : null;
}

/** A 发文字号, a date, an organ and its date, or a rule. */
function isHeaderOrSignaturePart(text: string): boolean {
  const t = text.trim();
  // (a number with its year, 某政办〔2014〕25号: a serial alone is also a title's, 某某通告(第2号))
  return !!(parseDocNumber(t)?.year || parseDateLine(t) || isRuleLine(t) || parseOrganDateLine(t));
}

/** Lines with each closing pipe cut off (the same array when none is); a rule drawn in the row stays a rule (━━━ |). */
export function cutClosingPipes(lines: SourceLine[]): SourceLine[] {
  return cutLines(
    lines,
    (l) => {
      const at = l.table ? null : closingPipeAt(l.text);
      return at === null ? null : [{ start: 0, text: l.text.slice(0, at) }];
    },
    (piece) => ({ ...piece, rule: isRuleLine(piece.text) }),
  );
}
