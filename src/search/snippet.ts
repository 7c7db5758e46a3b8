/** A snippet of a record around its first query-word hit, with the hits marked for highlighting. */

export interface Snippet {
  text: string;
  /** [start, end) offsets of hits inside `text`. */
  marks: [number, number][];
}

export function makeSnippet(source: string, words: string[], width = 60): Snippet {
  const text = source.normalize('NFKC').replace(/\s+/g, ' ').trim();
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
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const marks = hits.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a - start + prefix.length, b - start + prefix.length] as [number, number]);
  return { text: prefix + text.slice(start, end) + suffix, marks };
}
