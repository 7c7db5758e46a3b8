/**
 * Run a query against a loaded index. FlexSearch (jieba tokens) proposes candidate records for each word
 * or phrase; a document qualifies when every word and phrase occurs in it verbatim (checked on its text,
 * spaces ignored) and no excluded word does, and it passes the filters. Ranking: 发文字号 hit, then how
 * many query words the title holds, then how many words the best single article holds, then how often
 * the words occur; ties go to the newer sign date.
 */
import type { LoadedIndex } from './indexStore.js';
import { readDocTexts, type DocTexts } from './indexStore.js';
import type { IndexDoc } from './records.js';
import { lookupTokens, queryTokens } from './segmenter.js';
import type { ParsedQuery } from './queryParser.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { normalizeDocNumber } from '../segment/docNumber.js';
import { makeResolver } from '../cite/resolve.js';
import { comparable, comparableText } from '../text/normalize.js';

export interface SearchHit {
  doc: IndexDoc;
  score: number;
  scores: { number: number; title: number; article: number; frequency: number };
  record: { id: string; path: string; title: string | null };
  snippet: Snippet;
}

const CANDIDATES = 5000;

/** cites: — the document cites that 发文字号 or title, or a citation of it resolves to the document numbered so. */
function citesTarget(idx: LoadedIndex, d: IndexDoc, target: string): boolean {
  const resolver = (idx.resolver ??= makeResolver(idx.meta.docs));
  const key = comparable(target);
  return (d.cites ?? []).some(([kind, title, number]) => {
    if (number && normalizeDocNumber(number) === target) return true;
    if (title && comparable(title) === key) return true;
    const r = resolver.resolve(kind, title, number, d.id);
    const to = r ? idx.meta.docs[r.doc] : undefined;
    return !!to && ((to.docNumber && normalizeDocNumber(to.docNumber) === target) || comparable(to.title) === key);
  });
}

function passesFilters(d: IndexDoc, q: ParsedQuery, idx?: LoadedIndex): boolean {
  const f = q.filters;
  if (f.cites && (!idx || !citesTarget(idx, d, f.cites))) return false;
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

/** Documents FlexSearch proposes for one word (all its tokens, else any), with a rank-based weight. */
function candidatesFor(idx: LoadedIndex, word: string): Map<string, number> {
  const tokens = lookupTokens(idx.seg, word);
  const docs = new Map<string, number>();
  if (!tokens.length) return docs;
  // all of the word's tokens first; only when no document holds them all, any of them (suggest)
  let results = idx.flex.search(tokens.join(' '), { limit: CANDIDATES } as never) as unknown as { field: string; result: number[] }[];
  if (!results.some((r) => r.result.length)) results = idx.flex.search(tokens.join(' '), { limit: CANDIDATES, suggest: true } as never) as unknown as { field: string; result: number[] }[];
  for (const r of results) {
    r.result.forEach((num, rank) => {
      const doc = idx.meta.byNum[num];
      if (!doc) return;
      const weight = (r.field === 'title' ? 2 : 1) * (CANDIDATES - rank);
      docs.set(doc, Math.max(docs.get(doc) ?? 0, weight));
    });
  }
  return docs;
}

/** Candidates of an OR group: any member's, with the best weight. */
function unionOf(maps: Map<string, number>[]): Map<string, number> {
  if (maps.length === 1) return maps[0];
  const out = new Map<string, number>();
  for (const m of maps) for (const [d, w] of m) out.set(d, Math.max(out.get(d) ?? 0, w));
  return out;
}

/** How many more candidates are checked, once `limit` hits are found, to order those hits well. */
const LOOKAHEAD = 1;

export function search(idx: LoadedIndex, q: ParsedQuery, limit = 10): SearchHit[] {
  const norm = comparableText;
  // each group needs one of its members: a word or phrase alone, or the members of an A OR B group
  const groups = [...q.terms, ...q.phrases].map((w) => [w]).concat(q.alternatives ?? []);
  const words = groups.flat();
  const wantedGroups = groups.map((g) => g.map(norm).filter(Boolean)).filter((g) => g.length);
  const wanted = wantedGroups.flat();
  const excluded = q.excludes.map(norm).filter(Boolean);

  // Filters only: every document that passes, newest first.
  if (!wanted.length && !excluded.length) {
    return Object.values(idx.meta.docs)
      .filter((d) => passesFilters(d, q, idx))
      .sort((a, b) => (b.signDate ?? '').localeCompare(a.signDate ?? '') || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((doc) => ({ doc, score: 0, scores: { number: q.filters.no ? 1 : 0, title: 0, article: 0, frequency: 0 }, record: { id: `${doc.id}#0`, path: '正文', title: doc.title }, snippet: { text: doc.title, marks: [] } }));
  }

  // Candidates: documents proposed for every word (all documents when only exclusions are given).
  let weighted: [string, number][];
  if (wanted.length) {
    const perWord = groups.map((g) => unionOf(g.map((w) => candidatesFor(idx, w)))).sort((a, b) => a.size - b.size);
    const [first, ...rest] = perWord;
    weighted = [...first.keys()].filter((d) => rest.every((m) => m.has(d))).map((d) => [d, perWord.reduce((s, m) => s + (m.get(d) ?? 0), 0)]);
  } else {
    weighted = Object.keys(idx.meta.docs).map((d) => [d, 0]);
  }
  // An excluded word that is one whole token: documents holding that token certainly contain the word,
  // so they are dropped without reading their text (the others are still checked below).
  const surelyExcluded = new Set<string>();
  for (const w of q.excludes) {
    const tokens = queryTokens(idx.seg, w);
    if (tokens.length !== 1 || tokens[0] !== norm(w)) continue;
    const res = idx.flex.search(tokens[0], { limit: 1_000_000 } as never) as unknown as { result: number[] }[];
    for (const r of res) for (const num of r.result) surelyExcluded.add(idx.meta.byNum[num]);
  }
  // Order by what the metadata already tells (title hits), then by FlexSearch's rank; verify lazily.
  const pre = weighted
    .map(([id, w]) => ({ doc: idx.meta.docs[id], w }))
    .filter((c) => c.doc && !surelyExcluded.has(c.doc.id) && passesFilters(c.doc, q, idx))
    .map((c) => ({ ...c, title: wanted.filter((x) => norm(c.doc.title).includes(x)).length }))
    .sort((a, b) => b.title - a.title || b.w - a.w);

  // Phase 1: verify candidates on their comparable text (cheap), in pre-rank order, with an early stop.
  interface Verified { doc: IndexDoc; title: number; frequency: number; texts: DocTexts }
  const verified: Verified[] = [];
  let extra = 0;
  for (const c of pre) {
    if (verified.length >= limit) {
      const floor = verified.map((h) => h.title).sort((a, b) => b - a)[limit - 1];
      if (c.title < floor || extra++ >= limit * LOOKAHEAD) break;
    }
    const texts = readDocTexts(idx.dir, c.doc.id);
    const full = texts.cmp;
    if (!wantedGroups.every((g) => g.some((w) => full.includes(w)))) continue;
    if (excluded.some((w) => full.includes(w))) continue;
    verified.push({ doc: c.doc, title: c.title, frequency: wanted.reduce((s, x) => s + count(full, x), 0), texts });
  }
  // Phase 2: the best article of the documents that can still make the list, and the final score.
  const base = (v: Verified) => 1000 * (q.filters.no ? 1 : 0) + 100 * v.title + Math.min(9, Math.log2(1 + v.frequency));
  verified.sort((a, b) => base(b) - base(a));
  const hits: SearchHit[] = [];
  for (const v of verified.slice(0, limit * 2)) {
    let best = { rec: v.texts.records[0], words: -1, freq: -1 };
    for (const rec of v.texts.records) {
      const t = norm(rec.text);
      const w = wanted.filter((x) => t.includes(x)).length;
      const f = wanted.reduce((s, x) => s + count(t, x), 0);
      if (w > best.words || (w === best.words && f > best.freq)) best = { rec, words: w, freq: f };
    }
    const scores = { number: q.filters.no ? 1 : 0, title: v.title, article: Math.max(0, best.words), frequency: v.frequency };
    const score = base(v) + 10 * scores.article;
    const rec = best.rec ?? { key: `${v.doc.id}#0`, path: '正文', title: v.doc.title, text: v.doc.title };
    hits.push({ doc: v.doc, score: Math.round(score * 100) / 100, scores, record: { id: rec.key, path: rec.path, title: rec.title }, snippet: makeSnippet(rec.text || v.doc.title, words) });
  }
  hits.sort((a, b) => b.score - a.score || (b.doc.signDate ?? '').localeCompare(a.doc.signDate ?? '') || a.doc.id.localeCompare(b.doc.id));
  return hits.slice(0, limit);
}
