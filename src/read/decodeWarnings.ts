/** What decoding changed or guessed, as warnings naming the lines: bad bytes read as U+FFFD, lines in another encoding. */
import type { Warning } from '../types.js';
import type { Decoded } from './decodeText.js';
import { lineNumbersAt } from '../text/lineEnds.js';

const NAMES: Record<string, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };
/** At most this many lines are named one by one; the rest are counted in one more warning. */
const MAX_NAMED = 20;

export function decodeWarnings(d: Decoded): Warning[] {
  const out: Warning[] = [];
  const name = NAMES[d.encoding] ?? d.encoding;
  if (d.invalid?.length) {
    const lines = lineNumbersAt(d.text, d.invalid.map((b) => b.charOffset));
    d.invalid.slice(0, MAX_NAMED).forEach((b, i) => {
      out.push({ code: 'invalid-bytes', message: `bytes at offset ${b.byteOffset} are not valid ${name}: read as U+FFFD (�)`, line: lines[i] });
    });
    if (d.invalid.length > MAX_NAMED) out.push({ code: 'invalid-bytes', message: `${d.invalid.length - MAX_NAMED} more lines hold bytes that are not valid ${name} (${d.replaced} characters read as U+FFFD in all)`, line: null });
  }
  if (d.otherEncodingAt?.length) {
    const other = d.encoding === 'utf-8' ? 'GB18030' : 'UTF-8';
    const lines = lineNumbersAt(d.text, d.otherEncodingAt);
    const shown = lines.slice(0, MAX_NAMED).join(', ') + (lines.length > MAX_NAMED ? ` and ${lines.length - MAX_NAMED} more` : '');
    out.push({ code: 'mixed-encoding', message: `the file is ${name} but ${lines.length === 1 ? 'line' : 'lines'} ${shown} ${lines.length === 1 ? 'is' : 'are'} ${other}: each line was read in its own encoding`, line: lines[0] });
  }
  return out;
}
