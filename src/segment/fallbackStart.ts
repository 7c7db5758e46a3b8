/**
 * A text with no recognised document start (no 发文字号, 主送, 题注 or statute body under a title) still
 * becomes a document: its title is the first heading or title-like line, else the opening of its first line.
 */
import type { SourceLine } from '../types.js';
import type { DocStart } from './documentStarts.js';
import { isTitleFragment } from './titleBlock.js';
import { detectDocType } from './docType.js';
import { removeLayoutSpaces } from '../text/normalize.js';
import { splitIssuerPrefix } from './titleBlock.js';

/** How far into the text a title is looked for. */
const TITLE_WINDOW = 12;
/** Longest title taken from the opening of a line that is not title-like. */
const OPENING_CHARS = 40;

export function fallbackStart(lines: SourceLine[], from: number, to: number): DocStart | null {
  if (from >= to) return null;
  const window = Math.min(to, from + TITLE_WINDOW);
  let at = -1;
  // a heading, then a title-like line naming a kind of text, then any title-like line
  for (let k = from; k < window && at < 0; k++) if (lines[k].heading > 0 && isTitleFragment(lines[k])) at = k;
  for (let k = from; k < window && at < 0; k++) if (isTitleFragment(lines[k]) && detectDocType(removeLayoutSpaces(lines[k].text))) at = k;
  for (let k = from; k < window && at < 0; k++) if (isTitleFragment(lines[k])) at = k;
  const first = at >= 0 ? at : from;
  const text = removeLayoutSpaces(lines[first].text);
  const title = at >= 0 ? text : text.slice(0, OPENING_CHARS);
  if (!title) return null;
  const tb = { first, last: at >= 0 ? first : first - 1, title, issuer: splitIssuerPrefix(title).issuer };
  return { first, headerEnd: tb.last, title: tb, numberIndex: null, number: null, numberRaw: null, kind: 'fallback' };
}
