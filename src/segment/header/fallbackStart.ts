/**
 * A text with no recognised document start (no 发文字号, 主送, 题注 or statute body under a title) still
 * becomes a document: its title is the first heading or title-like line, else the opening of its first line.
 */
import type { SourceLine } from '../../types.js';
import type { DocStart } from './documentStarts.js';
import { withoutColumnTag } from './columnTag.js';
import { buildTitleBlock, isTitleFragment, titleBlockAbove, type TitleBlock } from './titleBlock.js';
import { splitIssuerPrefix } from './issuerPrefix.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { startsWithLabel } from '../../text/labelLine.js';
import { detectDocType, isTrailingNoteLine, withoutKindColon } from '../../text/docType.js';
import { endsNamingText, withoutBookMarks } from '../../text/bookTitle.js';
import { removeAllSpaces, removeLayoutSpaces } from '../../text/normalize.js';
import { parseHeaderDate } from './headerDate.js';
import { titleSimilarity } from '../../text/similarity.js';
import { hasTimeStamp } from '../../text/timeStamp.js';
import { withoutNoteMarks } from '../../text/noteMark.js';
import { parseRecipients } from './recipients.js';
import { parseMetadataLine } from '../page/metadataBlock.js';

/** How far into the text a title is looked for. */
const TITLE_WINDOW = 12;
/** Longest title taken from the opening of a line that is not title-like. */
const OPENING_CHARS = 40;

// (a line that ends a sentence is running text, whatever it opens with: a page saved on one line, 第一篇:某某…。)
const isLabelled = (l: SourceLine): boolean => startsWithLabel(l.text) && !/[。；]/.test(l.text);

/** A line that can title a headerless text: title-like, not a signature organ (某某省教育厅) standing alone, no label. */
function titleCandidate(l: SourceLine): boolean {
  return isTitleFragment(l) && !looksLikeOrganName(l.text) && !isLabelled(l);
}

/** How many lines a title printed again under a page's heading may take. */
const COPY_LINES = 4;

/** The same title printed again right below the block (wrapped over other lines), as a title block of its own, or null. */
function printedCopyBelow(lines: SourceLine[], tb: TitleBlock, to: number): TitleBlock | null {
  const title = removeAllSpaces(tb.title);
  // (a code between them, the registration number a 规范性文件 prints over its title, YXDR-2012-00006, holds no Chinese)
  let from = tb.last + 1;
  while (from < to && from - tb.last <= 2 && !/[\u4e00-\u9fa5]/.test(lines[from].text)) from++;
  let text = '';
  for (let j = from; j < to && j - from < COPY_LINES && isTitleFragment(lines[j]); j++) {
    text += removeAllSpaces(lines[j].text);
    if (text === title) return j > from ? buildTitleBlock(lines, from, j) : null;
    if (!title.startsWith(text)) return null;
  }
  return null;
}

/** The Chinese characters of a title, in order: what two copies of it share whatever stray marks one took on. */
const hanOnly = (t: string): string => t.replace(/[^\p{Script=Han}]/gu, '');

/** Most page lines (a time stamp, a source) between a page's headline and the document's own title. */
const MAX_STAMP_LINES = 2;
/** Similarity from which a title under a page's headline is the same text's own title, worded in full. */
const SAME_TEXT = 0.6;

/**
 * The document's own title under a page's headline and its stamp line (某市关于某事限行通告 / 2019-01-12 23:01 来源:某某网 /
 * 关于某事期间实施某事限行交通管制的通告): a title of the same kind, much the same words, right under it or after a line
 * or two of the page's; or null.
 */
function ownTitleBelow(lines: SourceLine[], tb: TitleBlock, to: number): TitleBlock | null {
  let k = tb.last + 1;
  const from = k;
  while (k < to && k - from < MAX_STAMP_LINES && (hasTimeStamp(lines[k].text) || startsWithLabel(lines[k].text)) && !/[。；]/.test(lines[k].text)) k++;
  // (the stamp may have been read as the page's metadata already: the own title right under the headline)
  if (k >= to || !isTitleFragment(lines[k])) return null;
  let last = k;
  while (last + 1 < to && last - k < 2 && isTitleFragment(lines[last + 1]) && !detectDocType(removeAllSpaces(lines[last].text))) last++;
  const own = buildTitleBlock(lines, k, last);
  const kind = detectDocType(removeAllSpaces(tb.title));
  // (the headline's own line: a line of the page glued above it, an advert, is none of its words)
  const headline = removeAllSpaces(lines[tb.last].text);
  // (a copy that adds nothing but stray letters to the headline, X XX县某某预案 under XX县某某预案, is a damaged one)
  if (own && removeAllSpaces(own.title) !== headline && hanOnly(own.title) === hanOnly(headline)) return null;
  return own && kind && detectDocType(removeAllSpaces(own.title)) === kind && titleSimilarity(own.title, headline) >= SAME_TEXT ? own : null;
}

// an author's line naming the organ (作者:某某办公室, 发布机关：某某局): a page's byline under a document's title
const AUTHOR_LINE = /^(?:作者|发布机关|发文机关|制定机关)[:：]\s*(\S.{1,38})$/;

/**
 * The last line of the header a titled text without a 版头 prints under its title: its organ's byline and the date
 * right under it (作者:某某办公室 / 2020年1月27日, as an encyclopedia heads a document), or the title's own last line.
 */
function datedByline(lines: SourceLine[], title: TitleBlock, to: number): number {
  const last = title.last;
  let k = last + 1;
  // (the title printed again right under the page's heading of it, one line)
  if (k < to && removeAllSpaces(lines[k].text) === removeAllSpaces(title.title)) k++;
  const start = k;
  const author = k < to ? AUTHOR_LINE.exec(lines[k].text.trim()) : null;
  if (author && looksLikeOrganName(author[1])) k++;
  return k > start && k < to && parseHeaderDate(lines[k].text) ? k : last;
}

const wholeRecipients = (lines: SourceLine[], k: number, to: number): boolean => {
  const r = parseRecipients(lines, k, to);
  return r !== null && r.rest === undefined;
};

/** Longest headline read over a 主送. */
const MAX_HEADLINE = 60;

/**
 * A post's headline right over the 主送 its text opens with (某某:某日至某日调休放假3天 / 各区人民政府: / …): a short line
 * without a sentence end, a time stamp, a field label or a date, titles the text when no title-like line does; its
 * index, or -1.
 */
function headlineOverRecipients(lines: SourceLine[], from: number, window: number): number {
  // (a list on lines of its own: a headline 某某:某事 reads as a one-name 主送 with its text run on)
  let r = from;
  while (r < window && !wholeRecipients(lines, r, window)) r++;
  if (r >= window || r === from) return -1;
  const t = removeAllSpaces(lines[r - 1].text);
  const headline = t.length >= 4 && t.length <= MAX_HEADLINE && /\p{Script=Han}/u.test(t) && !/[。；！？]/.test(t)
    && !hasTimeStamp(t) && !parseMetadataLine(lines[r - 1].text) && !parseHeaderDate(t);
  return headline ? r - 1 : -1;
}

/** Longest name of a site's column or a page's section that names a kind of text (通知公告, 重要通告, 相关法律规定). */
const MAX_COLUMN_NAME = 6;

/**
 * A site's column named by a kind of text (重要通告, 通知公告) over a formal title further down (某部关于…的通告, 关于…的通知):
 * a few characters, no 关于, no issuer; the formal title titles the text.
 */
function columnOverFormalTitle(lines: SourceLine[], k: number, window: number): boolean {
  const t = removeAllSpaces(lines[k].text);
  if (t.length > MAX_COLUMN_NAME || /关于/.test(t) || splitIssuerPrefix(t).issuer) return false;
  const formal = (t: string) => !!detectDocType(t) && (/^关于/.test(t) || (/关于/.test(t) && !!splitIssuerPrefix(t).issuer));
  for (let j = k + 1; j < window; j++) {
    if (!isTitleFragment(lines[j])) continue;
    // (a title printed whole in book brackets on its line, 《关于…的通告》, is one too; so is one wrapped over two lines)
    const below = withoutBookMarks(removeAllSpaces(lines[j].text));
    if (formal(below) || (j + 1 < window && isTitleFragment(lines[j + 1]) && formal(below + removeAllSpaces(lines[j + 1].text)))) return true;
  }
  return false;
}

// a report's announcement of the full text it prints below (《通告》全文如下: / 通告》全文如下 / 原文如下：), alone on its line
const FULL_TEXT_LEAD = /(?:全文|原文)如下[:：]?$/;
/** How far below the announcement the text's title is looked for (a blank line, arrows ↓ ↓). */
const LEAD_REACH = 3;

/**
 * The line after a report's announcement of the full text (…全文如下:) when a title naming a kind of text follows it
 * within a few lines, wherever the report's paragraphs left it, and none stands above it; else `from`.
 */
function afterFullTextLead(lines: SourceLine[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    // (a title naming a kind above it titles a text of its own that prints another: 关于转发…的通知 / …全文如下：)
    if (isTitleFragment(lines[k]) && detectDocType(removeAllSpaces(lines[k].text))) return from;
    if (!FULL_TEXT_LEAD.test(removeAllSpaces(lines[k].text))) continue;
    for (let j = k + 1; j < to && j - k <= LEAD_REACH; j++) {
      if (isTitleFragment(lines[j]) && detectDocType(withoutBookMarks(removeAllSpaces(lines[j].text)))) return k + 1;
    }
  }
  return from;
}

export function fallbackStart(lines: SourceLine[], start: number, to: number): DocStart | null {
  if (start >= to) return null;
  // (a report printing the document after 全文如下: the text starts below the announcement, however long the report)
  const from = afterFullTextLead(lines, start, to);
  const window = Math.min(to, from + TITLE_WINDOW);
  // a title naming a kind of text, with the issuer line and wrapped lines above it (某市公安局 某市交通运输局 / 关于…的通告)
  for (let k = from; k < window; k++) {
    // (a report's headline that names texts, 某市印发《A》和《B》, takes its kind from them: it titles nothing)
    // (a note's reference mark after the title's word is not its end: 某某公报[1](第二号))
    // (a colon typed after its kind, 某某的通告:, over a salutation, is no part of it)
    if (!isTitleFragment(lines[k]) || !detectDocType(withoutKindColon(withoutNoteMarks(removeLayoutSpaces(lines[k].text)))) || endsNamingText(lines[k].text)) continue;
    if (columnOverFormalTitle(lines, k, window)) continue;
    // (with its note on the line below: 某市某事行动计划 / (2018-2020年))
    const end = k + 1 < to && isTrailingNoteLine(lines[k + 1].text) ? k + 1 : k;
    let tb = titleBlockAbove(lines, end + 1, from);
    // a metadata line above the title (发布时间：2023-01-05, 来源：某某网) is not part of it
    while (tb && tb.first < k && /[：:]/.test(lines[tb.first].text)) tb = buildTitleBlock(lines, tb.first + 1, end);
    if (tb) {
      // (a page's heading over the title printed again, its organ on a line of its own: 某县人民政府森林防火禁火令 over
      // 某县人民政府 / 森林防火禁火令, the printed copy titles the text and names its issuer)
      const copy = printedCopyBelow(lines, tb, to) ?? ownTitleBelow(lines, tb, to);
      const title = copy ?? tb;
      return { first: tb.first, headerEnd: datedByline(lines, title, to), title, numberIndex: null, number: null, numberRaw: null, kind: 'fallback' };
    }
  }
  let at = -1;
  // else a heading, then any title-like line
  for (let k = from; k < window && at < 0; k++) if (lines[k].heading > 0 && titleCandidate(lines[k])) at = k;
  if (at < 0) at = headlineOverRecipients(lines, from, window);
  for (let k = from; k < window && at < 0; k++) if (titleCandidate(lines[k])) at = k;
  // else the opening of the first line that is not a `label：value` line; a text of nothing else holds no document
  let opening = -1;
  for (let k = from; k < window && at < 0 && opening < 0; k++) if (!isLabelled(lines[k])) opening = k;
  if (at < 0 && opening < 0) return null;
  const first = at >= 0 ? at : opening;
  const text = removeLayoutSpaces(lines[first].text);
  const title = at >= 0 ? withoutNoteMarks(withoutColumnTag(text)) : text.slice(0, OPENING_CHARS);
  if (!title) return null;
  const tb = { first, last: at >= 0 ? first : first - 1, title, issuer: splitIssuerPrefix(title).issuer };
  return { first, headerEnd: tb.last, title: tb, numberIndex: null, number: null, numberRaw: null, kind: 'fallback' };
}
