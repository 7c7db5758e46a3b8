/**
 * Resolve citations against the documents of the local index: by normalised 发文字号 first; a citation
 * without a number by title — exact after normalisation against document titles and the titles of the
 * texts documents issue, then a conservative similarity (≥ 0.9). A citation whose number is not in the
 * index stays unresolved: its number names a specific document (an older version with the same title is
 * another document). Resolution runs at query time, so documents indexed later resolve older citations.
 */
import type { IndexDoc } from '../search/records.js';
import { normalizeDocNumber } from '../text/docNumber.js';
import { distinctBigrams, titleSimilarity } from '../text/similarity.js';
import { comparable } from '../text/normalize.js';

export const TITLE_SIMILARITY = 0.9;

export interface Resolver {
  resolve(kind: string, title: string | null, docNumber: string | null, self: string): { doc: string; by: 'number' | 'title' | 'issued-text' | 'similar-title' } | null;
}

/** A title in the form citations are resolved by: comparable, without book-title marks or quotes. */
export const titleKey = (t: string): string => comparable(t).replace(/[《》“”"]/g, '');
const key = titleKey;

/**
 * The pre-check before a similarity is computed: `shared` distinct bigrams of titles with `a` and `b` distinct
 * bigrams, with a margin below the threshold (makeResolver and the index's resolver prune alike).
 */
export function sharesEnoughBigrams(shared: number, a: number, b: number): boolean {
  return shared > 0 && (2 * shared) / (a + b) >= TITLE_SIMILARITY - 0.05;
}

export function makeResolver(docs: Record<string, IndexDoc>): Resolver {
  const byNumber = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const byIssued = new Map<string, string>();
  // bigram → titles holding it, so the similarity fallback compares only titles that share many bigrams
  const titles: { id: string; title: string; grams: number }[] = [];
  const postings = new Map<string, number[]>();
  for (const d of Object.values(docs)) {
    if (d.docNumber) byNumber.set(normalizeDocNumber(d.docNumber), d.id);
    byTitle.set(key(d.title), d.id);
    for (const t of d.issued ?? []) byIssued.set(key(t), d.id);
    for (const t of [d.title, ...(d.issued ?? [])]) {
      const grams = distinctBigrams(key(t));
      const n = titles.push({ id: d.id, title: t, grams: grams.length }) - 1;
      for (const g of grams) {
        const list = postings.get(g);
        if (list) list.push(n);
        else postings.set(g, [n]);
      }
    }
  }
  const memo = new Map<string, { id: string; s: number }[]>();
  const similar = (title: string, self: string): string | null => {
    const k = key(title);
    let ranked = memo.get(k);
    if (!ranked) {
      ranked = similarTitles(k);
      memo.set(k, ranked);
    }
    return ranked.find((r) => r.id !== self)?.id ?? null;
  };
  /** Titles with similarity ≥ TITLE_SIMILARITY to k, best first, ties to the later indexed (as exact titles: the last wins; bigram counts prune the comparisons). */
  const similarTitles = (k: string): { id: string; s: number }[] => {
    const grams = distinctBigrams(k);
    const shared = new Map<number, number>();
    for (const g of grams) for (const n of postings.get(g) ?? []) shared.set(n, (shared.get(n) ?? 0) + 1);
    const out: { id: string; s: number; n: number }[] = [];
    for (const [n, count] of shared) {
      const t = titles[n];
      if (!sharesEnoughBigrams(count, grams.length, t.grams)) continue;
      const s = titleSimilarity(t.title, k);
      if (s >= TITLE_SIMILARITY) out.push({ id: t.id, s, n });
    }
    return out.sort((a, b) => b.s - a.s || b.n - a.n);
  };
  return {
    resolve(kind, title, docNumber, self) {
      if (kind !== 'document' && kind !== 'title' && kind !== 'number') return null;
      if (docNumber) {
        const id = byNumber.get(normalizeDocNumber(docNumber));
        return id && id !== self ? { doc: id, by: 'number' } : null;
      }
      if (!title) return null;
      const k = key(title);
      const exact = byTitle.get(k);
      if (exact && exact !== self) return { doc: exact, by: 'title' };
      const issued = byIssued.get(k);
      if (issued && issued !== self) return { doc: issued, by: 'issued-text' };
      const near = similar(title, self);
      return near ? { doc: near, by: 'similar-title' } : null;
    },
  };
}
