/**
 * Reflow one-visual-line-per-line text into paragraphs. A visual line joins the paragraph before it
 * when the text continues; a paragraph ends at a sentence end, at a line that stops short of the column
 * width, before an item marker, a 文号, a date, a publicity note, and after a complete title.
 */
import type { SourceLine } from '../types.js';
import { endsSentence, removeAllSpaces } from '../text/normalize.js';
import { MAX_JOINED_CHARS } from './shouldJoinLines.js';
import { parseMarker } from '../text/markers.js';
import { parseDocNumber } from '../text/docNumber.js';
import { parseDateLine } from '../text/dates.js';
import { parsePublicity } from '../text/publicity.js';
import { looksLikeOrganName } from '../text/organName.js';
import { detectDocType } from '../text/docType.js';
import { parseAttachmentLabel } from '../text/attachmentLabel.js';
import { endsWithLeaderPage } from '../text/leaders.js';
import { append } from '../util/arrays.js';
import { displayWidth } from '../text/displayWidth.js';

export { displayWidth };

/** The column width: the most common display width of the lines (rounded to even). */
export function columnWidth(lines: SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const w = displayWidth(l.text);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [w, c] of counts) if (c > bestCount || (c === bestCount && w > best)) [best, bestCount] = [w, c];
  return best;
}

// The next line can only continue a sentence: it starts with ，。、；：）」”
const CONTINUATION_START = /^[，。、；：,.;:）)」』”’%‰]/;

function standalone(text: string): boolean {
  return !!(parseDocNumber(text) || parseDateLine(text) || parsePublicity(text) || parseAttachmentLabel(text) || endsWithLeaderPage(text));
}

export function shouldReflow(paragraph: string, last: SourceLine, next: SourceLine, width: number): boolean {
  if (paragraph.length >= MAX_JOINED_CHARS) return false;
  if (last.table || next.table) return false;
  const nextText = next.text.trim();
  // (a stand-alone line always starts its own paragraph, so testing the last visual line is enough)
  if (standalone(nextText) || standalone(last.text)) return false;
  if (CONTINUATION_START.test(nextText)) return true;
  if (endsSentence(last.text)) return false;
  if (parseMarker(nextText)) return false;
  const short = paragraph.length <= 60;
  if (short && looksLikeOrganName(paragraph) && looksLikeOrganName(nextText)) return false;
  // a complete title (no clause marks, ends with a kind of text) ends its paragraph
  if (short && !/[，。；、,;]/.test(paragraph) && detectDocType(removeAllSpaces(paragraph)) && removeAllSpaces(paragraph).length >= 6) return false;
  // a line that stops well short of the column ends its paragraph
  return displayWidth(last.text) >= width - 3;
}

export function reflowLines(lines: SourceLine[]): SourceLine[] {
  const width = columnWidth(lines);
  const out: SourceLine[] = [];
  let cur: SourceLine | null = null;
  let last: SourceLine | null = null;
  for (const l of lines) {
    if (cur && last && shouldReflow(cur.text, last, l, width)) {
      cur.text += l.text.trim();
      cur.raw += '\n' + l.raw;
      append(cur.parts!, l.parts ?? [l.line]);
    } else {
      cur = { ...l, text: l.text.trim(), parts: [...(l.parts ?? [l.line])], blankBefore: true };
      out.push(cur);
    }
    last = l;
  }
  return out;
}
