/**
 * Pages of a visual-line extraction: a page starts at a line that begins with a single space and
 * follows the previous line with no blank line between, or after dropped page furniture (page number,
 * running header).
 */
import type { SourceLine } from '../types.js';

// One leading ASCII space, then text: the extractor's mark of a new page
const PAGE_START = /^ \S/;

export function splitPages(lines: SourceLine[], furniture: Set<number>): SourceLine[][] {
  const pages: SourceLine[][] = [];
  let current: SourceLine[] = [];
  let prevLine = 0;
  for (const l of lines) {
    let droppedBetween = false;
    for (let n = prevLine + 1; n < l.line && !droppedBetween; n++) droppedBetween = furniture.has(n);
    if (current.length && ((PAGE_START.test(l.raw) && !l.blankBefore) || droppedBetween)) {
      pages.push(current);
      current = [];
    }
    current.push(l);
    prevLine = l.line;
  }
  if (current.length) pages.push(current);
  return pages;
}
