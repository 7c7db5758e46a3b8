/** A name in book brackets and nothing else (`《某市某某办法》`): a text named, as a sentence or a path names it. */

// one pair of 《》 around the whole text, none inside
const BOOK_TITLE = /^《[^《》]+》$/;

export function isBookTitle(text: string): boolean {
  return BOOK_TITLE.test(text.trim());
}
