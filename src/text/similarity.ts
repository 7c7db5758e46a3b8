/** Title similarity: Dice coefficient on character bigrams of the comparable form. */
import { comparable } from './normalize.js';

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** The distinct character bigrams of a string, in order of first occurrence. */
export function distinctBigrams(s: string): string[] {
  return [...new Set(bigrams(s))];
}

// book-title marks (a title named inside another one is written 〈〉) and quotes: how a name is cited, not the name
const CITATION_MARKS = /[《》〈〉“”"]/g;

export function titleSimilarity(a: string, b: string): number {
  const x = comparable(a).replace(CITATION_MARKS, '');
  const y = comparable(b).replace(CITATION_MARKS, '');
  if (!x || !y) return 0;
  if (x === y) return 1;
  const A = bigrams(x);
  const B = bigrams(y);
  const counts = new Map<string, number>();
  for (const g of A) counts.set(g, (counts.get(g) ?? 0) + 1);
  let inter = 0;
  for (const g of B) {
    const c = counts.get(g);
    if (c) {
      inter++;
      counts.set(g, c - 1);
    }
  }
  return (2 * inter) / (A.length + B.length || 1);
}
