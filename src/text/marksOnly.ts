/** A line of marks alone: no letter and no digit of any script (`【`, `——`, `* * *`), so it names and says nothing. */

// a letter or a digit of any script
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Does the text hold no letter and no digit (a page button's bracket left alone, a rule of dashes)? */
export function isMarksOnly(text: string): boolean {
  return !WORD_CHARACTER.test(text);
}
