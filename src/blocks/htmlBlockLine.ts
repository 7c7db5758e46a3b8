/**
 * A line of plain text that is a block of HTML: a database export or a crawler's field that kept the page's
 * paragraphs as markup (`<p>各市…</p><p style="text-align: right;">某市人民政府</p>`). Its `<p>`, `<br>`, `<div>`
 * end lines as they do on the page, so the line is read as HTML (as raw HTML in markdown is), not stripped of its
 * tags into one run-on line.
 */

// An opening tag of a block (p, div, h1–h6, li, tr, table, section, article, blockquote, center) at the start of the line
const OPENS_WITH_BLOCK = /^\s*<(?:p|div|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|center)(?:\s[^<>]*)?>/i;
// A tag that ends a line on the page: a block's closing tag or a <br>
const LINE_END_TAG = /<\/(?:p|div|h[1-6]|li|tr|table|section|article|blockquote|center)\s*>|<br\s*\/?>/gi;

/** The line opens with a block tag and ends at least two lines of the page (one `<p>…</p>` alone is a paragraph). */
export function isHtmlBlockLine(raw: string): boolean {
  if (!OPENS_WITH_BLOCK.test(raw)) return false;
  let ends = 0;
  for (const _ of raw.matchAll(LINE_END_TAG)) if (++ends >= 2) return true;
  return false;
}
