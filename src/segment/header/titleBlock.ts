/**
 * Title blocks (标题 + optional 发文机关 line above it), GB/T 9704 7.3.1: the title may wrap over
 * several lines and carry layout spaces; the issuer may sit on its own line or before 关于 on the same line.
 */
import type { SourceLine } from '../../types.js';
import { removeAllSpaces, removeLayoutSpaces } from '../../text/normalize.js';
import { endsNamingText, withoutBookMarks } from '../../text/bookTitle.js';
import { parseDocNumber, startsWithDocNumber } from '../../text/docNumber.js';
import { isLostMarksDateLine, parseDateLine } from '../../text/dates.js';
import { parsePublicity } from '../../text/publicity.js';
import { isPageNumber } from '../../text/runningHeader.js';
import { parseMarker } from '../../text/markers.js';
import { looksLikeOrganName, organsOfLine } from '../../text/organName.js';
import { withoutKindColon, withoutYearSortPrefix, detectDocType, withoutTrailingNotes } from '../../text/docType.js';
import { splitIssuerPrefix } from './issuerPrefix.js';
import { opensTitle } from './titleOpening.js';
import { withoutSeriesLink } from './seriesLink.js';
import { withoutColumnTag } from './columnTag.js';
import { withoutNoteMarks } from '../../text/noteMark.js';
import { isEditorialNote } from '../parts/editorialNote.js';
import { parseSectionLabel } from '../issue/sectionLabel.js';
import { isIssuerAboveTitle, isPlacelessOrgan, isIssuerOverNamedTitle, continuesOrganName } from './issuerAboveTitle.js';
import { isIssuerMarkLine } from './issuerMark.js';
import { withoutAppendedNote } from './appendedNote.js';
import { parseMetadataLine } from '../page/metadataBlock.js';
import { opensAttachmentNote, parseAttachmentLabel } from '../../text/attachmentLabel.js';
import { isWholeTitleLine, stopsUnfinished, titleEndsAbove } from '../../text/wholeTitle.js';
import { FILE_NAME_END } from '../../text/fileName.js';
import { endsWithWebAddress } from '../../text/webAddress.js';
import { hasTimeStamp } from '../../text/timeStamp.js';

// a page's separator bar after a title: 某某的通知 | (ASCII or full-width)
const TRAILING_SEPARATOR = /[\s\u3000]*[|｜]+[\s\u3000]*$/;

// a date line whose year lost characters (二三年十月十五日: 二〇〇三 with its 〇〇 dropped): a date all the same, no title
const DAMAGED_DATE = /^[〇零一二三四五六七八九○O0-9]{1,4}年[一二三四五六七八九十0-9]{1,3}月[一二三四五六七八九十0-9]{1,3}日$/;

// a telephone number: an area code and its number (010-68208219), or seven digits and more in a row
const PHONE = /\d{3,4}-\d{7,8}|\d{7,}/;

/** A line that can be part of a title: short, no closing punctuation, not a number/date/item. */
export function isTitleFragment(l: SourceLine): boolean {
  if (l.table || l.rule) return false;
  const t = removeAllSpaces(l.text);
  // (a title is written in Chinese: a line without a Chinese character, { 2017 6 23, is none of it)
  if (t.length === 0 || t.length > 80 || !/[\u4e00-\u9fa5]/.test(t)) return false;
  // (nor one that exclaims, a news headline's …为禁牧期!某区最新公告: a formal title never does)
  // (but a colon a page typed after a whole title's kind, 关于某事的通告:, over a salutation, leaves it a title)
  const end = /关于/.test(t) && !/[，,、；]/.test(t) ? withoutKindColon(t) : t;
  if (/[。；;：:，,！？!?]$/.test(end) || /[。；！]|\p{Script=Han}!/u.test(t)) return false;
  // (nor is a date a page damaged: its year's digits or its 年 and 月 lost, 年2月5日, 2019114)
  if (parseDocNumber(t) || startsWithDocNumber(t) || parseDateLine(t) || DAMAGED_DATE.test(t) || isLostMarksDateLine(t) || parsePublicity(t) || isPageNumber(t) || isEditorialNote(t)) return false;
  // the 发文机关标志 (某某省某某厅文件) heads the 版头; it is no line of the title; nor is a page's date stamp (2017-09-04)
  if (isIssuerMarkLine(t) || /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(t)) return false;
  // a page's labelled field (归档时间:2018-11-21, 发布日期：…) is no line of the title
  if (/[:：]/.test(t) && parseMetadataLine(l.text)) return false;
  // an attachment's label (附件 / 附件三 / 附件三：某某) is no title line; a title wrapped before 附件三所列… is
  // (nor is the short note 附：某某《…》 naming what the text forwards or appends)
  if (parseAttachmentLabel(t) || opensAttachmentNote(t)) return false;
  // a line with a telephone number (联系人:某某010-68208219, 某某 0743-8229745) is contact text
  if (PHONE.test(t)) return false;
  // a file's name (某县委工作规则.docx: a document-sharing site's heading, a download link) is no line of a title
  if (FILE_NAME_END.test(t)) return false;
  // a page's time stamp (社会热点2022-10-12 06:32:26未知: a column, the time, the author) is no line of a title either
  if (hasTimeStamp(l.text)) return false;
  // (nor a line naming a site's address: 某某网址 www.example.com)
  if (endsWithWebAddress(l.text)) return false;
  const m = parseMarker(l.text);
  if (m && m.kind !== 'dec1') return false;
  return true;
}

export interface TitleBlock {
  /** Index of the first line of the block (issuer line or first title line). */
  first: number;
  /** Index of the last title line. */
  last: number;
  title: string;
  issuer: string | null;
}

/**
 * Where the title starts in lines[first..last]: at an issuer line, a 关于 line or an `organ关于…` line (with the
 * issuer mark right above it), below a section heading (栏目: 省政府办公厅文件). What is above is other text:
 * an attachment's last line, a heading.
 */
function titleStartIn(lines: SourceLine[], first: number, last: number): number {
  const text = (i: number) => removeAllSpaces(lines[i].text);
  // a whole title printed twice on consecutive lines (a page's heading right over the document's own): the last copy
  const copy = lastCopyStart(lines, first, last);
  if (copy > first) return copy;
  // a notice titled by its kind alone, spaced out as such a title is printed (通 告, 公  告): the title starts there (a
  // kind that is a wrapped title's tail, …的实施 / 意见, is printed unspaced; the organ it follows, 某县某某指挥部 / 通 告,
  // is the title's head)
  if (last > first && isSpacedKind(lines[last].text) && !looksLikeOrganName(text(last - 1)) && !stopsUnfinished(text(last - 1))) return last;
  // a whole 关于 title on the last line under a headline that is whole too (某某关于某事的通知汇编(10篇) / 关于某事的通告): the
  // headline is the page's, the title starts on the last line
  if (last > first && /^关于/.test(text(last)) && isWholeTitleLine(text(last)) && isWholeHeadline(text(last - 1))) return last;
  // (or a whole title in book brackets on a line of its own, 《关于某事的通告》, under a line of the page's, 相关法律规定: a
  // title does not run on into book brackets closed around a whole one)
  if (last > first && /^《[^《》]+》$/.test(text(last)) && detectDocType(withoutBookMarks(text(last))) && !looksLikeOrganName(text(last - 1))) return last;
  if (last > first && opensTitleUnder(text(last - 1), text(last))) return isIssuerAboveTitle(lines[last - 1].text, lines[last].text) ? last - 1 : last;
  for (let i = last - 1; i >= first; i--) {
    // (a report's headline ending in the names of texts, wrapped or not, over a 关于 title: the title starts below it)
    if (parseSectionLabel(text(i)) || (endsNamingText(text(i)) && /^关于/.test(text(i + 1)))) return i + 1;
    if (i === first) break;
    // (an organ's name wrapped after 的: 某县新型冠状病毒感染的 / 肺炎疫情防控指挥部 / 通告, the name's head with it)
    if (looksLikeOrganName(text(i))) return i - 1 >= first && stopsUnfinished(text(i - 1)) ? i - 1 : organLinesAbove(lines, i, first);
    if (opensTitleUnder(text(i - 1), text(i))) return i;
    if (/^关于/.test(text(i))) return organLinesAbove(lines, i, first);
  }
  return first;
}

/** A line of a kind of text alone, its characters spaced out (通 告, 公　告). */
function isSpacedKind(line: string): boolean {
  const t = line.trim();
  return /^\p{Script=Han}(?:[ \t\u3000]+\p{Script=Han})+$/u.test(t) && detectDocType(removeAllSpaces(t)) === removeAllSpaces(t);
}

/**
 * A headline complete in itself over a title: it holds 关于 and ends with a kind of text or a closing bracket (某某关于某事的
 * 通知, 某某关于某事的通知汇编(10篇)); a line left open, 某某关于转发某部, goes on into the line below.
 */
function isWholeHeadline(t: string): boolean {
  return /关于/.test(t) && (/[)）]$/.test(t) || !!detectDocType(t));
}

/**
 * Does `line` open the title under `above`: a whole issuer opens it (opensTitle), or its organ name stands whole before
 * 关于 (某部办公厅关于…) under a line that is no organ and does not begin that name (a site's banner, 某某发展官方网站;
 * not 某某省发展和改革 / 委员会关于…, one name wrapped)?
 */
function opensTitleUnder(above: string, line: string): boolean {
  if (opensTitle(line)) return true;
  if (!splitIssuerPrefix(line).issuer || looksLikeOrganName(above)) return false;
  return !splitIssuerPrefix(above + line).issuer;
}

/**
 * Where the second of two copies of one title starts when lines[first..last] end with the same title printed twice
 * (each copy on one line or wrapped over several, not necessarily at the same place), or under a heading that names
 * the text short of its full title, or -1.
 */
function lastCopyStart(lines: SourceLine[], first: number, last: number): number {
  const text = (i: number) => removeAllSpaces(lines[i].text);
  let tail = '';
  for (let m = last; m > first; m--) {
    tail = text(m) + tail;
    if (!detectDocType(withoutBookMarks(tail))) continue;
    let head = '';
    for (let k = m - 1; k >= first && head.length < tail.length; k--) head = text(k) + head;
    if (head === tail) return m;
    // (or a heading naming the text short of its full title: 某县委工作规则 over 中共某县委工作规则(试行), its note on a
    // line of its own or not: 某市某事办法 over 某市某事办法 / (草案))
    const above = text(m - 1);
    const kind = detectDocType(above);
    const shortOf = (full: string) => above.length < full.length && full.includes(above);
    if (kind && above.length >= 4 && (shortOf(text(m)) || (shortOf(tail) && withoutTrailingNotes(tail) === above)) && kind === detectDocType(tail)) return m;
  }
  return -1;
}

// a title that issues a text it names (关于印发…的通知, 关于发布…的决定)
const ISSUING_TITLE = /^关于(?:印发|发布|颁发|公布|转发)/;

/** Does a title that issues a text name `heading`, a text's whole name (its kind at its end), without book marks? */
function namesIssuedText(title: string, heading: string): boolean {
  return ISSUING_TITLE.test(title) && !!detectDocType(heading) && title.includes(heading);
}

/** The first of the organ lines stacked right above lines[k] (joint issuers, one a line), or k. */
function organLinesAbove(lines: SourceLine[], k: number, floor: number): number {
  let i = k;
  while (i - 1 >= floor && looksLikeOrganName(removeAllSpaces(lines[i - 1].text))) i--;
  return i;
}

/** Assemble a title block from lines[first..last]. */
export function buildTitleBlock(lines: SourceLine[], first: number, last: number): TitleBlock | null {
  let start = titleStartIn(lines, first, last);
  // Lines with clause marks at the top of a block are running text, not title; so is a news headline's exclamation (…为禁牧
  //期!某区最新公告 over the 公告's own title): a formal title never exclaims
  while (start < last && /[，。；！!]/.test(lines[start].text)) start++;
  // Drop leading lines that do not open a title: the next line starts it (关于… or an organ line).
  while (last - start >= 1) {
    const head = removeAllSpaces(lines[start].text);
    const next = removeAllSpaces(lines[start + 1].text);
    // (nor does a title's opening, its issuers and a verb, 某市人民政府 某市中级人民法院印发, over the 关于… it goes on
    // with; a whole title over an organ line is another copy, as a law database prints the page's title over its own)
    if (looksLikeOrganName(head) || (splitIssuerPrefix(head).issuer && !detectDocType(head))) break;
    // (nor does a line that stops inside a name, after 的 or a conjunction: 某县新型冠状病毒感染的 / 肺炎疫情防控指挥部)
    if (stopsUnfinished(head)) break;
    // a markdown heading is a block of its own: it does not wrap into a plain line, nor a plain line into it
    if (/^关于/.test(next) || looksLikeOrganName(next) || (lines[start + 1].heading > 0) !== (lines[start].heading > 0)) start++;
    else break;
  }
  // an organ line over a title that begins with the same organ is the issuer mark: in the block, not in the title
  const titleStart = start < last && isIssuerAboveTitle(lines[start].text, lines[start + 1].text) ? start + 1 : start;
  // (a link to the series' text of another year printed before the title, 2005年 某某关于…: not the title's)
  // (nor the site's column named in brackets before it, [应急知识]关于…)
  const parts = lines.slice(titleStart, last + 1).map((l, n) => (n === 0 ? withoutColumnTag(withoutSeriesLink(l.text)) : l.text));
  let issuer: string | null = null;
  const headText = removeAllSpaces(parts[0]);
  // joint issuers stacked one a line above 关于…: every one of them
  let organLines = 0;
  while (organLines < parts.length - 1 && looksLikeOrganName(removeAllSpaces(parts[organLines]))) organLines++;
  // (an organ line whose name goes on below, 某某自治州人民代表大会 / 常务委员会机关公文处理办法, names no issuer of its own:
  // only a 关于 after the whole name would)
  const continued = organLines > 0 && organLines < parts.length && continuesOrganName(parts[organLines]);
  if (organLines > 0 && !continued) issuer = parts.slice(0, organLines).flatMap((p) => organsOfLine(p)).join('、');
  // an organ name wrapped onto the next line (某某省人民政府办 / 公厅关于…, 某某省发展和改革 / 委员会关于…) is the whole
  // prefix before 关于
  const prefixed = splitIssuerPrefix(removeAllSpaces(parts.join(''))).issuer;
  if (prefixed && prefixed.length > headText.length && prefixed.startsWith(headText)) issuer = prefixed;
  // organ lines between two copies of the title (a law database: the page's title, its 制定机关, the document's title)
  // are a label too, whatever the title begins with
  const rest = removeAllSpaces(parts.slice(organLines).join(''));
  const copyAbove = organLines > 0 && start > 0 ? removeAllSpaces(lines[start - 1].text) : '';
  // (or the heading names the text the title issues: 某某暂行规定 / 某部 / 关于发布《某某暂行规定》的通知, with or without
  // its book marks: 某市某事实施细则 / 某市人民政府办公室 / 关于印发某市某事实施细则的通知)
  const sandwiched = rest.length >= 6 && (copyAbove.startsWith(rest) || (copyAbove.length >= 4 && (rest.includes(`《${copyAbove}》`) || namesIssuedText(rest, copyAbove))));
  const named = organLines > 0 && ((!prefixed && isIssuerOverNamedTitle(rest)) || sandwiched);
  // a site that prints the whole title in book brackets (《某市人民政府关于…的通知》) names it: the title is inside
  // (a page's separator after the title, 某某的通知 |, is no part of it)
  // (and a note's reference mark after one of its words, 某某公报[1], is no part of it)
  // (nor a colon a page typed after the title's kind, 某某的通告:, over a salutation)
  // (nor a year a law reader sorts its texts by, 2018-某某法)
  const printed = withoutYearSortPrefix(withoutKindColon(withoutNoteMarks(withoutAppendedNote(withoutBookMarks(removeLayoutSpaces((named ? parts.slice(organLines) : parts).join(' ')).replace(TRAILING_SEPARATOR, ''))))));
  // a document's title line the page cut short (关于印发某市某事 / 某政办发…) is whole in the heading copy above it
  const title = sandwiched && copyAbove.length > rest.length && detectDocType(copyAbove) && !detectDocType(printed) ? copyAbove : printed;
  // (the mark names the organ in full where the title's prefix leaves out its place)
  if (!issuer && titleStart > start && isPlacelessOrgan(splitIssuerPrefix(removeAllSpaces(parts[0])).issuer ?? '')) issuer = organsOfLine(lines[start].text).join('、');
  // (a title printed whole in book brackets names its issuer inside them)
  if (!issuer) issuer = splitIssuerPrefix(withoutBookMarks(parts.join(' '))).issuer;
  if (!detectDocType(title) && !/关于/.test(title)) return null;
  if (looksLikeOrganName(title)) return null;
  return { first: start, last, title, issuer };
}

/** The title block ending right above lines[k] (a 发文字号 or recipients line), walking back at most 5 lines. */
export function titleBlockAbove(lines: SourceLine[], k: number, floor: number): TitleBlock | null {
  let j = k - 1;
  while (j >= floor && k - j <= 5 && isTitleFragment(lines[j])) j--;
  // joint issuers stacked one a line above the title go on past five lines
  while (j >= floor && k - j <= 12 && isTitleFragment(lines[j]) && looksLikeOrganName(removeAllSpaces(lines[j].text))) j--;
  if (j + 1 > k - 1) return null;
  return buildTitleBlock(lines, j + 1, k - 1);
}

/** The title block right below lines[k] (for 版头 order: 发文字号 line above the title). */
export function titleBlockBelow(lines: SourceLine[], k: number, ceil: number): TitleBlock | null {
  // the 版头's separator rule between the number and the title (GB/T 9704 7.2.6)
  const from = k + 1 < ceil && lines[k + 1].rule ? k + 1 : k;
  let j = from + 1;
  // (a whole title over its text's first line ends there)
  while (j < ceil && j - k <= 4 && isTitleFragment(lines[j]) && !(j > from + 1 && titleEndsAbove(lines[j - 1].text, lines[j].text))) j++;
  if (j - 1 < from + 1) return null;
  return buildTitleBlock(lines, from + 1, j - 1);
}
