/**
 * Inputs that remark/micromark parse in super-linear time or memory, or that nest deeper than a gazette ever
 * does, are found here in one cheap pass and read by the line reader instead (with a warning). Real gazettes
 * never come near these bounds: a paragraph with hundreds of emphasis delimiters or brackets, lines of
 * thousands of markup characters, nesting nine levels deep, or a converter output of tens of thousands of lines.
 */

/** Larger markdown files go through the line reader: remark costs up to ~100 µs a line on dense markup. */
export const REMARK_MAX_CHARS = 1_000_000;
export const REMARK_MAX_LINES = 20_000;
/** Blank lines count too: remark keeps an event per line end, so a flood of them costs over 1 GB per MB. */
export const REMARK_MAX_ALL_LINES = 60_000;
/** A table row of more cells than this is data, not a gazette's table (remark's table pass costs ~4 s per MB). */
const MAX_TABLE_CELLS = 200;
/** Delimiters in one paragraph (between blank lines) beyond which emphasis/link resolution goes quadratic. */
const MAX_EMPHASIS_PER_PARAGRAPH = 400;
const MAX_BRACKETS_PER_PARAGRAPH = 200;
const MAX_BACKTICKS_PER_PARAGRAPH = 400;
/** A line this long made mostly of markup characters is not text. */
const LONG_LINE = 4096;
// Nine or more nested block markers: quotes and list items, on one line or by indentation
const DEEP_PREFIX = /^(?:\s*(?:[>]|[-*+]\s|\d{1,3}[.)]\s)\s*){9,}/;
const DEEP_INDENT = /^ {32,}(?:[-*+]|\d{1,3}[.)])\s/;

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Why this markdown should not be given to remark, or null when it is safe to. */
export function markdownRisk(raw: string[], chars: number): string | null {
  if (chars > REMARK_MAX_CHARS) return `longer than ${REMARK_MAX_CHARS.toLocaleString('en-US')} characters`;
  if (raw.length > REMARK_MAX_ALL_LINES) return `more than ${REMARK_MAX_ALL_LINES.toLocaleString('en-US')} lines, blank ones included`;
  let nonBlank = 0;
  let emphasis = 0;
  let brackets = 0;
  let backticks = 0;
  for (const line of raw) {
    if (line.trim() === '') {
      emphasis = brackets = backticks = 0;
      continue;
    }
    if (++nonBlank > REMARK_MAX_LINES) return `more than ${REMARK_MAX_LINES} lines`;
    if (DEEP_PREFIX.test(line) || DEEP_INDENT.test(line)) return 'nested more than 8 levels deep';
    const e = count(line, '*') + count(line, '_');
    const b = count(line, '[');
    const t = count(line, '`');
    emphasis += e;
    brackets += b;
    backticks += t;
    if (emphasis > MAX_EMPHASIS_PER_PARAGRAPH || brackets > MAX_BRACKETS_PER_PARAGRAPH || backticks > MAX_BACKTICKS_PER_PARAGRAPH) return 'runs of emphasis, bracket or code marks far beyond prose';
    if (count(line, '|') > MAX_TABLE_CELLS) return `a table row of more than ${MAX_TABLE_CELLS} cells`;
    if (line.length > LONG_LINE && (e + b + t + count(line, '|') + count(line, '(')) * 2 > line.length) return 'a line made of markup characters';
  }
  return null;
}
