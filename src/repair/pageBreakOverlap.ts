/**
 * A page break sometimes repeats the last characters of a page at the top of the next
 * (`…社会主义思想` | `主义思想、习近平…`). Returns how many leading characters of `next` repeat
 * the end of `prev` (2–8 characters; single characters are left alone: real text repeats them).
 */
export function pageBreakOverlap(prev: string, next: string): number {
  const max = Math.min(8, prev.length - 1, next.length - 1);
  for (let k = max; k >= 2; k--) {
    if (prev.endsWith(next.slice(0, k)) && !/^[\d\s]+$/.test(next.slice(0, k))) return k;
  }
  return 0;
}
