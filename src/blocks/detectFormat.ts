/** Decide whether a file is a saved web page, markdown-ish converter output or plain extracted text. */
import type { SourceFormat } from '../types.js';
import { parseYamlFrontMatter } from './yamlFrontMatter.js';

const HEADING = /^#{1,6}\s+\S/;
const BOLD = /\*\*[^*\n]+\*\*/;
const LIST = /^\s*[-*+]\s+\S/;
const QUOTE = /^\s{0,3}>\s*\S/;
// a setext heading's underline (pandoc's and many converters' headings: the text, then === or --- under it)
const SETEXT_UNDERLINE = /^ {0,3}(?:={3,}|-{3,})\s*$/;
// …under a line of text: no list item, rule, table row or quote
const SETEXT_TEXT = /^ {0,3}[^\s\-*+=>|#]/;
// How a saved page opens: a doctype, an <html> or <head> tag, or a <meta charset>
const PAGE_OPENING = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|meta\s[^>]*charset)/i;

/**
 * The text after a BOM, white space and comments at its start. Skipped by a scan, not by a regex: a repeated
 * group of `\s` or `<!--…-->` backtracks exponentially over a page that opens with many comments (9 s for 5 KB).
 */
function afterLeadingComments(s: string): string {
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (!s.startsWith('<!--', i)) return s.slice(i);
    const end = s.indexOf('-->', i + 4);
    if (end < 0) return '';
    i = end + 3;
  }
}

/** A web page (by its opening, whatever the file is called). */
export function looksLikeHtml(text: string): boolean {
  return PAGE_OPENING.test(afterLeadingComments(text.slice(0, 4096)));
}

/**
 * A web-archive or law-database export opens with YAML front matter, a `# title` heading or a `>` quoted
 * disclaimer: that alone makes it markdown, even when the body has no other markup.
 */
function opensLikeMarkdown(lines: string[]): boolean {
  if (parseYamlFrontMatter(lines)) return true;
  const first = lines.find((l) => l.trim() !== '');
  return !!first && (/^#\s+\S/.test(first) || QUOTE.test(first));
}

export function detectFormat(lines: string[]): SourceFormat {
  if (looksLikeHtml(lines.slice(0, 50).join('\n'))) return 'html';
  if (opensLikeMarkdown(lines)) return 'markdown';
  let headings = 0;
  let bold = 0;
  let lists = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (HEADING.test(line) || (i > 0 && SETEXT_UNDERLINE.test(line) && SETEXT_TEXT.test(lines[i - 1]))) headings++;
    if (BOLD.test(line)) bold++;
    if (LIST.test(line)) lists++;
  }
  // Headings (# or setext) or bold runs are what converters emit; a few "- " bullets alone occur in plain text too.
  const markers = headings + bold + Math.floor(lists / 4);
  return markers >= 3 ? 'markdown' : 'text';
}
