/**
 * Line ends as the whole tool counts them (UAX #14 mandatory breaks, as Python's splitlines): CR LF, LF, CR,
 * and also VT, FF, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), which text from web
 * pages and word processors uses for its line ends.
 */
// CR LF as one line end, else any one of LF, CR, VT, FF, NEL, LS, PS
export const LINE_END = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** The 1-based line numbers of ascending character offsets of a text, in one pass over it. */
export function lineNumbersAt(text: string, offsets: number[]): number[] {
  const ends = new RegExp(LINE_END.source, 'g');
  const out: number[] = [];
  let line = 1;
  let m = ends.exec(text);
  for (const at of offsets) {
    while (m && m.index < at) {
      line++;
      m = ends.exec(text);
    }
    out.push(line);
  }
  return out;
}
