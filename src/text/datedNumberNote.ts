/**
 * A compilation's note under a document's title, its date and its 发文字号 in one bracket (`（1985年5月4日皖政〔1985〕38号）`,
 * `(某政发〔2019〕5号 2019年3月6日)`), as 汇编 and law databases print it for a document whose 版头 and signature they
 * leave out: the date is the 成文日期, the number the document's.
 */
import { findDate } from './dates.js';
import { parseDocNumber, type DocNumber } from './docNumber.js';

export interface DatedNumberNote {
  iso: string;
  number: DocNumber;
  /** Length of the note in the line it opens (the bracket included). */
  length: number;
}

// a bracket at the line's start and its closing bracket (no bracket inside but the number's own 〔〕)
const BRACKETED = /^[\s\u3000]*[（(]([^（）()]{10,60})[)）]/;

/** The note the line opens with (the line may go on after it), or null. */
export function parseDatedNumberNote(text: string): DatedNumberNote | null {
  // (most lines are passed over here: the note holds 年 and 号)
  if (!text.includes('号') || !text.includes('年')) return null;
  const m = BRACKETED.exec(text);
  if (!m) return null;
  const inner = m[1].normalize('NFKC');
  const date = findDate(inner);
  if (!date) return null;
  // (the rest of the bracket is the number, before or after the date, a comma or space between them)
  const rest = (inner.slice(0, date.index) + ' ' + inner.slice(date.index + date.length)).replace(/^[\s,，、]+|[\s,，、]+$/g, '');
  const number = parseDocNumber(rest);
  return number ? { iso: date.iso, number, length: m[0].length } : null;
}
