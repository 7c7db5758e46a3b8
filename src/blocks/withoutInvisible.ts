/**
 * Lines as the later stages read them: invisible format characters (see text/invisible) taken out of the
 * text, cells and bold run, so every recogniser sees what a reader sees. `raw` keeps the source as it is.
 * A line of invisible characters only is a blank line.
 */
import type { SourceLine } from '../types.js';
import { removeInvisible } from '../text/invisible.js';

export function withoutInvisible(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let blankPending = false;
  for (const l of lines) {
    const text = removeInvisible(l.text).trim();
    if (!text) {
      blankPending = true;
      continue;
    }
    if (text === l.text && !blankPending && !l.cells && !l.boldPrefix) {
      out.push(l);
      continue;
    }
    const line: SourceLine = { ...l, text, blankBefore: l.blankBefore || blankPending };
    if (l.cells) line.cells = l.cells.map(removeInvisible);
    if (l.boldPrefix) line.boldPrefix = removeInvisible(l.boldPrefix);
    out.push(line);
    blankPending = false;
  }
  return out;
}
