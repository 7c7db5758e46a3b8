/** Build SourceLine[] from plain text (blank lines separate paragraphs), for table-driven rule tests. */
import { plainLines } from '../../src/blocks/plainLines.js';
import { splitLines } from '../../src/blocks/splitLines.js';
import type { SourceLine } from '../../src/types.js';

export function linesOf(text: string): SourceLine[] {
  return plainLines(splitLines(text));
}
