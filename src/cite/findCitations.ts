/**
 * Citations in one run of text (eyecite-style: text → spans with a kind):
 * - `document`: 《title》 followed by its 发文字号 in brackets — 《国务院关于…的通知》（国发〔2022〕22号）;
 *   in a row 《A》《B》（号） the number belongs to the last title;
 * - `title`: 《title》 alone whose name ends with a kind of official text (法, 条例, 办法, 意见, 规划…);
 * - `number`: a bracketed 发文字号 with no title before it, also split over a line break or in mixed brackets;
 * - `internal`: 本办法第十二条 / 第五条规定 — an article of the same document;
 * - `issued`: the text a notice issues or forwards — 现将《X》印发给你们 / 《X》已经…同意，现印发;
 * - `other`: 《…》 around a slogan, a project, a book, a form — kept, never resolved as a document.
 * Aliases (以下简称《意见》) are not citations.
 */
import { parseChineseNumber, CN_NUM_CHARS } from '../text/chineseNumber.js';
import { parseDocNumber } from '../text/docNumber.js';
import { detectDocType } from '../text/docType.js';
import type { CitationKind } from '../types.js';

export type { CitationKind };

export interface FoundCitation {
  kind: CitationKind;
  title: string | null;
  docNumber: string | null;
  /** For `internal`: the article number. */
  article: number | null;
  /** Offset of the citation in the text. */
  index: number;
}

// 《title》 (inner 〈〉 allowed)
const TITLE = /《([^《》]{2,120})》/g;
// A bracketed 发文字号 right at the start: （国发〔2022〕22号） / (某政办发[2019]10号,以下简称…) / （公网安（2020）1960号）
const NUMBER_AFTER = /^\s*[（(]\s*([\u4e00-\u9fa5A-Za-z]{1,16}\s*[〔\[［【(（]\s*[12]\d{3}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)/;
// A bracketed 发文字号 anywhere (for bare numbers)
const BARE_NUMBER = /[（(]\s*([\u4e00-\u9fa5A-Za-z]{1,16}\s*[〔\[［【(（]\s*[12]\d{3}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)\s*[)）,，、;；]/g;
// 本办法第十二条 / 第五条规定 / 第十七条、第十八条 (not 《X》第…条)
const INTERNAL = new RegExp(`(本(?:办法|条例|规定|细则|规则|方案|意见|通知|决定|法|章程|制度|措施|标准|准则|守则))?第([${CN_NUM_CHARS}\\d]+)条`, 'g');
// 现将《X》印发/转发给你们；《X》已经…同意，现印发给你们
const ISSUING_AFTER = /^[》]?\s*(?:（[^）]*）)?\s*(?:已经[^，。]{0,30}(?:同意|通过)[，,]\s*)?(?:现)?(?:予以)?(?:印发|转发|发布|公布|下发)/;
const ISSUING_BEFORE = /(?:现将|现予|特将|将)\s*$/;
// 以下简称《意见》
const ALIAS_BEFORE = /(?:以下)?简称\s*$/;

/** How far after a title its number or an issuing verb is looked for (a run of several titles fits). */
const AFTER_REACH = 1000;

type Span = [start: number, end: number];

/**
 * Whether [a, b) overlaps one of `spans` (disjoint, in order), for queries that come in text order: one pointer
 * walks the spans once, so n queries over n spans cost n, not n².
 */
function overlapCheck(spans: Span[]): (a: number, b: number) => boolean {
  let i = 0;
  return (a, b) => {
    while (i < spans.length && spans[i][1] <= a) i++;
    return i < spans.length && spans[i][0] < b;
  };
}

/** Two lists of disjoint spans in order, as one list in order. */
function mergeSpans(x: Span[], y: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) out.push(j >= y.length || (i < x.length && x[i][0] <= y[j][0]) ? x[i++] : y[j++]);
  return out;
}

export function findCitations(text: string, ownNumber: string | null = null): FoundCitation[] {
  const out: FoundCitation[] = [];
  // spans taken by titles and numbers, disjoint and in text order (matchAll gives them in order)
  const titleSpans: Span[] = [];

  for (const m of text.matchAll(TITLE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const title = m[1].replace(/[〈<]/g, '《').replace(/[〉>]/g, '》').trim();
    const before = text.slice(Math.max(0, start - 8), start);
    if (ALIAS_BEFORE.test(before)) {
      titleSpans.push([start, end]);
      continue;
    }
    // what follows the title, only as far as a number or an issuing verb after a run of titles can reach
    const after = text.slice(end, end + AFTER_REACH);
    const num = NUMBER_AFTER.exec(after);
    const parsed = num ? parseDocNumber(num[1]) : null;
    let kind: CitationKind;
    if (ISSUING_BEFORE.test(text.slice(Math.max(0, start - 6), start).replace(/(《[^》]*》[、，,和及与]?)+$/, '')) || ISSUING_AFTER.test(after.replace(/^([、，,和及与]?《[^》]*》)+/, ''))) kind = 'issued';
    else if (parsed) kind = 'document';
    else kind = detectDocType(title) ? 'title' : 'other';
    out.push({ kind, title, docNumber: parsed?.normalized ?? null, article: null, index: start });
    titleSpans.push([start, end + (num ? num[0].length : 0)]);
  }
  // several titles in a row followed by one number: the number belongs to the last one (done above)

  const numberSpans: Span[] = [];
  const overlapsTitle = overlapCheck(titleSpans);
  for (const m of text.matchAll(BARE_NUMBER)) {
    const start = m.index!;
    if (overlapsTitle(start, start + m[0].length)) continue;
    const parsed = parseDocNumber(m[1]);
    if (!parsed || parsed.normalized === ownNumber) continue;
    out.push({ kind: 'number', title: null, docNumber: parsed.normalized, article: null, index: start });
    numberSpans.push([start, start + m[0].length]);
  }

  const overlapsTaken = overlapCheck(mergeSpans(titleSpans, numberSpans));
  for (const m of text.matchAll(INTERNAL)) {
    const start = m.index!;
    if (overlapsTaken(start, start + m[0].length)) continue;
    if (start === 0 && !m[1]) continue; // the article's own label
    if (/》\s*$/.test(text.slice(Math.max(0, start - 2), start))) continue; // 《X法》第十二条: an article of another text
    const n = parseChineseNumber(m[2]);
    if (n === null) continue;
    out.push({ kind: 'internal', title: null, docNumber: null, article: n, index: start });
  }
  return out.sort((a, b) => a.index - b.index).filter((c) => !(c.docNumber && c.docNumber === ownNumber && c.kind !== 'issued'));
}
