/** Small text helpers shared by the rules: layout spaces, punctuation classes, bracket normalisation. */

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’—…·';

/** Remove layout spaces: between CJK characters, and between CJK and digits/latin (`的 通 知`, `2022 年`). */
export function removeLayoutSpaces(s: string): string {
  return s.replace(LAYOUT_SPACES, '').trim();
}
// spaces after or before a CJK character (made once: `replace` with a global regex starts from 0 each call)
const LAYOUT_SPACES = new RegExp(`(?<=[${CJK}])[\\s\\u3000]+|[\\s\\u3000]+(?=[${CJK}])`, 'g');

// Lines are tested by many rules; remember the space-free form of recent strings.
const compactCache = new Map<string, string>();

/** Remove every whitespace character. */
export function removeAllSpaces(s: string): string {
  if (s.length > 120) return s.replace(/[\s\u3000]+/g, ''); // long paragraphs are rarely asked twice
  let out = compactCache.get(s);
  if (out === undefined) {
    out = s.replace(/[\s\u3000]+/g, '');
    if (compactCache.size >= 4096) compactCache.clear();
    compactCache.set(s, out);
  }
  return out;
}

/** Sentence-final or clause-final punctuation: a line ending in one of these is complete. */
export const CLOSED_END = /[。！？!?；;：:…」』]$|[。！？!?；;][”’）)」』]*$/;

/** True when the text ends a sentence (so the next line starts a new paragraph). */
export function endsSentence(s: string): boolean {
  // only the end is looked at: a regex ending in $ scans a paragraph of megabytes from its start
  return CLOSED_END.test(s.trimEnd().slice(-12));
}


/** NFKC plus whitespace removal: the form used to compare titles and numbers. */
export function comparable(s: string): string {
  return removeAllSpaces(s.normalize('NFKC')).replace(/[\[［【〔(（]/g, '〔').replace(/[\]］】〕)）]/g, '〕');
}

/** The form search compares texts and words in: NFKC, lower case, no whitespace. */
export function comparableText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
