/** A snippet of a record around its first query-word hit, with the hits marked for highlighting. */

export interface Snippet {
  text: string;
  /** [start, end) offsets of hits inside `text`. */
  marks: [number, number][];
}

/**
 * The stretch of a long text around the first place a word occurs as written (from two widths before it to
 * three after), so only that much is normalised; the whole text when no word occurs as written.
 */
function around(source: string, words: string[], width: number): string {
  if (source.length <= 6 * width) return source;
  let first = -1;
  for (const w of words) {
    const at = w.trim() ? source.indexOf(w.trim()) : -1;
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  if (first < 0) return source;
  return source.slice(Math.max(0, first - 2 * width), Math.min(source.length, first + 3 * width));
}

/**
 * `text` compared as queries are (NFKC, lower case), with where each compared code unit came from in `text`: the
 * snippet shows the source's own characters (，：；（), only the matching is normalised.
 */
function comparable(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = ch.normalize('NFKC').toLowerCase();
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
    i += ch.length;
  }
  from.push(i);
  return { folded, from };
}

export function makeSnippet(source: string, words: string[], width = 60): Snippet {
  const stretch = around(source, words, width);
  const cut = stretch !== source;
  const text = stretch.replace(/\s+/g, ' ').trim();
  const { folded, from } = comparable(text);
  const hits: [number, number][] = [];
  for (const w of words) {
    const needle = w.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      // back to the source: from the first character compared to just after the last one (a match ending inside
      // one character's expansion ends after that character; `from` ends with the text's length)
      let end = at + needle.length;
      while (from[end] === from[end - 1]) end++;
      hits.push([from[at], from[end]]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits.length ? hits[0][0] : 0;
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  // a stretch cut from a longer text has more before or after it than it shows
  const prefix = start > 0 || (cut && !source.startsWith(stretch)) ? '…' : '';
  const suffix = end < text.length || (cut && !source.endsWith(stretch)) ? '…' : '';
  const marks = hits.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a - start + prefix.length, b - start + prefix.length] as [number, number]);
  return { text: prefix + text.slice(start, end) + suffix, marks };
}
