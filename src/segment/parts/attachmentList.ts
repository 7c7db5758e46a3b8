/**
 * The 附件说明 list under a document's body (GB/T 9704 7.3.4): `附件：XXX`, `附件：1.XXX` + `2.XXX`, `附件1：…` +
 * `附件2：…`, items not printed (`（见网络版）`) and files a page links (`附件：某某办法.docx`).
 */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces, removeLayoutSpaces } from '../../text/normalize.js';
import { isTitleFragment } from '../header/titleBlock.js';
import { CN_NUM_CHARS, parseChineseNumber } from '../../text/chineseNumber.js';
import { withoutFileExtension } from '../../text/fileName.js';
import { looksLikeOrganName } from '../../text/organName.js';

export interface ListedAttachment {
  number: number | null;
  title: string;
  printed: boolean;
  /** The link of the item's line, when it has one link (a page's 附件 note links the file). */
  href?: string;
}

// 附件：1.XXX / 附件: XXX
const LIST_HEAD = /^附\s*件\s*[:：]\s*(.*)$/;
// …or its short form with what it names on the line: 附：某县人民政府办公室《关于…的通知》
const SHORT_HEAD = /^附\s*[:：]\s*(\S.*)$/;
// 1.XXX / 2、XXX / (2)XXX
const LIST_ITEM = /^(?:[-•·]\s*)?[（(]?(\d{1,2})[)）]?\s*[.．、]?\s*(.+)$/;
// 一、XXX / （二）XXX: an item numbered in Chinese numerals
const CN_LIST_ITEM = new RegExp(`^(?:([${CN_NUM_CHARS}]{1,3})、|[（(]([${CN_NUM_CHARS}]{1,3})[)）])\\s*(.+)$`);

// How the first item on the 附件： line is numbered: `1.` `1、` `一、` `（一）` (a bare `(1)` there may open the title)
const FIRST_ITEM = new RegExp(`^(?:\\d{1,2}[.．、]|[${CN_NUM_CHARS}]{1,3}、|[（(][${CN_NUM_CHARS}]{1,3}[)）])`);

/** A numbered item of the list: `1.XXX`, `2、XXX`, `(2)XXX`, `一、XXX`, `（二）XXX` → its number and title. */
function listItem(t: string): { number: number; rest: string } | null {
  if (/^(?:[-•·]\s*)?[（(]?\d{1,2}[)）]?\s*[.．、]/.test(t)) {
    const m = LIST_ITEM.exec(t)!;
    return { number: Number(m[1]), rest: m[2] };
  }
  const cn = CN_LIST_ITEM.exec(t);
  const number = cn ? parseChineseNumber(cn[1] ?? cn[2]) : null;
  return cn && number !== null ? { number, rest: cn[3] } : null;
}
// Not printed in the gazette: (见网络版) (略) (另发)
const NOT_PRINTED = /[（(](见网络版|略|另发|此略|不公开|见附件网络版)[^（）()]*[)）]\s*$/;

function cleanTitle(s: string): { title: string; printed: boolean } {
  const printed = !NOT_PRINTED.test(s);
  // a page links the file of an attachment it does not print: its name is the title, without the extension
  const linked = withoutFileExtension(s.trim());
  return { title: removeLayoutSpaces(linked.replace(NOT_PRINTED, '')).replace(/[。；;]$/, ''), printed: printed && linked === s.trim() };
}

/** The one link of a line, as `{ href }` to spread into an item (nothing for none or several). */
function linkOf(line: SourceLine): { href?: string } {
  return line.links?.length === 1 ? { href: line.links[0] } : {};
}

/** The longest line taken as the rest of an open bracket of an item's title. */
const MAX_BRACKET_REST = 40;

/** How many brackets a title leaves open: （ ( 〔 [ 《 against their closing marks. */
function openBrackets(title: string): number {
  let depth = 0;
  // opening and closing brackets of titles: full- and half-width round, square, 〔〕 and 《》
  for (const ch of title) {
    if ('（(〔[［《【'.includes(ch)) depth++;
    else if ('）)〕]］》】'.includes(ch) && depth > 0) depth--;
  }
  return depth;
}

// 附件1：XXX / 附件2：XXX — a list written with one label per item
const LABELLED_ITEM = /^附\s*件\s*(\d{1,2})\s*[:：]\s*(\S.*)$/;

/** Parse an attachment list starting at lines[i]; returns the items and the index of its last line. */
export function parseAttachmentList(lines: SourceLine[], i: number, to: number): { items: ListedAttachment[]; end: number } | null {
  const labelled = LABELLED_ITEM.exec(lines[i].text.trim());
  if (labelled && Number(labelled[1]) === 1) {
    const items: ListedAttachment[] = [];
    let end = i - 1;
    for (let j = i; j < to; j++) {
      const m = LABELLED_ITEM.exec(lines[j].text.trim());
      if (!m || Number(m[1]) !== items.length + 1) break;
      items.push({ number: Number(m[1]), ...cleanTitle(m[2]), ...linkOf(lines[j]) });
      end = j;
    }
    return { items, end };
  }
  const head = LIST_HEAD.exec(removeAllSpaces(lines[i].text) === '附件:' ? '附件:' : lines[i].text.trim()) ?? SHORT_HEAD.exec(lines[i].text.trim());
  if (!head) return null;
  const items: ListedAttachment[] = [];
  let end = i;
  const first = head[1].trim();
  const firstItem = FIRST_ITEM.test(first) ? listItem(first) : null;
  if (firstItem) items.push({ number: firstItem.number, ...cleanTitle(firstItem.rest), ...linkOf(lines[i]) });
  else if (first) items.push({ number: null, ...cleanTitle(first), ...linkOf(lines[i]) });
  for (let j = i + 1; j < to; j++) {
    const t = lines[j].text.trim();
    const m = listItem(t);
    if (m && (items.length === 0 || items[items.length - 1].number !== null)) {
      items.push({ number: m.number, ...cleanTitle(m.rest), ...linkOf(lines[j]) });
      end = j;
      continue;
    }
    // wrapped item title: a short open line continuing the previous item, or any short line while the previous
    // item's bracket is still open (`…通知书（某某省高级人民法` / `院制作）`: the rest of the bracket, whatever it ends with)
    const last = items[items.length - 1];
    const insideBracket = !!last && openBrackets(last.title) > 0 && removeAllSpaces(t).length <= MAX_BRACKET_REST;
    // (an organ's name below the list is the signature: 某某省高级人民法院, 某市人民政府办公室; a line that prints the
    // item's title again is the attachment's own heading, 附件：某某预案 / 某某预案 / 一、总则…, no part of the list)
    const headingAgain = !!last && removeAllSpaces(t) === removeAllSpaces(last.title);
    if (last && !headingAgain && (insideBracket || (isTitleFragment(lines[j]) && removeAllSpaces(t).length <= 20 && !looksLikeOrganName(t)))) {
      const more = cleanTitle(t);
      last.title += more.title;
      last.printed = last.printed && more.printed;
      end = j;
      continue;
    }
    break;
  }
  return items.length ? { items, end } : null;
}
