/**
 * Run a query against a loaded index. FlexSearch (jieba tokens) proposes candidate records for each word
 * or phrase; a document qualifies when every word and phrase occurs in it verbatim (checked on its text,
 * spaces ignored) and no excluded word does, and it passes the filters. Ranking: 发文字号 hit, then how
 * many query words the title holds, then how many words the best single article holds, then how often
 * the words occur; ties go to the newer sign date.
 */
import type { LoadedIndex } from './indexStore.js';
import { readTexts } from './indexStore.js';
import type { IndexDoc } from './records.js';
import { queryTokens } from './segmenter.js';
import type { ParsedQuery } from './queryParser.js';
import { makeSnippet, squash, type Snippet } from './snippet.js';
import { normalizeDocNumber } from '../segment/docNumber.js';

export interface SearchHit {
  doc: IndexDoc;
  score: number;
  scores: { number: number; title: number; article: number; frequency: number };
  record: { id: string; path: string; title: string | null };
  snippet: Snippet;
}

const CANDIDATES = 5000;

function passesFilters(d: IndexDoc, q: ParsedQuery): boolean {
  const f = q.filters;
  if (f.no && (!d.docNumber || normalizeDocNumber(d.docNumber) !== f.no)) return false;
  if (f.issuer && !(d.issuer ?? '').includes(f.issuer)) return false;
  if (f.type && !(d.docType ?? '').endsWith(f.type) && d.docType !== f.type) return false;
  if (f.year && d.year !== f.year) return false;
  if (f.from && (!d.signDate || d.signDate < f.from)) return false;
  if (f.to && (!d.signDate || d.signDate > f.to)) return false;
  if (f.section && !(d.section ?? '').includes(f.section)) return false;
  return true;
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Documents whose records FlexSearch proposes for one word (any of its tokens), best first. */
function candidatesFor(idx: LoadedIndex, word: string): Map<string, number> {
  const tokens = queryTokens(idx.seg, word);
  const docs = new Map<string, number>();
  if (!tokens.length) return docs;
  const results = idx.flex.search(tokens.join(' '), { limit: CANDIDATES, suggest: true } as never) as unknown as { field: string; result: number[] }[];
  for (const r of results) {
    r.result.forEach((recNum, rank) => {
      const doc = idx.meta.records[recNum]?.doc;
      if (!doc) return;
      const bonus = r.field === 'title' ? 2 : 1;
      docs.set(doc, Math.max(docs.get(doc) ?? 0, bonus * (CANDIDATES - rank)));
    });
  }
  return docs;
}

export function search(idx: LoadedIndex, q: ParsedQuery, limit = 10): SearchHit[] {
  const words = [...q.terms, ...q.phrases];
  const norm = (s: string) => squash(s).text;
  const wanted = words.map(norm).filter(Boolean);
  const excluded = q.excludes.map(norm).filter(Boolean);

  // candidate documents: every word proposed by FlexSearch (or all documents when there are only filters)
  let candidates: string[];
  if (wanted.length) {
    const perWord = words.map((w) => candidatesFor(idx, w));
    const [first, ...rest] = perWord.sort((a, b) => a.size - b.size);
    candidates = [...first.keys()].filter((d) => rest.every((m) => m.has(d)));
    candidates.sort((a, b) => perWord.reduce((s, m) => s + (m.get(b) ?? 0), 0) - perWord.reduce((s, m) => s + (m.get(a) ?? 0), 0));
  } else {
    candidates = Object.keys(idx.meta.docs);
  }

  const hits: SearchHit[] = [];
  for (const id of candidates) {
    const doc = idx.meta.docs[id];
    if (!doc || !passesFilters(doc, q)) continue;
    if (!wanted.length && !excluded.length) {
      hits.push({ doc, score: 0, scores: { number: 0, title: 0, article: 0, frequency: 0 }, record: { id: `${id}#0`, path: '正文', title: doc.title }, snippet: { text: doc.title, marks: [] } });
      continue;
    }
    const texts = readTexts(idx.dir, doc.fileSha).docs[id];
    if (!texts) continue;
    const full = norm(texts.text);
    if (!wanted.every((w) => full.includes(w))) continue;
    if (excluded.some((w) => full.includes(w))) continue;
    const title = norm(doc.title);
    const titleHits = wanted.filter((w) => title.includes(w)).length;
    const numberHit = q.filters.no ? 1 : 0;
    let best = { id: `${id}#0`, words: -1, freq: -1 };
    for (const [recId, text] of Object.entries(texts.records)) {
      const t = norm(text);
      const w = wanted.filter((x) => t.includes(x)).length;
      const f = wanted.reduce((s, x) => s + count(t, x), 0);
      if (w > best.words || (w === best.words && f > best.freq)) best = { id: recId, words: w, freq: f };
    }
    const frequency = wanted.reduce((s, x) => s + count(full, x), 0);
    const scores = { number: numberHit, title: titleHits, article: Math.max(0, best.words), frequency };
    const score = 1000 * scores.number + 100 * scores.title + 10 * scores.article + Math.min(9, Math.log2(1 + frequency));
    const recNum = doc.recs.find((n) => idx.meta.records[n]?.key === best.id);
    const rec = (recNum !== undefined ? idx.meta.records[recNum] : undefined) ?? { path: '正文', title: doc.title };
    const recText = texts.records[best.id] ?? texts.text;
    hits.push({ doc, score: Math.round(score * 100) / 100, scores, record: { id: best.id, path: rec.path, title: rec.title }, snippet: makeSnippet(recText, words) });
  }
  hits.sort((a, b) => b.score - a.score || (b.doc.signDate ?? '').localeCompare(a.doc.signDate ?? '') || a.doc.id.localeCompare(b.doc.id));
  return hits.slice(0, limit);
}
