/**
 * The label of a printed attachment (附件 / 附件2 / 附件 2： / 附件一), alone on its line or with the attachment's
 * title after it: a line recogniser the repair, segment and structure stages all ask.
 */
import { removeLayoutSpaces } from './normalize.js';
import { CN_NUM_CHARS, parseChineseNumber } from './chineseNumber.js';

// Printed attachment label: 附件 / 附件2 / 附件 2： / 附件一 (a statute's annexes) alone on its line, or label + title
const LABEL_ALONE = new RegExp(`^附\\s*件\\s*(\\d{0,3}|[${CN_NUM_CHARS}]{1,4})\\s*[:：]?$`);
const LABEL_WITH_TITLE = /^附\s*件\s*(\d{1,3})\s*[:：]?\s*(\S.{1,80})$/;
// 附件一：某某目录 (a Chinese numeral needs a separator: 附件一并报送 is a sentence)
const CN_LABEL_WITH_TITLE = new RegExp(`^附\\s*件\\s*([${CN_NUM_CHARS}]{1,4})\\s*[:：\\s]\\s*(\\S.{1,80})$`);

function labelNumber(s: string): number | null {
  if (!s) return null;
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}

export function parseAttachmentLabel(text: string): { number: number | null; title: string | null } | null {
  const t = text.trim();
  let m = LABEL_ALONE.exec(t);
  if (m) return { number: labelNumber(m[1]), title: null };
  m = LABEL_WITH_TITLE.exec(t) ?? CN_LABEL_WITH_TITLE.exec(t);
  if (m && !/^[.．、]/.test(m[2])) return { number: labelNumber(m[1]), title: removeLayoutSpaces(m[2]) };
  return null;
}

// the head of a 附件说明 or of its short form: 附件： / 附：, what it names after it or not
const ATTACHMENT_NOTE = /^附\s*件?\s*[:：]/;

/** Does the line open a note of what the text appends (附件：某某办法, 附：某某《…》)? */
export function opensAttachmentNote(text: string): boolean {
  return ATTACHMENT_NOTE.test(text);
}
