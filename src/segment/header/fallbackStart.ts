/**
 * A text with no recognised document start (no 发文字号, 主送, 题注 or statute body under a title) still
 * becomes a document: its title is the first heading or title-like line, else the opening of its first line.
 */
import type { SourceLine } from '../../types.js';
import type { DocStart } from './documentStarts.js';
import { buildTitleBlock, isTitleFragment, titleBlockAbove } from './titleBlock.js';
import { splitIssuerPrefix } from './issuerPrefix.js';
import { looksLikeOrganName } from '../../text/organName.js';
import { startsWithLabel } from '../../text/labelLine.js';
import { detectDocType } from '../../text/docType.js';
import { removeLayoutSpaces } from '../../text/normalize.js';

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

export function fallbackStart(lines: SourceLine[], from: number, to: number): DocStart | null {
  if (from >= to) return null;
  const window = Math.min(to, from + TITLE_WINDOW);
  // a title naming a kind of text, with the issuer line and wrapped lines above it (某市公安局 某市交通运输局 / 关于…的通告)
  for (let k = from; k < window; k++) {
    if (!isTitleFragment(lines[k]) || !detectDocType(removeLayoutSpaces(lines[k].text))) continue;
    let tb = titleBlockAbove(lines, k + 1, from);
    // a metadata line above the title (发布时间：2023-01-05, 来源：某某网) is not part of it
    while (tb && tb.first < k && /[：:]/.test(lines[tb.first].text)) tb = buildTitleBlock(lines, tb.first + 1, k);
    if (tb) return { first: tb.first, headerEnd: tb.last, title: tb, numberIndex: null, number: null, numberRaw: null, kind: 'fallback' };
  }
  let at = -1;
  // else a heading, then any title-like line
  for (let k = from; k < window && at < 0; k++) if (lines[k].heading > 0 && titleCandidate(lines[k])) at = k;
  for (let k = from; k < window && at < 0; k++) if (titleCandidate(lines[k])) at = k;
  // else the opening of the first line that is not a `label：value` line; a text of nothing else holds no document
  let opening = -1;
  for (let k = from; k < window && at < 0 && opening < 0; k++) if (!isLabelled(lines[k])) opening = k;
  if (at < 0 && opening < 0) return null;
  const first = at >= 0 ? at : opening;
  const text = removeLayoutSpaces(lines[first].text);
  const title = at >= 0 ? text : text.slice(0, OPENING_CHARS);
  if (!title) return null;
  const tb = { first, last: at >= 0 ? first : first - 1, title, issuer: splitIssuerPrefix(title).issuer };
  return { first, headerEnd: tb.last, title: tb, numberIndex: null, number: null, numberRaw: null, kind: 'fallback' };
}
