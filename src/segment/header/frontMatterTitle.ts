/**
 * A web export whose title is printed only in its front matter (`title: 某市…关于…的通知`), the text opening with
 * the 主送 or the body: the front matter's title line is the document's title line, so the header below it (主送,
 * signature, issued texts) is read as if the title were printed above it. A text that prints its own title (on
 * one line or wrapped) keeps it, and a front matter title that names no kind of document is left as metadata.
 */
import type { SourceLine } from '../../types.js';
import { detectDocType } from '../../text/docType.js';
import { removeAllSpaces } from '../../text/normalize.js';
import { titleSimilarity } from '../../text/similarity.js';
import { parseDateLine } from '../../text/dates.js';
import { parsePublicity } from '../../text/publicity.js';
import { isWebChrome } from '../page/webChrome.js';
import { isTitleNoteLine } from '../../text/titleNoteLine.js';

/** How far into the text its own printed title is looked for. */
const TITLE_WINDOW = 12;
/** Similarity from which a printed line (or two or three joined) is the title. */
const SAME_TITLE = 0.6;
/** Share of the title's length a printed line (or lines joined) must have to be the title. */
const MIN_LENGTH_SHARE = 0.75;

/**
 * A line a title may stand on: no clause mark, no date, no publicity note, no line of a 题注 (its amendment clause
 * cites the law by name: …《关于修改〈某某法〉的决定》第二次修正).
 */
function isTitleLike(text: string): boolean {
  return !/[，。；,;]/.test(text) && !parseDateLine(text) && !parsePublicity(text) && !isTitleNoteLine(text);
}

/** Does the text print the title in its opening lines (alone, or wrapped over up to three lines)? */
function printsTitle(title: string, lines: SourceLine[]): boolean {
  // (a page's breadcrumb ends with the title it links to: the page names it there, the text does not print it)
  const window = lines.slice(0, TITLE_WINDOW).filter((l) => !isWebChrome(l.text)).map((l) => removeAllSpaces(l.text));
  const wanted = removeAllSpaces(title);
  for (let k = 0; k < window.length; k++) {
    let joined = '';
    for (let n = 0; n < 3 && k + n < window.length; n++) {
      // (a title is no sentence and wraps over no date: a sentence naming the issued text, or the signature's organ
      // and date under it, read much like a title that names the text and the organ)
      if (!isTitleLike(window[k + n])) break;
      joined += window[k + n];
      // (a line much shorter than the title is a name inside it, the text it issues: 某某方案 in 关于印发《某某方案》的通知)
      if (joined.includes(wanted) || (joined.length >= wanted.length * MIN_LENGTH_SHARE && titleSimilarity(joined, wanted) >= SAME_TITLE)) return true;
    }
  }
  return false;
}

/**
 * The title line to stand above the text, or null when the text prints its title or the title names no kind of
 * document. `source` is the front matter line that holds the title (its number and raw text).
 */
export function frontMatterTitleLine(title: string, source: { line: number; raw: string }, lines: SourceLine[]): SourceLine | null {
  const t = title.trim();
  // (a file of front matter alone holds no document: there is no text to title)
  if (!t || !lines.length || !detectDocType(removeAllSpaces(t)) || printsTitle(t, lines)) return null;
  return frontMatterLine(t, source, 1);
}

/** A front matter field's value as a line of the text, a block of its own, numbered as the field's line (`heading`: 1 for a title). */
export function frontMatterLine(text: string, source: { line: number; raw: string }, heading: number): SourceLine {
  return { line: source.line, text, raw: source.raw, heading, boldPrefix: null, allBold: false, list: false, table: false, blankBefore: true, rule: false };
}
