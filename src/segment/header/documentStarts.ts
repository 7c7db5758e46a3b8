/**
 * Where documents start. A document begins at a title block followed by a stand-alone 发文字号 line
 * (or preceded by it, in 版头 order), or at a title block followed by a 主送 line (关于…的通知 without a
 * number), or at a law/regulation title followed by its bracketed adoption note. A 发文字号 inside
 * running text is a citation and never starts a document.
 */
import type { SourceLine } from '../../types.js';
import { isOrderCode, issuerOfOrderCode, parseBareSerial, parseDocNumber, parseSplitOrderNumber, printedNumber, type DocNumber } from '../../text/docNumber.js';
import { isPageLine, MAX_PAGE_LINES } from './pageLine.js';
import { isWebAddressLine } from '../../text/webAddress.js';
import { endsWithClosingFormula } from '../../text/closingFormula.js';
import { buildTitleBlock, isTitleFragment, titleBlockAbove, titleBlockBelow, type TitleBlock } from './titleBlock.js';
import { splitTrailingDocNumber } from './titleWithNumber.js';
import { isRecipientsLine } from '../../text/recipientsLine.js';
import { parseRecipients } from './recipients.js';
import { parseTitleNote } from './titleNote.js';
import { recordHeadAt } from './recordHead.js';
import { append } from '../../util/arrays.js';
import { isTitleNoteLine } from '../../text/titleNoteLine.js';
import { detectDocType, FORMAL_DOC_TYPES, withoutTrailingNotes } from '../../text/docType.js';
import { endsSentence, removeAllSpaces } from '../../text/normalize.js';
import { endsUnfinished, isStandaloneLine } from './standaloneLine.js';
import { parseDateLine } from '../../text/dates.js';
import { parsePublicity } from '../../text/publicity.js';
import { parseMarker } from '../../text/markers.js';
import { issuerMarkAbove, issuerOfMark } from './issuerMark.js';
import { parseAttachmentLabel } from '../../text/attachmentLabel.js';
import { parseHeaderDate } from './headerDate.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { startsWithLabel } from '../../text/labelLine.js';
import { findSignedDocument } from './signedDocument.js';
import { withoutBookMarks } from '../../text/bookTitle.js';
import { parseDatedNumberNote } from '../../text/datedNumberNote.js';

export interface DocStart {
  first: number;
  /** Last index of the header (title block and number line). */
  headerEnd: number;
  title: TitleBlock;
  numberIndex: number | null;
  number: DocNumber | null;
  numberRaw: string | null;
  kind: 'number' | 'recipients' | 'dated' | 'adoption' | 'statute' | 'record' | 'signed' | 'fallback';
  /** Index of a 题注 printed above a repeated header (see mergeRepeatedHeaders). */
  noteAt?: number;
  /** No title printed: the document is known by its number (a page that begins at the 发文字号). */
  untitled?: boolean;
}

// Kinds of text numbered by a serial alone under their title (第1号, 2024年第2号): orders and announcements
const SERIAL_KINDS = new Set(['令', '命令', '公告', '通告']);

// Kinds of text that carry an adoption note instead of a signature
const REGULATION_TYPES = new Set(['条例', '办法', '规定', '规则', '细则', '决定', '决议', '法', '章程', '实施办法', '管理办法', '暂行办法', '暂行规定', '实施细则', '解释', '准则', '纲要', '修正案']);

/**
 * A statute's title above lines[k]: a title block naming a kind of statute, not a clause of running text. With
 * its 题注 right below (`noted`), the title may also follow the last item of a list (an annex's list of laws,
 * then the decision that amended it): an item is a unit of its own, where running text would go on.
 */
function statuteTitleAbove(lines: SourceLine[], k: number, floor: number, from: number, noted = false): TitleBlock | null {
  const above = titleBlockAbove(lines, k, floor);
  const kind = above ? detectDocType(above.title) : null;
  if (!above || !kind || !REGULATION_TYPES.has(kind) || /[，,]/.test(above.title)) return null;
  return closedBefore(lines, above.first, from, above.title) || (noted && endsListItem(lines, above.first, from)) ? above : null;
}

/** Is lines[i - 1] a whole list item (一、《某某法》, 6．某某条例), not one that runs on (ending in 的, 关于…)? */
function endsListItem(lines: SourceLine[], i: number, from: number): boolean {
  if (i <= from) return false;
  const p = lines[i - 1].text;
  return parseMarker(p) !== null && !endsUnfinished(p) && !/[，、,]$/.test(p.trim());
}

/** The first line of a statute's body: 第一编 / 第一章 / 第一条, or a 序言 / 目录 heading. */
export function opensStatuteBody(text: string): boolean {
  const m = parseMarker(text);
  if (m && (m.kind === 'part' || m.kind === 'chapter' || m.kind === 'article') && m.number === 1) return true;
  // 序言 or 目录 on a line of its own (layout spaces allowed)
  return /^(序\s*言|目\s*录)$/.test(text.trim());
}

/**
 * lines[i] names only a kind of document (复函, 批复, 通知) under a whole title (with its maker's line between): a law
 * database prints its 文种 field so. A title wrapped before its kind (某部关于某事的 / 通知) ends there instead.
 */
function isKindLabel(lines: SourceLine[], i: number, floor: number): boolean {
  const t = removeAllSpaces(lines[i].text);
  if (!FORMAL_DOC_TYPES.has(t) && t !== '复函') return false;
  let a = i - 1;
  while (a >= floor && i - a <= 2 && looksLikeOrganName(lines[a].text)) a--;
  return a >= floor && detectDocType(removeAllSpaces(lines[a].text)) !== null;
}

/**
 * Where the header details printed right above lines[k] begin: a web copy puts the 成文日期 (with its organ) on its
 * own line between the title and the 发文字号 or 主送 line, a law database the document's kind (复函), a page its stamp
 * (更新时间:2023-07-17 06:35:24). k itself when there are none.
 */
function headerDetailsAbove(lines: SourceLine[], k: number, floor: number): number {
  let j = k;
  // (two lines of a date or a kind; a page's lines, a few: its stamp, source and count as a list, 时间: / 点击: / 来源:)
  while (j - 1 >= floor && ((k - j < 2 && (parseHeaderDate(lines[j - 1].text) || isKindLabel(lines, j - 1, floor))) || (k - j < MAX_PAGE_LINES && isPageLine(lines[j - 1].text)))) j--;
  return j;
}

/** How many boxed or rule lines a static site prints between a title and the 题注 (a tip box and a rule). */
const MAX_ASIDE_LINES = 3;

/** The first of the boxed asides and rules a static site prints right above lines[k] (the 题注), or k. */
function sitesAsidesAbove(lines: SourceLine[], k: number, floor: number): number {
  let j = k;
  while (j - 1 > floor && k - j < MAX_ASIDE_LINES && (lines[j - 1].boxed || lines[j - 1].rule) && !lines[j - 1].heading) j--;
  return j;
}

/**
 * Where the maker's line printed right above lines[k] begins: a law database prints the organ on a line of its own
 * between a title and its 题注, 主送 or first article. k itself when there is none.
 */
function makerLinesAbove(lines: SourceLine[], k: number, floor: number): number {
  let j = k;
  while (j - 1 > floor && k - j < 2 && looksLikeOrganName(lines[j - 1].text)) j--;
  return j;
}

/**
 * A formal 关于 title over its maker's line, right above lines[k] (a law database: the title, the organ, then the
 * number of the order that promulgates it: 某市人民政府关于某事的通告 / 某市人民政府 / 某府令第 121 号), with the maker as
 * its issuer when the title names none; null else.
 */
function makerTitleAbove(lines: SourceLine[], k: number, floor: number, from: number): TitleBlock | null {
  const makers = makerLinesAbove(lines, k, floor);
  if (makers === k) return null;
  const above = titleBlockAbove(lines, makers, floor);
  const kind = above ? detectDocType(above.title) : null;
  if (!above || !kind || !FORMAL_DOC_TYPES.has(kind) || !/关于/.test(above.title) || !closedBefore(lines, above.first, from, above.title)) return null;
  return withMaker(lines, above, above.last + 1, k);
}

/** The title block with the maker's line under it as its issuer, when the title names none. */
function withMaker(lines: SourceLine[], title: TitleBlock, makerAt: number, k: number): TitleBlock {
  // (an organ's name alone: what issuerOfMark reads from a bare mark)
  const maker = title.issuer || makerAt >= k || !looksLikeOrganName(lines[makerAt].text) ? null : issuerOfMark(lines[makerAt].text);
  return maker ? { ...title, issuer: maker } : title;
}

/**
 * The title block right above a date line lines[k] (a date alone, or with its organ beside it) that starts a
 * document: a formal 关于 title, closed above, with its own body below the date. A number or 主送 under the date
 * is left to the rules that start at those lines, and a statute's first article to the statute rule.
 */
function datedTitleAbove(lines: SourceLine[], k: number, floor: number, from: number, to: number): TitleBlock | null {
  // (most lines are passed over here: a date line is short and holds 年 or a digit)
  const t = lines[k].text;
  if (k + 1 >= to || t.length > 60 || !/[年\d]/.test(t) || !parseHeaderDate(t)) return null;
  const next = lines[k + 1].text;
  if (parseDocNumber(next) || isRecipientsLine(next) || opensStatuteBody(next) || parseHeaderDate(next)) return null;
  const above = titleBlockAbove(lines, k, floor);
  const kind = above ? detectDocType(above.title) : null;
  if (!above || !kind || !FORMAL_DOC_TYPES.has(kind) || !/关于/.test(above.title)) return null;
  return closedBefore(lines, above.first, from, above.title) ? above : null;
}

/** An attachment's caption with its title (附件二：某某区域图) that does not run on into the next line. */
function isClosedCaption(text: string): boolean {
  const title = parseAttachmentLabel(text)?.title;
  return !!title && !endsUnfinished(title);
}

/**
 * Has what stands above lines[i] ended, so that a title may start there? It has after a sentence end, a date, a
 * table or rule, a heading, a 题注, a stand-alone line or an attachment's caption — and when lines[i] is itself a
 * heading (a markdown `#`, a page's <h1>, a PDF line set larger than the body): a heading starts a block whatever
 * ends the one above (a statute's annex list of items without full stops, then an appended decision).
 */
function closedBefore(lines: SourceLine[], i: number, from: number, title?: string): boolean {
  if (i <= from || lines[i].heading > 0) return true;
  const p = lines[i - 1];
  // a page's heading that prints the same title above the document's own (a stray mark after it or not: 某某条例1; a
  // site's note of its revision: 某某条例(2003年修正))
  const heading = title ? withoutBookMarks(removeAllSpaces(p.text)) : '';
  if (title && heading.startsWith(title) && (heading.length - title.length <= 2 || withoutTrailingNotes(heading) === removeAllSpaces(title))) return true;
  // (a labelled line, 截止:2019-06-18, is complete in itself; an attachment's caption, 附件二：某某区域图, when it does
  // not run on: a statute's annex list ends with one)
  return p.table || p.rule || endsSentence(p.text) || (startsWithLabel(p.text) && !parseAttachmentLabel(p.text)) || !!parseDateLine(p.text) || !!parsePublicity(p.text) || p.heading > 0 || isTitleNoteLine(p.text) || isStandaloneLine(p.text) || isClosedCaption(p.text);
}

export function findDocumentStarts(lines: SourceLine[], from: number, to: number): DocStart[] {
  const starts: DocStart[] = [];
  let floor = from;
  for (let k = from; k < to; k++) {
    const l = lines[k];
    if (l.table) continue;
    // An order (令) printed as `XX人民政府令` / `第300号`: the order line is the title.
    const order = k + 1 < to ? parseSplitOrderNumber(l.text, lines[k + 1].text) : null;
    if (order) {
      const title = { first: k, last: k, title: removeAllSpaces(l.text), issuer: issuerOfOrderCode(removeAllSpaces(l.text)) };
      starts.push({ first: k, headerEnd: k + 1, title, numberIndex: k + 1, number: order, numberRaw: `${l.text.trim()}${lines[k + 1].text.trim()}`, kind: 'number' });
      floor = k + 2;
      k++;
      continue;
    }
    // (or a compilation's note of the date and the number under the title: （1985年5月4日某政〔1985〕38号）)
    const number = parseDocNumber(l.text) ?? parseDatedNumberNote(l.text)?.number ?? null;
    if (number) {
      const details = headerDetailsAbove(lines, k, floor);
      const direct = titleBlockAbove(lines, k, floor) ?? (details < k ? titleBlockAbove(lines, details, floor) : null);
      const below = direct ? null : titleBlockBelow(lines, k, to);
      // (a title over its maker's line only where no title stands right below the number: a law database prints the
      // title, the organ, the number and the title again, 版头 order, as well)
      // (and before a block that would take the maker's line into the title: 关于某事的通知 / 某某银行 / 某发〔1997〕339号)
      const maker = below ? null : makerTitleAbove(lines, details, floor, from);
      const above = maker ?? direct;
      if (above) {
        starts.push({ first: issuerMarkAbove(lines, above.first, floor) ?? above.first, headerEnd: k, title: above, numberIndex: k, number, numberRaw: printedNumber(l.text), kind: 'number' });
        floor = k + 1;
        continue;
      }
      // an order printed whole on one line (某市人民政府令第123号) over the sentence that promulgates: the line is its title
      if (!below && isOrderCode(number.code) && number.normalized.includes('第')) {
        const title = { first: k, last: k, title: number.code, issuer: issuerOfOrderCode(number.code) };
        starts.push({ first: k, headerEnd: k, title, numberIndex: k, number, numberRaw: printedNumber(l.text), kind: 'number' });
        floor = k + 1;
        continue;
      }
      // (right under the number, or under the 版头's separator rule)
      if (below && (below.first === k + 1 || (lines[k + 1].rule && below.first === k + 2))) {
        starts.push({ first: issuerMarkAbove(lines, k, floor, true) ?? k, headerEnd: below.last, title: below, numberIndex: k, number, numberRaw: printedNumber(l.text), kind: 'number' });
        floor = below.last + 1;
        k = below.last;
        continue;
      }
      // a number right over the 主送, or opening the text over its first sentence, no title above or below it (a page
      // saved from its number on): the document is known by its number
      // (a 题注 right above the number is a titled header's: the title is above the note)
      // (nor a title right above it, one the title block did not take: the document has a title)
      // (a text run together on one line ends with its closing formula, …举报电话:1234567特此通告: running text too)
      const opensText = k === from && k + 1 < to && (endsSentence(lines[k + 1].text) || endsWithClosingFormula(lines[k + 1].text));
      const titledAbove = k > from && (isTitleNoteLine(lines[k - 1].text) || !!detectDocType(removeAllSpaces(lines[k - 1].text)));
      if (!below && k + 1 < to && (isRecipientsLine(lines[k + 1].text) || opensText) && closedBefore(lines, k, from) && !titledAbove) {
        const printed = printedNumber(l.text);
        starts.push({ first: k, headerEnd: k, title: { first: k, last: k, title: printed, issuer: null }, numberIndex: k, number, numberRaw: printed, kind: 'number', untitled: true });
        floor = k + 1;
        continue;
      }
    }
    // an order's or announcement's serial alone under its title (某县人民政府 / 森林高火险期禁火令 / 第1号), its code left to
    // the title
    const serial = number ? null : parseBareSerial(l.text);
    if (serial) {
      const above = titleBlockAbove(lines, k, floor);
      const kind = above ? detectDocType(above.title) : null;
      if (above && kind && SERIAL_KINDS.has(kind) && closedBefore(lines, above.first, from, above.title)) {
        starts.push({ first: above.first, headerEnd: k, title: above, numberIndex: k, number: serial, numberRaw: printedNumber(l.text), kind: 'number' });
        floor = k + 1;
        continue;
      }
    }
    // a title that carries its number on the same line (possibly the last line of a wrapped title)
    // (a title with its serial in brackets, …的通告(第6号), over a labelled line is a page's link to another text in the
    // series, 原文地址:… under it: a document's own title goes on into its text)
    const inline = splitTrailingDocNumber(l.text);
    const linkedSeries = !!inline && !inline.number.code && k + 1 < to && startsWithLabel(lines[k + 1].text);
    if (inline && !linkedSeries) {
      const tmp = lines.slice(floor, k + 1);
      tmp[tmp.length - 1] = { ...l, text: inline.title };
      let j = tmp.length - 1;
      while (j - 1 >= 0 && tmp.length - j < 4 && isTitleFragment(tmp[j - 1])) j--;
      const tb = buildTitleBlock(tmp, j, tmp.length - 1);
      if (tb) {
        const title = { ...tb, first: tb.first + floor, last: k };
        starts.push({ first: title.first, headerEnd: k, title, numberIndex: k, number: inline.number, numberRaw: inline.raw, kind: 'number' });
        floor = k + 1;
        continue;
      }
    }
    // (the 主送 alone, or with the body's first sentence on its line: 市直有关部门: 为切实做好…)
    if (isRecipientsLine(l.text) || (/[:：]/.test(l.text) && parseRecipients(lines, k, k + 1)?.rest)) {
      // (the header's date, and a law database's maker line, may stand between the title and the 主送)
      const details = makerLinesAbove(lines, headerDetailsAbove(lines, k, floor), floor);
      const above = titleBlockAbove(lines, details, floor);
      const kind = above ? detectDocType(above.title) : null;
      if (above && kind && FORMAL_DOC_TYPES.has(kind) && /关于/.test(above.title) && closedBefore(lines, above.first, from, above.title)) {
        // the header runs to the line above the 主送 (a dated line under the title is part of it)
        starts.push({ first: above.first, headerEnd: details < k ? k - 1 : above.last, title: withMaker(lines, above, above.last + 1, k), numberIndex: null, number: null, numberRaw: null, kind: 'recipients' });
        floor = k + 1;
      }
      continue;
    }
    // a 关于 title over its 成文日期 line, with no number or 主送 below (a web copy of a circular: 1991年8月29日,某某委)
    const dated = datedTitleAbove(lines, k, floor, from, to);
    if (dated) {
      starts.push({ first: dated.first, headerEnd: k, title: dated, numberIndex: null, number: null, numberRaw: null, kind: 'dated' });
      floor = k + 1;
      continue;
    }
    // a statute printed without 题注: its title right above its first chapter or article (a law database may print
    // its date and maker between them: 1990年3月10日,某某部)
    if (opensStatuteBody(l.text)) {
      const details = makerLinesAbove(lines, headerDetailsAbove(lines, k, floor), floor);
      const above = statuteTitleAbove(lines, details, floor, from);
      if (above) {
        starts.push({ first: above.first, headerEnd: details < k ? k - 1 : above.last, title: withMaker(lines, above, above.last + 1, k), numberIndex: null, number: null, numberRaw: null, kind: 'statute' });
        floor = k;
      }
      continue;
    }
    const note = parseTitleNote(lines, k, to);
    if (note) {
      // (the maker's line between the title and the 题注 is part of the header and names the issuer, as an issuer
      // line above a title does)
      // (and the address of the page the text was saved from, printed under the title: 某市某某条例 / https://… / （…通过）;
      // and a static site's boxed aside and rule between them: ::: tip 这是一部…的修正案 ::: / --- / ::: note （…通过） :::)
      const noteTop = k - 1 > floor && isWebAddressLine(lines[k - 1].text) ? k - 1 : sitesAsidesAbove(lines, k, floor);
      const titleEnd = makerLinesAbove(lines, noteTop, floor);
      const above = statuteTitleAbove(lines, titleEnd, floor, from, true);
      if (above) {
        starts.push({ first: above.first, headerEnd: titleEnd < k ? k - 1 : above.last, title: withMaker(lines, above, titleEnd, k), numberIndex: null, number: null, numberRaw: null, kind: 'adoption' });
        floor = note.last + 1;
      }
      k = note.last;
    }
  }
  // a law database's record head where no other start stands in or right under it (no number, 主送 or 题注 followed)
  // (the lines the starts above hold are marked once, so a text of many records costs one pass, not one per record)
  const held = new Uint8Array(to - from + 4);
  for (const s of starts) held.fill(1, Math.max(s.first, from) - from, Math.min(s.headerEnd, to + 3) - from + 1);
  const records: DocStart[] = [];
  for (let k = from + 2; k < to; k++) {
    const head = recordHeadAt(lines, k, from);
    if (!head || !closedBefore(lines, head.first, from) || held.subarray(head.first - from, k + 4 - from).includes(1)) continue;
    records.push({ first: head.first, headerEnd: k, title: head, numberIndex: null, number: null, numberRaw: null, kind: 'record' });
    k += 2;
  }
  if (records.length) {
    append(starts, records);
    starts.sort((a, b) => a.first - b.first);
  }
  // the text before the first start may hold a document printed with its title and signature only
  const signed = findSignedDocument(lines, from, starts.length ? starts[0].first : to);
  if (signed) starts.unshift({ first: signed.first, headerEnd: signed.last, title: signed, numberIndex: null, number: null, numberRaw: null, kind: 'signed' });
  return starts;
}
