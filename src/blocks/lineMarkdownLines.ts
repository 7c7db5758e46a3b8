/**
 * A line-by-line markdown reader for inputs remark cannot take in linear time (see markdownRisk): `#` headings,
 * `>` quotes, list markers, thematic breaks, `**bold**` lead runs, links and images reduced to their text.
 * Every pattern is anchored or free of nested quantifiers, so the cost is linear in the input.
 */
import type { SourceLine } from '../types.js';

const QUOTE = /^(?:\s{0,3}>\s?)+/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const BULLET = /^\s*[-*+]\s+/;
const ORDERED = /^\s*(\d{1,3}[.)])\s+/;
const RULE = /^\s*([-*_=])(\s*\1){2,}\s*$/;
const LEAD_BOLD = /^(\*\*|__)([^*_]+?)\1/;
const LINK = /!?\[([^\[\]]*)\]\([^()]*\)/g;
const MARKS = /\*\*|__|`/g;

export function lineMarkdownLines(raw: string[]): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = true;
  raw.forEach((r, i) => {
    if (r.trim() === '') {
      blank = true;
      return;
    }
    let t = r.replace(QUOTE, '');
    let heading = 0;
    let list = false;
    const rule = RULE.test(t);
    const h = rule ? null : HEADING.exec(t);
    if (h) {
      heading = h[1].length;
      t = h[2];
    } else if (!rule && BULLET.test(t)) {
      list = true;
      t = t.replace(BULLET, '');
    } else if (!rule && ORDERED.test(t)) {
      list = true; // the number is content in a gazette: kept
      t = t.trimStart();
    }
    const bold = LEAD_BOLD.exec(t.trim());
    const text = (rule ? r : t).replace(LINK, '$1').replace(MARKS, '').trim() || r.trim();
    const boldPrefix = bold ? bold[2].trim() : null;
    out.push({
      line: i + 1,
      text,
      raw: r,
      heading,
      boldPrefix,
      allBold: !!bold && bold[0].length === t.trim().length,
      list,
      table: r.trim().includes('\t'),
      blankBefore: blank || heading > 0,
      rule,
    });
    blank = false;
  });
  return out;
}
