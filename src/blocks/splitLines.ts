/** Split decoded text into raw lines, without the line ends (all of Unicode's: see text/lineEnds). */
import { LINE_END } from '../text/lineEnds.js';

export function splitLines(text: string): string[] {
  const lines = text.split(LINE_END);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
