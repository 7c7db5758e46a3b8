/**
 * A table of contents inside a document (a statute's 目录 of 编/章/节 lines, or an issued plan's 目录 with
 * page leaders `一、总体要求……2`): a node of its own, never chapters or items of the body.
 */
import type { SourceLine } from '../types.js';
import { isTocHeading, parseTocEntryLine } from '../segment/toc.js';
import { parseMarker } from './markers.js';
import { endsSentence, removeLayoutSpaces } from '../text/normalize.js';

export interface BodyToc {
  /** Index of the last entry line. */
  last: number;
  /** One row per entry: its text and its page, when printed. */
  rows: string[][];
}

/** The 目录 at lines[i] and its entries, or null when lines[i] is not a 目录 heading followed by entries. */
export function findBodyToc(lines: SourceLine[], i: number): BodyToc | null {
  if (!isTocHeading(lines[i].text)) return null;
  const rows: string[][] = [];
  let firstLabel: string | null = null;
  let k = i + 1;
  for (; k < lines.length; k++) {
    const text = lines[k].text.trim();
    const paged = parseTocEntryLine(text);
    if (paged) {
      rows.push([paged.title, paged.page === null ? '' : String(paged.page)]);
      continue;
    }
    // a statute's chapter list: 第一章 总则 … up to the line where the first listed unit begins for real
    const m = parseMarker(text);
    const unit = m && (m.kind === 'part' || m.kind === 'chapter' || m.kind === 'section') && !endsSentence(text);
    if (!unit || m.label === firstLabel) break;
    firstLabel ??= m.label;
    rows.push([`${m.label} ${removeLayoutSpaces(m.rest)}`.trim(), '']);
  }
  return rows.length ? { last: k - 1, rows } : null;
}
