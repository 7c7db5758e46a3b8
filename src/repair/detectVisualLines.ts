/**
 * Is this text one visual line per line (two-column `pdftotext` output: ~20 characters a line, most
 * lines cut mid-sentence)? Only then do the reflow and reading-order passes run.
 */
import type { SourceLine } from '../types.js';
import { removeAllSpaces } from '../text/normalize.js';

// A line that ends a sentence, a clause, a heading label or a bracket
const CLOSED = /[。！？；：:;!?）)”」]$/;

export function isVisualLineLayout(lines: SourceLine[]): boolean {
  const body = lines.filter((l) => !l.table);
  if (body.length < 40) return false;
  const lengths = body.map((l) => removeAllSpaces(l.text).length).sort((a, b) => a - b);
  const p75 = lengths[Math.floor(lengths.length * 0.75)];
  const open = body.filter((l) => !CLOSED.test(l.text.trim())).length / body.length;
  return p75 <= 30 && open >= 0.6;
}
