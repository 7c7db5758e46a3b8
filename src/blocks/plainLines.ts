/** Plain extracted text → SourceLine[]: one entry per non-blank line, with source line numbers. */
import type { SourceLine } from '../types.js';
import { isRuleLine } from '../text/ruleLine.js';
import { stripHtmlRemnants } from './htmlRemnants.js';

export function plainLines(raw: string[]): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = true;
  raw.forEach((r, i) => {
    if (r.trim() === '') {
      blank = true;
      return;
    }
    // HTML left by a web page goes (a line of markup only keeps it, to be dropped with a reason)
    const text = stripHtmlRemnants(r).trim() || r.trim();
    out.push({
      line: i + 1,
      text,
      raw: r,
      heading: 0,
      boldPrefix: null,
      allBold: false,
      list: false,
      table: r.includes('\t') && r.trim().includes('\t'),
      blankBefore: blank,
      // a line of only ---, *** or === is a rule (separator), in plain text too
      rule: isRuleLine(text),
    });
    blank = false;
  });
  return out;
}
