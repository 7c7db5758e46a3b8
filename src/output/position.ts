/**
 * A source position as users read it: `L12` in a text, `p3:L12` in a PDF (line 12 of the PDF's printed lines,
 * which is on page 3).
 */

/** The 1-based page a line is on, given the line each page starts at (ascending). */
export function pageOf(line: number, pageStarts: readonly number[]): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid] <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function positionOf(line: number, pageStarts?: readonly number[]): string {
  return pageStarts?.length ? `p${pageOf(line, pageStarts)}:L${line}` : `L${line}`;
}

/** A range of lines: `L3-9`, or `p1:L3-p2:L40` in a PDF. */
export function rangeOf(start: number, end: number, pageStarts?: readonly number[]): string {
  return pageStarts?.length ? `${positionOf(start, pageStarts)}-${positionOf(end, pageStarts)}` : `L${start}-${end}`;
}
