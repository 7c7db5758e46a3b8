/**
 * The sentence around a position of a paragraph: from the last sentence end (。 or ；) before it to the next one
 * after it, looked for only within a bounded reach. A paragraph without sentence ends (one long line of a
 * converted page) would otherwise be scanned whole for every citation in it: n citations in n characters cost n².
 */
/** How far before and after the position a sentence end is looked for. */
export const SENTENCE_REACH = 300;
/** The longest sentence shown; a longer one is cut around the position and marked with …. */
export const MAX_SENTENCE = 200;

// a sentence end: full stop or the semicolon that separates clauses of an enumeration
const isSentenceEnd = (ch: string): boolean => ch === '。' || ch === '；';

export function sentenceAt(text: string, index: number): string {
  const floor = Math.max(0, index - SENTENCE_REACH);
  const ceiling = Math.min(text.length, index + SENTENCE_REACH);
  let start = floor;
  for (let i = index - 1; i >= floor; i--) {
    if (isSentenceEnd(text[i])) {
      start = i + 1;
      break;
    }
  }
  let end = ceiling;
  for (let i = Math.max(index, 0); i < ceiling; i++) {
    if (isSentenceEnd(text[i])) {
      end = i + 1;
      break;
    }
  }
  const cutBefore = start > 0 && !isSentenceEnd(text[start - 1]);
  const cutAfter = end < text.length && !isSentenceEnd(text[end - 1]);
  let s = text.slice(start, end).trim();
  let lead = cutBefore;
  let tail = cutAfter;
  if (s.length > MAX_SENTENCE) {
    // keep the part that holds the position: from a little before it, as much as fits
    const at = index - start;
    const from = Math.max(0, Math.min(at - Math.floor(MAX_SENTENCE / 4), s.length - MAX_SENTENCE));
    if (from > 0) lead = true;
    if (from + MAX_SENTENCE < s.length) tail = true;
    s = s.slice(from, from + MAX_SENTENCE);
  }
  return `${lead ? '…' : ''}${s}${tail ? '…' : ''}`;
}
