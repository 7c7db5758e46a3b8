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

export function makeSnippet(source: string, words: string[], width = 60): Snippet {
  const stretch = around(source, words, width);
  const cut = stretch !== source;
  const text = stretch.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const hits: [number, number][] = [];
  for (const w of words) {
    const needle = w.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) hits.push([at, at + needle.length]);
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
