/**
 * What a header prints below its title block (and its number line): the 题注, a 发文字号 under the 题注, a 成文日期
 * above the 主送, and the 主送. A 批复 or 解释 copied from a law database prints its dated notes first and its
 * number below them
 *   最高人民法院关于…的批复 / 2013年9月9日…会议通过 / 2013年9月12日…公告公布 / 法释〔2013〕23号 / 某某省高级人民法院：
 * a 批复 may print its 成文日期 under its number, above the 主送, and a statute prints its bracketed 题注 alone; a page
 * may print one of its fields (来源：某某部) between the number and the 主送.
 * The 主送 closes the header: the body starts below it.
 */
import type { SourceLine } from '../../types.js';
import { opensLikeDocNumber, parseDocNumber, printedNumber, type DocNumber } from '../../text/docNumber.js';
import { parseRecipients } from './recipients.js';
import { parseTitleNote, type TitleNote } from './titleNote.js';
import { parseHeaderDate, type HeaderDate } from './headerDate.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { looksLikeOrganName, organsOfLine } from '../../text/organName.js';
import { isPageLine, MAX_PAGE_LINES } from './pageLine.js';

export interface HeaderTail {
  note: TitleNote | null;
  /** A number printed under the 题注 (only looked for when the header has none above). */
  number: { value: DocNumber; raw: string; index: number } | null;
  /** A 成文日期 printed on its own line right above the 主送 (`2024年3月5日`, or with its organ beside it). */
  date: { value: HeaderDate; index: number } | null;
  recipients: ReturnType<typeof parseRecipients>;
  /** Index of the first line below the header. */
  bodyStart: number;
}

/**
 * The header's parts from lines[from] on; `headerNumber`: the 发文字号 the title block came with (normalised), or null;
 * `title`: the title block's title.
 */
export function parseHeaderTail(lines: SourceLine[], from: number, end: number, headerNumber: string | null, title = ''): HeaderTail {
  const hasNumber = headerNumber !== null;
  const tail: HeaderTail = { note: null, number: null, date: null, recipients: null, bodyStart: from };
  let i = from + (hasNumber ? repeatedTitleLines(lines, from, end, title) : 0);
  while (i < end) {
    // (a note line never ends in a colon, so it is looked for first: the 主送 below it must not take it in)
    const note = tail.note ? null : parseTitleNote(lines, i, end);
    if (note) {
      tail.note = note;
      i = note.last + 1;
      continue;
    }
    // the header's number printed again (a page that shows it under its heading and in the document), or a number
    // line whose end was lost (牟政办发〔201746): part of the header, not of the 主送 below it
    const printed = parseDocNumber(lines[i].text);
    const damaged = !hasNumber && !printed && opensLikeDocNumber(lines[i].text) && lines[i].text.trim().length <= 30;
    if ((hasNumber && printed?.normalized === headerNumber) || damaged) {
      i++;
      continue;
    }
    // a page's field line (来源：某某部), its stamp (2023-01-05 10:00 某某办公室) or a line naming an address (某某网址
    // www.example.com), one or a few, with the 主送 right below them: the page's, inside the header
    let page = i;
    while (page < end && page - i < MAX_PAGE_LINES && isPageLine(lines[page].text)) page++;
    if (page > i && parseRecipients(lines, page, end)) {
      i = page;
      continue;
    }
    const rec = parseRecipients(lines, i, end);
    if (rec) {
      tail.recipients = rec;
      i = rec.end + 1;
      break;
    }
    // a number is part of the header only right under a 题注 (elsewhere a lone number line is body text)
    const number = tail.note && !tail.number && !hasNumber ? printed : null;
    if (number) {
      tail.number = { value: number, raw: printedNumber(lines[i].text), index: i };
      i++;
      continue;
    }
    // a dated line is part of the header only with the 主送 right below it (else it may open the body)
    const date = tail.date ? null : parseHeaderDate(lines[i].text);
    if (date && parseRecipients(lines, i + 1, end)) {
      tail.date = { value: date, index: i };
      i++;
      continue;
    }
    // (or with its organ on the line above it: 某某人民政府 / 1997年6月10日 / 主送, a web copy's heading row cut up)
    if (!tail.date && i + 2 < end && looksLikeOrganName(lines[i].text)) {
      const dated = parseHeaderDate(lines[i + 1].text);
      if (dated && dated.organs.length === 0 && parseRecipients(lines, i + 2, end)) {
        tail.date = { value: { iso: dated.iso, organs: organsOfLine(lines[i].text) }, index: i + 1 };
        i += 2;
        continue;
      }
    }
    break;
  }
  tail.bodyStart = i;
  return tail;
}

/**
 * How many lines at lines[from] print the title again (0 when they do not): a page that shows the title as its
 * heading above the number and the document's own title right under it (某页标题 / 某政发〔2016〕83号 / 某页标题 /
 * 主送). One line, or a title wrapped over two.
 */
function repeatedTitleLines(lines: SourceLine[], from: number, end: number, title: string): number {
  if (!title || from >= end) return 0;
  const first = removeAllSpaces(lines[from].text);
  if (first === title) return 1;
  return from + 1 < end && title.startsWith(first) && first + removeAllSpaces(lines[from + 1].text) === title ? 2 : 0;
}
