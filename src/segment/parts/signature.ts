/**
 * Signature block (署名 + 成文日期, GB/T 9704 7.3.5): one or more organ lines, then a date line,
 * optionally followed by the publicity note. Joint documents stack several organ lines.
 */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { isLostMarksDateLine, parseDateLine, parseDayLostLine, parseMonthLine, readLostMarksDateLine } from '../../text/dates.js';
import { parseOrganDateLine } from '../../text/organDateLine.js';
import { parsePublicity } from '../../text/publicity.js';
import { looksLikeOrganName, organsOfLine } from '../../text/organName.js';
import { opensAttachmentNote, parseAttachmentLabel } from '../../text/attachmentLabel.js';
import { isClosingFormula } from '../../text/closingFormula.js';
import { isMaskedDateLine } from '../../text/maskedDate.js';

// A person's signature of an order or a leader-signed document: 省长 张三 / 市长：李四 / the post alone, 省长 (a copy that
// dropped the name)
// (the post may carry its body's name before it: 自治区主席 乌力吉, 国务院总理 李鹏)
const PERSON_SIGNATURE = /^([\u4e00-\u9fa5]{0,10}?)(代理?)?(省长|市长|区长|县长|州长|旗长|主任|局长|厅长|部长|书记|主席|院长|检察长|总理|署长|行长|会长|社长)(\s*[:：]?\s*[\u4e00-\u9fa5]{2,4})?$/;

export function isPersonSignature(text: string): boolean {
  // asked without layout spaces: the post may be spaced out to fill the line (市 长 某某某), and the spaces the
  // pattern allows around its colon are spaces all the same
  return PERSON_SIGNATURE.test(removeAllSpaces(text));
}

/** A person's signature as `post name` (省长 张三), layout spaces removed: 市 长 某某某 → 市长 某某某. */
function signerOf(text: string): string {
  const m = PERSON_SIGNATURE.exec(removeAllSpaces(text).replace(/[:：]/, ''));
  if (!m) return text.trim();
  return `${m[1]}${m[2] ?? ''}${m[3]}${m[4] ? ' ' + m[4] : ''}`;
}

export interface Signature {
  /** Index of the first organ line (or the date line when no organ is printed). */
  first: number;
  dateIndex: number;
  /** Index of the last line of the block (date or publicity note). */
  last: number;
  organs: string[];
  /** People who sign (省长 张三), as printed with layout spaces removed; several joined by 、. */
  signer: string | null;
  /** The 成文日期 (YYYY-MM-DD); null when the organ dates the text to its month only (二○○八年七月). */
  date: string | null;
  publicity: string | null;
}

/**
 * The first signature block in lines[from..to); with none, the last organ signing over a year and a month (a plan or a
 * report dated to its month: 市某某局 / 二○○八年七月), over a date that lost its 年 and 月 or over a date a template masked
 * (x年2月3日), its date null; or over a date that lost its 日 (2024年2月27), or its marks with its digits splitting into
 * a month and a day one way only (20171116, 2017 6 23), read.
 */
export function findSignature(lines: SourceLine[], from: number, to: number): Signature | null {
  return findDatedSignature(lines, from, to) ?? findMonthSignature(lines, from, to) ?? findUndatedSignature(lines, from, to);
}

/**
 * The organ that signs on the text's last line with no date under it (a page that cut the date off, 某县建设局 at the
 * end), after the text has ended or a 附 note: its date null.
 */
function findUndatedSignature(lines: SourceLine[], from: number, to: number): Signature | null {
  const d = to - 1;
  if (d - 1 < from || lines[d].table || !looksLikeOrganName(lines[d].text)) return null;
  const prev = lines[d - 1].text.trim();
  if (!endsText(prev) && !parseAttachmentLabel(prev) && !opensAttachmentNote(prev)) return null;
  return { first: d, dateIndex: d, last: d, organs: organsOfLine(lines[d].text), signer: null, date: null, publicity: null };
}

/** The last organ line(s) right above a line of a year and a month (or of a date that lost its marks), after a sentence end, in lines[from..to). */
function findMonthSignature(lines: SourceLine[], from: number, to: number): Signature | null {
  for (let d = to - 1; d > from; d--) {
    // (or a date that lost its 年 and 月: 2019114, a day no one can read)
    const dayLost = lines[d].table ? null : parseDayLostLine(lines[d].text);
    if (lines[d].table || !(dayLost || parseMonthLine(lines[d].text) || isLostMarksDateLine(lines[d].text) || isMaskedDateLine(lines[d].text))) continue;
    let first = d;
    while (first - 1 >= from && d - first < 4 && looksLikeOrganName(lines[first - 1].text)) first--;
    // (an organ over it, and the text ended above the organ: not a row of a table saved one cell a line)
    if (first === d || first - 1 < from || !endsText(lines[first - 1].text.trim())) continue;
    const next = d + 1 < to ? parsePublicity(lines[d + 1].text) : null;
    // (a date that lost its marks is read when its digits split one way only: 20171116, 2017 6 23)
    const date = dayLost ?? readLostMarksDateLine(lines[d].text);
    return { first, dateIndex: d, last: next ? d + 1 : d, organs: lines.slice(first, d).flatMap((l) => organsOfLine(l.text)), signer: null, date, publicity: next };
  }
  return null;
}

/**
 * The text has ended on this line (a signature may stand under it): a full stop or an exclamation mark, full-width or
 * typed half-width after Chinese (…理解支持!), a closing formula printed without its stop (特此通告), or a mark for text
 * left out ((略), ……).
 */
function endsText(text: string): boolean {
  return /[。！]$|[\u4e00-\u9fa5]!$/.test(text) || isClosingFormula(text) || OMISSION.test(text.trim());
}

// a mark a writing guide or a compilation prints for text it left out, alone on its line: (略), ……
const OMISSION = /^(?:[（(]略[)）]|…{2,}|\.{6,})$/;

// the head of an organ's name: a place and its level (某某省, 某市, 某某县, 某区, 某某自治州) or 中共
const ORGAN_HEAD = /^(?:中共|[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|州|旗|盟))/;

/**
 * lines[first - 1] is the head of the organ name lines[first] ends (a name wrapped in the signature): a short line
 * opening with a place, no mark in it, after the text's end (a sentence's end or nothing above), and the two lines
 * together an organ's name.
 */
function wrappedOrganHead(lines: SourceLine[], first: number, from: number): boolean {
  const head = removeAllSpaces(lines[first - 1].text);
  if (head.length > 25 || /[，。；：:,;！？、（）()“”《》]/.test(head) || !ORGAN_HEAD.test(head) || looksLikeOrganName(head)) return false;
  const above = first - 2 >= from ? lines[first - 2].text.trim() : '';
  return (above === '' || endsText(above)) && looksLikeOrganName(head + removeAllSpaces(lines[first].text));
}

function findDatedSignature(lines: SourceLine[], from: number, to: number): Signature | null {
  for (let d = from; d < to; d++) {
    if (lines[d].table) continue;
    // issuer and date on one line: 某市人民政府办公室 2023年7月12日
    const oneLine = parseOrganDateLine(lines[d].text);
    if (oneLine) {
      const next = d + 1 < to ? parsePublicity(lines[d + 1].text) : null;
      return { first: d, dateIndex: d, last: next ? d + 1 : d, organs: [removeAllSpaces(oneLine.organ)], signer: null, date: oneLine.date, publicity: next };
    }
    const date = parseDateLine(lines[d].text);
    if (!date) continue;
    let first = d;
    // the organs of each line above the date (a line may name two: `某某局 某某委员会`)
    const organLines: string[][] = [];
    const people: string[] = [];
    while (first - 1 >= from && d - first < 8 && (looksLikeOrganName(lines[first - 1].text) || isPersonSignature(lines[first - 1].text))) {
      first--;
      if (looksLikeOrganName(lines[first].text)) organLines.unshift(organsOfLine(lines[first].text));
      else people.unshift(signerOf(lines[first].text));
    }
    // (an organ's name wrapped onto the line above its end: 某市某某疫情 / 防控指挥部 / 2020年1月28日)
    if (first < d && first - 1 >= from && organLines.length === 1 && people.length === 0 && wrappedOrganHead(lines, first, from)) {
      organLines[0] = [removeAllSpaces(lines[first - 1].text) + removeAllSpaces(lines[first].text)];
      first--;
    }
    const next = d + 1 < to ? parsePublicity(lines[d + 1].text) : null;
    if (first === d && !next) {
      // A bare date line closes a signature only when the text before it has ended.
      // (or when a 附件说明 ends it, 附件：某某办法 or 附：某某办法; a full stop may be typed as an ASCII point after Chinese: 函告该院.)
      const prev = d - 1 >= from ? lines[d - 1].text.trim() : '';
      if (!endsText(prev) && !/[\u4e00-\u9fa5][.]$/.test(prev) && !parseAttachmentLabel(prev) && !/^附\s*[:：]/.test(prev)) continue;
    }
    return { first, dateIndex: d, last: next ? d + 1 : d, organs: organLines.flat(), signer: people.length ? people.join('、') : null, date, publicity: next };
  }
  return null;
}
