/**
 * A line longer than any line of a real document (a page saved without line ends, an extractor that writes a
 * page per line) is cut into pieces before the later stages see it, so no rule works on a line of megabytes:
 * every recogniser's cost is bounded by the piece and the whole stays linear. Pieces end where a printed
 * document would have ended a line: at sentence ends, around a 发文字号 standing alone (GB/T 9704 prints it on
 * its own line), and after a signature's date. The pieces keep the source line's number and say where in it
 * they start (`column`).
 */
import type { SourceLine } from '../types.js';
import { docNumberPattern, parseDocNumber } from '../text/docNumber.js';
import { datePattern, lostYearDatePattern, parseDateLine } from '../text/dates.js';
import { DOC_TYPES } from '../text/docType.js';
import { looksLikeOrganName } from '../text/organName.js';
import { cutLines, piecesAt } from './linePieces.js';
import { unitBreaks } from './splitFlattenedLines.js';
import { isRecipientsLine } from '../text/recipientsLine.js';
import { gluedItemBreaks } from './gluedItemBreaks.js';
import { CLOSING_WORDS } from '../text/closingFormula.js';
import { fieldBeforeRecipientsBreaks } from './fieldBeforeRecipients.js';
import { titleOpeningBreaks } from './titleOpeningBreaks.js';
import { fullTextBreaks } from './fullTextBreaks.js';
import { fileLinkBreaks } from './fileLinkBreaks.js';
import { EXTENSIONS } from '../text/fileName.js';

/** A line longer than this is cut (the longest paragraphs of the corpora are under 3,000 characters). */
export const MAX_LINE_CHARS = 5000;
/** A piece is cut where it is at this length when no sentence end comes. */
export const MAX_PIECE = 2000;

// a sentence end: full-width 。；！？ and their half-width forms
const SENTENCE_END = new Set(['。', '；', '！', '？', ';', '!', '?']);
// what may close a sentence after its end mark: quotes and brackets
const CLOSER = new Set(['”', '’', '」', '』', '）', ')', '】', '》']);
// before a 发文字号 that is cited, not printed alone: an opening bracket, a list of numbers (、 和 及 与), 《title》
const CITED_BEFORE = /[（(、》，,和及与]$/;
// after a cited number: a closing bracket, a list mark or punctuation
const CITED_AFTER = /^[)）、，,；;。]/;
// the signature before a date: a short run after a sentence end (某市人民政府2023年1月5日), after a download link's file
// extension (附件：某某名单.doc某某办公室2025年4月14日) or after a closing formula without its stop (…特此通告某区人民政府
// 2023年5月22日), an organ's name
const SIGNATURE_BEFORE = new RegExp(`(?:[。；！？!?]|\\.(?:${EXTENSIONS})|(?:${CLOSING_WORDS}))([^。；！？!?，,：:、（）()《》“”.]{2,40})$`, 'i');
// after a signature's date: not a clause going on (，、起 前 后 至 止 以 之 的)
const CLAUSE_AFTER = /^[，,、；;：:起前后至止以之的]/;
// a publicity note printed after the date: （此件公开发布） / (此件不公开)
const PUBLICITY_AFTER = /^\s*[（(]此件[^）)]{1,12}[)）]/;

export interface CutLine {
  line: number;
  length: number;
  pieces: number;
  /** Cut because it holds a whole document run together (title, number, signature), not for its length. */
  runTogether: boolean;
}

// running text after the opening title: a clause mark, then a sentence's end
const SENTENCE_AFTER_TITLE = /[，,][^。]*。/;

/** Shortest line asked whether it holds a whole document run together. */
const MIN_RUN_TOGETHER = 200;

// the text before a line's first colon, and the colon: where a 主送 run on into its body ends (各处室、直属单位：经研究，…)
const BEFORE_FIRST_COLON = /^[^：:。；]{2,400}[：:]/;

/**
 * A line that holds a whole document run together without line ends (a scraper's text: 某某关于印发…的通知某发〔2023〕
 * 23号各省…：…请认真贯彻执行。某某总工会2023年12月28日某某办法第一章总则第一条…): a signature's date in it, and a
 * 发文字号 standing alone, the articles of a statute in sequence, or a 主送 or a title opening the line, whatever its
 * length.
 */
export function isRunTogetherDocument(text: string): boolean {
  if (text.length < MIN_RUN_TOGETHER) return false;
  // (a report whose lead prints the document after 全文如下: its title and 主送 run on after it, signed or not)
  if (fullTextBreaks(text).length > 0) return true;
  // (a title, then sentences after it: a page saved on one line, its signature printed, cut off or never there)
  if (SENTENCE_AFTER_TITLE.test(text) && titleOpeningBreaks(text).length > 0) return true;
  // (most lines are passed over here: a signature's date holds 年 and 日, a number 号 and a bracket, a statute 第…条,
  // a 主送 a colon)
  if (!text.includes('日') || !text.includes('年')) return false;
  const maybeNumber = text.includes('号') && /[〔\[［【]/.test(text);
  const opening = BEFORE_FIRST_COLON.exec(text.trimStart());
  const opensWithRecipients = opening !== null && isRecipientsLine(opening[0]);
  // (or its title, a space after it: 某县人民政府森林防火禁火令 (2025年第2号) 我县…)
  const opensWithTitle = titleOpeningBreaks(text).length > 0;
  if (!maybeNumber && !text.includes('条') && !opensWithRecipients && !opensWithTitle) return false;
  const parts = headerBreakParts(text);
  if (parts.signature.length === 0) return false;
  return opensWithRecipients || opensWithTitle || (maybeNumber && parts.number.length > 0) || unitBreaks(text, true).articles >= 2;
}

/**
 * A line holding a text whose line ends were turned to spaces: two sentence ends a space follows, and a header's
 * line among its pieces (a 发文字号, a 主送 ending in its colon, a date), whatever its length.
 */
export function isSpacedDocument(text: string): boolean {
  if (text.length < MIN_RUN_TOGETHER) return false;
  const at = lineEndSpaces(text);
  if (at.length === 0) return false;
  const pieces = piecesAt(text, at).map((p) => p.text.trim());
  return pieces.some((p) => parseDocNumber(p) || /^各.{2,80}[:：]$/.test(p) || parseDateLine(p));
}

/** Lines with every line over MAX_LINE_CHARS, or holding a whole document run together, cut into pieces. */
export function cutLongLines(lines: SourceLine[]): { lines: SourceLine[]; cut: CutLine[] } {
  const cut: CutLine[] = [];
  const out = cutLines(lines, (l) => {
    const long = l.text.length > MAX_LINE_CHARS;
    if (!long && !isRunTogetherDocument(l.text) && !isSpacedDocument(l.text)) return null;
    const pieces = cutText(l.text);
    cut.push({ line: l.line, length: l.text.length, pieces: pieces.length, runTogether: !long });
    return pieces;
  });
  return { lines: out, cut };
}

/**
 * Where a 机关代字 run on after a title starts: after the last 文种 in it (a one-character 文种 only as
 * `的函`, `的令`: codes hold such characters, 某函字〔2023〕1号).
 */
function codeStart(code: string): number {
  let at = 0;
  for (const kind of DOC_TYPES) {
    const i = code.lastIndexOf(kind.length < 2 ? `的${kind}` : kind);
    if (kind.length < 2 && i >= 0) {
      if (i + 2 < code.length) at = Math.max(at, i + 2);
      continue;
    }
    if (i >= 0 && i + kind.length < code.length) at = Math.max(at, i + kind.length);
  }
  return at;
}

/** Offsets where a printed document would have started a new line, in order. */
export function headerBreaks(text: string): number[] {
  const parts = headerBreakParts(text);
  return [...parts.number, ...parts.signature].sort((a, b) => a - b);
}

/** headerBreaks by kind: around a 发文字号 standing alone, around a signature's date. */
function headerBreakParts(text: string): { number: number[]; signature: number[] } {
  const breaks: number[] = [];
  const signature: number[] = [];
  // a 发文字号 standing alone: a line of its own before and after
  for (const m of text.matchAll(docNumberPattern(true))) {
    // the pattern's 机关代字 may have taken the end of a title run on before it (and a spaced-out one, 的 通 知):
    // the code starts after its 文种
    const spacedBefore = text.slice(Math.max(0, m.index - 6), m.index);
    const tail = /\s$/.test(spacedBefore) ? spacedBefore.replace(/\s+/g, '') : '';
    const start = m.index + Math.max(0, codeStart(tail + m[1]) - tail.length);
    const end = m.index + m[0].length;
    if (CITED_BEFORE.test(text.slice(Math.max(0, start - 1), start)) || CITED_AFTER.test(text.slice(end, end + 1))) continue;
    breaks.push(start, end);
  }
  // a signature's date: on a line of its own, after the organ's name (and before a publicity note beside it)
  // (a date that lost its year's digits, 年2月5日, ends a signature all the same)
  for (const m of [...text.matchAll(datePattern()), ...text.matchAll(lostYearDatePattern())]) {
    const start = m.index;
    const organ = SIGNATURE_BEFORE.exec(text.slice(Math.max(0, start - 41), start));
    // (line ends turned to spaces leave them around the organ: 。 某某厅 2006年5月10日)
    if (!organ || !looksLikeOrganName(organ[1].trim())) continue;
    const end = start + m[0].length;
    const note = PUBLICITY_AFTER.exec(text.slice(end, end + 20));
    const lineEnd = end + (note ? note[0].length : 0);
    if (CLAUSE_AFTER.test(text.slice(lineEnd, lineEnd + 1))) continue;
    // (the organ's line begins where its name does: after a closing formula run on before it, 特此通告某区人民政府, too)
    signature.push(start - organ[1].length, start, end, lineEnd);
  }
  return { number: breaks, signature };
}

/** Sentence ends a space follows (…执行。 某某厅) a text must hold to be one whose line ends were turned to spaces. */
const MIN_SPACED_SENTENCE_ENDS = 2;
// a sentence end (。；！？), closing marks after it, and the space after them
const SPACE_AFTER_SENTENCE_END = /[。；！？][”’」』）)]*[ \t\u3000]+(?=\S)/g;
// a word spaced out one character at a time (的 通 知, 时 效 性): three characters or more, each after a space but the
// first, which starts the text or follows one
const SPACED_OUT_WORD = /(?<=^|[ \t\u3000])(?:[^ \t\u3000][ \t\u3000]){2,}[^ \t\u3000]/g;
// a run of spaces (ASCII or ideographic) between two pieces of text
const SPACE_RUN = /(\S)([ \t\u3000]+)(?=(\S))/g;

/**
 * Where a text whose line ends were turned to spaces (a page saved as one line: 某某的通知 某发〔2023〕1号 各区人民政府:
 * 现将…执行。 某某厅 2023年5月10日) had its lines: after every run of spaces, when the text shows the shape (two
 * sentence ends a space follows); but between two characters spaced out one by one (的 通 知, 时 效 性), a
 * heading's or a label's layout.
 */
function lineEndSpaces(text: string): number[] {
  let spaced = 0;
  for (const _ of text.matchAll(SPACE_AFTER_SENTENCE_END)) if (++spaced >= MIN_SPACED_SENTENCE_ENDS) break;
  if (spaced < MIN_SPACED_SENTENCE_ENDS) return [];
  // (the spaces inside a spaced-out word are no line ends)
  const inside = new Set<number>();
  for (const m of text.matchAll(SPACED_OUT_WORD)) for (let i = m.index; i < m.index + m[0].length; i++) inside.add(i);
  const out: number[] = [];
  for (const m of text.matchAll(SPACE_RUN)) if (!inside.has(m.index + 1)) out.push(m.index + m[0].length);
  return out;
}

/**
 * Pieces of one long text: cut after each sentence end, at header breaks, before the 章/条 headings of a statute run
 * together in it (two or more articles in sequence), before the 一、 of items run on after a colon, before a 主送 run on
 * after a page's field (来源：某某部各省…：), and at MAX_PIECE.
 */
export function cutText(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const units = unitBreaks(text, true);
  const breaks = [...new Set([...titleOpeningBreaks(text), ...fullTextBreaks(text), ...headerBreaks(text), ...(units.articles >= 2 ? units.at : []), ...gluedItemBreaks(text), ...fieldBeforeRecipientsBreaks(text), ...fileLinkBreaks(text), ...lineEndSpaces(text)])].sort((a, b) => a - b);
  let b = 0;
  let start = 0;
  const cutAt = (end: number): void => {
    if (end <= start) return;
    out.push({ start, text: text.slice(start, end) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    while (b < breaks.length && breaks[b] <= i) cutAt(breaks[b++]);
    if (SENTENCE_END.has(text[i])) {
      let end = i + 1;
      while (end < text.length && (SENTENCE_END.has(text[end]) || CLOSER.has(text[end]))) end++;
      cutAt(end);
      i = end - 1;
    } else if (i + 1 - start >= MAX_PIECE) cutAt(i + 1);
  }
  cutAt(text.length);
  return out;
}
