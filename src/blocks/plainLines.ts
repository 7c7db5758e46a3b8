/** Plain extracted text → SourceLine[]: one entry per non-blank line, with source line numbers. */
import type { SourceLine } from '../types.js';
import { isRuleLine } from '../text/ruleLine.js';
import { stripHtmlRemnants } from './htmlRemnants.js';
import { isHtmlBlockLine } from './htmlBlockLine.js';
import { htmlFragmentLines } from './html/htmlLines.js';

export function plainLines(raw: string[]): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = true;
  raw.forEach((r, i) => {
    if (r.trim() === '') {
      blank = true;
      return;
    }
    // a line of block HTML (a field exported with its page's <p>s) is read as HTML: its lines are the page's
    if (isHtmlBlockLine(r)) {
      const fromHtml = htmlFragmentLines(r, i + 1);
      if (fromHtml.length) {
        fromHtml.forEach((l, k) => out.push({ ...l, blankBefore: k === 0 ? blank || l.blankBefore : l.blankBefore }));
        blank = false;
        return;
      }
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
