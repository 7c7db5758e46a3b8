/**
 * The same title printed twice: a law-database or web export heads the text with its title (and 题注), then
 * prints the document as issued, with its own 版头 (organ, title, 发文字号). Both headers are one document.
 */
import type { SourceLine } from '../../types.js';
import type { DocStart } from './documentStarts.js';
import { parseTitleNote } from './titleNote.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { isPageLine } from './pageLine.js';

/** Most lines of a site's own between two copies of a title (its name and tagline: 某某文库,自由的图书馆). */
const MAX_SITE_LINES = 2;
/** Longest such line. */
const MAX_SITE_LINE = 20;

/** True when lines[from..to) hold nothing but a 题注, or a line or two of the site's own (no sentence), or nothing. */
function onlyTitleNote(lines: SourceLine[], from: number, to: number): boolean {
  if (from >= to) return true;
  const siteLine = (l: SourceLine) => removeAllSpaces(l.text).length <= MAX_SITE_LINE && !/[。；;：:！？]/.test(l.text);
  if (to - from <= MAX_SITE_LINES && lines.slice(from, to).every(siteLine)) return true;
  const note = parseTitleNote(lines, from, to);
  return !!note && note.last === to - 1;
}

/** Most page lines between a headline with the number and the document with the same number. */
const MAX_PAGE_LINES_BETWEEN = 2;

/** Do two starts carry the same 发文字号 with nothing but a page line or two (a stamp, a field) between them? */
function sameNumberOverPageLines(lines: SourceLine[], prev: DocStart, s: DocStart): boolean {
  if (!prev.number || !s.number || prev.number.normalized !== s.number.normalized) return false;
  const between = lines.slice(prev.headerEnd + 1, s.first);
  return between.length <= MAX_PAGE_LINES_BETWEEN && between.every((l) => isPageLine(l.text));
}

/**
 * Merge a start into the next one when the next repeats its title with nothing but a 题注 between them, or its number
 * with nothing but a page line or two between them.
 */
export function mergeRepeatedHeaders(lines: SourceLine[], starts: DocStart[]): DocStart[] {
  const out: DocStart[] = [];
  for (const s of starts) {
    const prev = out[out.length - 1];
    // (or a page's headline with the document's number beside it, a stamp line or two under it, then the document with
    // the same number: 某县关于某事的通告 某政通〔2017〕6号 / 2017年10月23日 09:24来源:… / 某政通〔2017〕6号 / 某县人民政府 / 关于…)
    const sameTitle = prev && removeAllSpaces(prev.title.title) === removeAllSpaces(s.title.title) && onlyTitleNote(lines, prev.headerEnd + 1, s.first);
    if (prev && (sameTitle || sameNumberOverPageLines(lines, prev, s))) {
      // (the number printed between the two copies, 某页标题 / 某政发〔2023〕1号 / 某页标题 / 主送, is the document's)
      const number = !s.number && prev.number ? { number: prev.number, numberIndex: prev.numberIndex, numberRaw: prev.numberRaw } : {};
      out[out.length - 1] = { ...s, ...number, first: prev.first, noteAt: prev.headerEnd + 1 < s.first ? prev.headerEnd + 1 : prev.noteAt };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** How far above a document's header a copy of its title is looked for. */
const TITLE_COPY_WINDOW = 6;

/**
 * A web export prints the title as a `#` heading (often with a `>` quoted disclaimer under it), then the
 * document as issued: the heading is the same title, and the document starts there.
 */
export function withTitleCopyAbove(lines: SourceLine[], s: DocStart, floor: number): DocStart {
  const title = removeAllSpaces(s.title.title);
  for (let j = s.first - 1; j >= floor && s.first - j <= TITLE_COPY_WINDOW; j--) {
    if (removeAllSpaces(lines[j].text) === title) return { ...s, first: j };
    // only quoted notes may stand between the copy and the header
    if (!/^\s{0,3}>/.test(lines[j].raw)) break;
  }
  return s;
}
