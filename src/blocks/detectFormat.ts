/** Decide whether a file is markdown-ish converter output or plain extracted text. */

const HEADING = /^#{1,6}\s+\S/;
const BOLD = /\*\*[^*\n]+\*\*/;
const LIST = /^\s*[-*+]\s+\S/;

export function detectFormat(lines: string[]): 'markdown' | 'text' {
  let headings = 0;
  let bold = 0;
  let lists = 0;
  for (const line of lines) {
    if (HEADING.test(line)) headings++;
    if (BOLD.test(line)) bold++;
    if (LIST.test(line)) lists++;
  }
  // Headings or bold runs are what converters emit; a few "- " bullets alone occur in plain text too.
  const markers = headings + bold + Math.floor(lists / 4);
  return markers >= 3 ? 'markdown' : 'text';
}
