/** 主送机关: the line(s) after the 发文字号 ending in `：`/`:`, e.g. `各县（市、区）人民政府，市直各单位：`. */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces, removeLayoutSpaces } from '../../text/normalize.js';
import { isRecipientsLine } from '../../text/recipientsLine.js';
import { opensLikeDocNumber, parseDocNumber } from '../../text/docNumber.js';
import { parseDateLine } from '../../text/dates.js';
import { isRegistrationNumber } from '../../text/registrationNumber.js';
import { isMarksOnly } from '../../text/marksOnly.js';

/** Most characters per name in a long line read as a list of addressees (a separator at least every 20). */
const MAX_CHARS_PER_NAME = 20;
/** Longest line joined into an addressee list. */
const MAX_LIST_LINE = 600;

/** Is a long line a list of names (、，, between them, one at least every 20 characters)? */
function isDenseList(t: string): boolean {
  return t.length <= MAX_LIST_LINE && (t.match(/[、，,]/g)?.length ?? 0) * MAX_CHARS_PER_NAME >= t.length;
}

/** A wrapped addressee list: lines without closing punctuation before the line that ends in a colon. */
export function parseRecipients(lines: SourceLine[], from: number, to: number): { value: string; end: number; rest?: string } | null {
  // the addressees and the first sentence of the body on one line: 各区人民政府：为做好…
  if (from < to) {
    const m = /^(.{3,100}?[：:])\s*(\S.*)$/.exec(lines[from].text.trim());
    if (m && isRecipientsLine(m[1]) && !isRecipientsLine(lines[from].text)) {
      return { value: removeLayoutSpaces(m[1]).replace(/[：:]\s*$/, ''), end: from, rest: m[2] };
    }
  }
  for (let n = 0; n < 3 && from + n < to; n++) {
    const joined = lines.slice(from, from + n + 1).map((l) => l.text).join('');
    if (isRecipientsLine(joined)) {
      return { value: removeLayoutSpaces(joined).replace(/[：:]\s*$/, ''), end: from + n };
    }
    const t = removeAllSpaces(lines[from + n].text);
    // (a line of marks alone, a page button's bracket left from 字号:【大 中 小】, names no addressee)
    if (isMarksOnly(t)) return null;
    // (a colon ends the list: a line with one of its own, a page's field line 发布人：…时间：…, starts none)
    // (a long line goes on into the list only when it is a list itself: a name between every few marks, the banks a
    // national notice addresses; a long line of prose is no addressee line)
    if (/[。；;]$/.test(t) || /[：:]/.test(t) || (t.length > 80 && !isDenseList(t)) || lines[from + n].table) return null;
    // a header line of its own (the 发文字号, a dated line) is no part of a wrapped addressee list
    if (parseDocNumber(t) || opensLikeDocNumber(t) || parseDateLine(t) || isRegistrationNumber(t)) return null;
  }
  return null;
}
