/**
 * Page breaks and hard wraps cut paragraphs in two. Join the next line onto the previous paragraph
 * when the text clearly continues: no sentence-final punctuation before, no heading or item after.
 */
import type { SourceLine } from '../types.js';
import { endsSentence, removeAllSpaces } from '../text/normalize.js';
import { parseMarker } from '../text/markers.js';
import { parseDateLine } from '../text/dates.js';
import { parsePublicity } from '../text/publicity.js';
import { titleEndsAbove } from '../text/wholeTitle.js';

/** Minimum length of an open line that is taken as a cut paragraph rather than a heading. */
export const MIN_OPEN_LENGTH = 20;
/**
 * A paragraph joined up to this length takes no further line: no paragraph of an official text is near it, and
 * every test on a paragraph being built (a string grown by appends) costs its length, so lines without any
 * sentence end (cut pieces of a text saved on one line) joined without end would cost n².
 */
export const MAX_JOINED_CHARS = 10_000;

// The next line starts with punctuation that can only continue a sentence: ，。、；：）」”
const CONTINUATION_START = /^[，。、；：,.;:）)」』”’%‰]/;

export function shouldJoinLines(prevText: string, prev: SourceLine, next: SourceLine): boolean {
  if (prevText.length >= MAX_JOINED_CHARS) return false;
  if (prev.table || next.table || prev.rule || next.rule) return false;
  const nextText = next.text.trim();
  if (CONTINUATION_START.test(nextText)) return true;
  if (endsSentence(prevText)) return false;
  if (parseMarker(nextText) || parseDateLine(nextText) || parsePublicity(nextText)) return false;
  if (/^附\s*件/.test(nextText) || /^专栏\s*\d/.test(nextText)) return false;
  if (next.heading > 0 && prev.heading === 0) return false;
  if (prev.heading > 0) return false;
  // a whole title over the first line of its text (no recipients between, no indent to tell them apart)
  if (titleEndsAbove(prevText, nextText)) return false;
  // Running text (a clause mark inside the line) is never a heading, whatever its length.
  if (/[。；，,;]/.test(prevText)) return true;
  return removeAllSpaces(prevText).length >= MIN_OPEN_LENGTH;
}
