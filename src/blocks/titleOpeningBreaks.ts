/**
 * A document run together on one line that opens with its title and a space (a page's table cell: `某县人民政府森林防火
 * 禁火令 (2025年第2号) 我县未来几天…。 某县人民政府 2025年1月8日`), or with its title glued to the first sentence's
 * opening word: the title was a line of its own, and so was the serial of an order or announcement printed after it in
 * brackets. Where those lines end, when the line opens so.
 */
import { detectDocType, FORMAL_DOC_TYPES } from '../text/docType.js';
import { parseBareSerial } from '../text/docNumber.js';

// the line's first run without spaces or clause marks (a title), then a space
const OPENING_RUN = /^[\s\u3000]*([^\s\u3000，,。；：:]{4,60})[\s\u3000]+/;
// a bracketed run right after it (the serial: (2025年第2号)), then a space
const BRACKETED_RUN = /^([（(][^（）()]{2,16}[)）])[\s\u3000]+/;

// the words a body's first sentence opens with, right after a title glued to it (…初审情况的公示根据《某某条例》规定，…;
// …的通告为推进某事，…: 为 and its purpose up to the clause's comma)
const BODY_OPENER = /根据|按照|依据|依照|为(?=[^，,。；;：:]{2,30}[，,])|近日|现将|现就|经研究|经审核/g;
/** How far into the line a title glued to its body may end. */
const MAX_GLUED_TITLE = 80;
/** Shortest title glued to its body. */
const MIN_GLUED_TITLE = 6;

/**
 * Where a title glued to the body's first sentence ends (a page's text flattened with no space left: 某某项目初审
 * 情况的公示根据《…》规定，…): before the first sentence's opening word, where what is before it is a title (no
 * clause mark in it) ending in its 文种.
 */
export function gluedTitleEnd(text: string): number | null {
  const lead = text.length - text.trimStart().length;
  // (the title holds no clause mark: the opener comes before the line's first one)
  const mark = text.slice(lead, lead + MAX_GLUED_TITLE).search(/[，,。；;：:！？]/);
  if (mark >= 0 && mark < MIN_GLUED_TITLE) return null;
  const head = text.slice(lead, lead + MAX_GLUED_TITLE);
  for (const m of head.matchAll(BODY_OPENER)) {
    if (mark >= 0 && m.index > mark) return null;
    const title = head.slice(0, m.index);
    if (title.length >= MIN_GLUED_TITLE && detectDocType(title)) return lead + m.index;
  }
  return null;
}

/** Offsets where an opening title (and a serial after it) end, or [] when the line does not open with a title. */
export function titleOpeningBreaks(text: string): number[] {
  const glued = gluedTitleEnd(text);
  if (glued !== null) return [glued];
  const m = OPENING_RUN.exec(text);
  const kind = m ? detectDocType(m[1]) : null;
  if (!m || !kind || !FORMAL_DOC_TYPES.has(kind)) return [];
  const serial = BRACKETED_RUN.exec(text.slice(m[0].length));
  return serial && parseBareSerial(serial[1]) ? [m[0].length, m[0].length + serial[0].length] : [m[0].length];
}
