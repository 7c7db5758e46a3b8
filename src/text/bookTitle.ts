/** A name in book brackets and nothing else (`《某市某某办法》`): a text named, as a sentence or a path names it. */

// one pair of 《》 around the whole text, none inside
const BOOK_TITLE = /^《[^《》]+》$/;

export function isBookTitle(text: string): boolean {
  return BOOK_TITLE.test(text.trim());
}

/** The name inside the book brackets of a text that is only a name (`《某市某某办法》` → `某市某某办法`), else the text. */
export function withoutBookMarks(text: string): string {
  const t = text.trim();
  return BOOK_TITLE.test(t) ? t.slice(1, -1) : text;
}

/**
 * Does the line end in a name it puts in book brackets, not being that name alone (`某市印发《关于某事的实施意见》和《…》`,
 * a report's headline)? Its kind is the named text's: the line titles nothing itself.
 */
export function endsNamingText(text: string): boolean {
  const t = text.trim();
  return t.endsWith('》') && !BOOK_TITLE.test(t);
}
