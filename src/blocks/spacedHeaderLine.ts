/**
 * A heading line that holds a document's title, its 发文字号, its organ and its date with spaces between them (a wiki
 * library's header row: `某某关于某事的批复 某函〔1997〕46号 某某人民政府 1997年6月10日 |`): the parts, each a line of its
 * own, as the 版头 and signature print them. Only a line that opens with a title of a formal kind, names a number, and
 * holds nothing else but organs and dates.
 */
import type { SourceLine } from '../types.js';
import { parseDocNumber } from '../text/docNumber.js';
import { parseDateLine } from '../text/dates.js';
import { looksLikeOrganName } from '../text/organName.js';
import { detectDocType, FORMAL_DOC_TYPES } from '../text/docType.js';
import { cutLines, piecesAt } from './linePieces.js';

// a table's pipe closing the row (… 1997年6月10日 |)
const TRAILING_PIPE = /[\s\u3000]*[|｜]+[\s\u3000]*$/;
/** Most parts such a line holds: title, number, organs, date. */
const MAX_PARTS = 6;

/** Where the parts after the title begin (and the closing pipe), or null when the line is no such heading. */
export function spacedHeaderBreaks(text: string): number[] | null {
  // (most lines are passed over here: a number holds 号)
  if (!text.includes('号') || text.length > 200) return null;
  const pipe = TRAILING_PIPE.exec(text);
  const body = pipe ? text.slice(0, pipe.index) : text;
  const parts = [...body.matchAll(/[^\s\u3000]+/g)];
  if (parts.length < 2 || parts.length > MAX_PARTS) return null;
  const kind = detectDocType(parts[0][0]);
  if (!kind || !FORMAL_DOC_TYPES.has(kind) || /[，。；,;：:]/.test(parts[0][0])) return null;
  const rest = parts.slice(1).map((p) => p[0]);
  if (!rest.some((p) => parseDocNumber(p)) || !rest.every((p) => parseDocNumber(p) || parseDateLine(p) || looksLikeOrganName(p))) return null;
  return [...parts.slice(1).map((p) => p.index), ...(pipe ? [pipe.index] : [])];
}

/** Lines with every such heading cut into its parts (the same array when none is). */
export function splitSpacedHeaderLines(lines: SourceLine[]): SourceLine[] {
  return cutLines(lines, (l) => {
    const at = l.table ? null : spacedHeaderBreaks(l.text);
    return at ? piecesAt(l.text, at) : null;
  });
}
