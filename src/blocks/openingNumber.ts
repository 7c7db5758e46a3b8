/**
 * A text whose first line opens with its 发文字号 glued to its first sentence (a page that lost its title and its line
 * ends: `某龙政〔2023〕32号今年普通高考、中考在即,为…`): the number was a line of its own (GB/T 9704 7.2.4). Only on the
 * text's first line, and only when running text follows the number: a number cited in a sentence opens no text.
 */
import type { SourceLine } from '../types.js';
import { leadingDocNumberEnd } from '../text/docNumber.js';
import { cutLines, piecesAt } from './linePieces.js';

/** The text's lines with the number its first line opens with cut off into a line of its own. */
export function splitOpeningNumber(lines: SourceLine[]): SourceLine[] {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0 || lines[first].table) return lines;
  const text = lines[first].text;
  const lead = text.length - text.trimStart().length;
  const end = leadingDocNumberEnd(text.trimStart());
  // (the number goes on into a sentence: a clause mark follows within its first words)
  if (end === null || !/^[^。；]{2,40}?[，,。；]/.test(text.slice(lead + end))) return lines;
  return cutLines(lines, (l, i) => (i === first ? piecesAt(text, [lead + end]) : null));
}
