/**
 * Resolve citations against the documents of the local index: by normalised 发文字号 first; a citation
 * without a number by title — exact after normalisation against document titles and the titles of the
 * texts documents issue, then a conservative similarity (≥ 0.9). A citation whose number is not in the
 * index stays unresolved: its number names a specific document (an older version with the same title is
 * another document). Resolution runs at query time, so documents indexed later resolve older citations.
 */
import type { IndexDoc } from '../search/records.js';
import { normalizeDocNumber } from '../segment/docNumber.js';
import { titleSimilarity } from '../text/similarity.js';
import { comparable } from '../text/normalize.js';

export const TITLE_SIMILARITY = 0.9;

export interface Resolver {
  resolve(kind: string, title: string | null, docNumber: string | null, self: string): { doc: string; by: 'number' | 'title' | 'issued-text' | 'similar-title' } | null;
}

const key = (t: string) => comparable(t).replace(/[《》“”"]/g, '');

export function makeResolver(docs: Record<string, IndexDoc>): Resolver {
  const byNumber = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const byIssued = new Map<string, string>();
  const all = Object.values(docs);
  for (const d of all) {
    if (d.docNumber) byNumber.set(normalizeDocNumber(d.docNumber), d.id);
    byTitle.set(key(d.title), d.id);
    for (const t of d.issued ?? []) byIssued.set(key(t), d.id);
  }
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
      let best: { id: string; s: number } | null = null;
      for (const d of all) {
        if (d.id === self) continue;
        for (const t of [d.title, ...(d.issued ?? [])]) {
          const s = titleSimilarity(t, title);
          if (s >= TITLE_SIMILARITY && (!best || s > best.s)) best = { id: d.id, s };
        }
      }
      return best ? { doc: best.id, by: 'similar-title' } : null;
    },
  };
}
