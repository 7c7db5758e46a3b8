/**
 * Run a query against the SQLite index. FTS5 finds the documents holding every word or phrase (each an
 * exact phrase of bigrams, see bigramTokens.ts) and none of the excluded words, within the filters (SQL on
 * the document rows). Words the tokens cannot decide exactly (punctuation inside a word, a jieba index) are
 * verified on the document text. Ranking: 发文字号 hit, then how many query words the title holds, then how
 * many words the best single article holds, then how often the words occur; ties go to the newer sign date.
 * Very common words are bounded: up to CAP matches are ranked by bm25, past that the title matches and
 * the most recently indexed ones are the candidates.
 */
import { citationsOf, DOC_COLUMNS, docFromRow, documentAt, type LoadedIndex } from './indexStore.js';
import { docRecords, fullText, type IndexDoc, type IndexRecord } from './records.js';
import type { ParsedQuery } from './queryParser.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { comparableText } from '../text/normalize.js';
import { append } from '../util/arrays.js';

export interface SearchHit {
  doc: IndexDoc;
  score: number;
  scores: { number: number; title: number; article: number; frequency: number };
  /** The record (article, item, issued text) that matched best, and the source line it starts on. */
  record: { id: string; path: string; title: string | null; line: number | null };
  snippet: Snippet;
}

/** Matches ranked by bm25 before the bounded path takes over. */
const CAP = 2000;
/** Candidates taken on the bounded path (title matches, then the most recent). */
const BOUNDED = 200;
/** Newest documents a filter-only query looks through, in date order, before it sorts all its matches. */
const DATE_PROBE = 2000;

/** Columns of `docs` with an index whose distinct values a filter picks from. */
type ValueColumn = 'doc_type' | 'issuer' | 'section';

/**
 * The distinct values of an indexed column that a filter accepts (type:方案 → 实施方案, issuer:审批 → every
 * issuer containing it), read from the column's index one seek per distinct value; null when the filter takes
 * more than half of them (then reading the rows through the index costs more than checking every row).
 * A selective filter becomes an index lookup instead of a scan of every document row (type:函 at 100k: 23 → ~1.5 ms).
 */
function valuesWhere(idx: LoadedIndex, column: ValueColumn, accept: (v: string) => boolean): string[] | null {
  const distinct = idx.db.prepare(`WITH RECURSIVE t(v) AS (SELECT min(${column}) FROM docs UNION ALL SELECT (SELECT min(${column}) FROM docs WHERE ${column} > t.v) FROM t WHERE t.v IS NOT NULL) SELECT v FROM t WHERE v IS NOT NULL`).pluck().all() as string[];
  const taken = distinct.filter(accept);
  return taken.length * 2 <= distinct.length ? taken : null;
}

/**
 * The filters as an SQL condition on `docs` with its parameters; `selective` when one of them names a few
 * documents (no:, cites:), which an index answers faster than a date-ordered scan. (A short list of values is
 * not: type:通知 is one 文种 of five and most documents.)
 */
function filterSql(idx: LoadedIndex, q: ParsedQuery): { where: string; params: unknown[]; selective: boolean } {
  const f = q.filters;
  const where: string[] = [];
  const params: unknown[] = [];
  const selective = !!(f.cites || f.no);
  const add = (sql: string, ...p: unknown[]) => {
    where.push(sql);
    append(params, p);
  };
  // cites: — documents that cite that 发文字号 or title, or whose citation resolves to the document numbered or titled so
  if (f.cites) add('docs.num IN (SELECT value FROM json_each(?))', JSON.stringify(citationsOf(idx).citingTarget(f.cites)));
  if (f.no) add('docs.number_key = ?', f.no);
  /** A filter on a column's value: the accepted values as a list when few, else the condition on every row. */
  const oneOf = (column: ValueColumn, accept: (v: string) => boolean, rowSql: string, ...p: unknown[]) => {
    const values = valuesWhere(idx, column, accept);
    if (values) add(`docs.${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
    else add(rowSql, ...p);
  };
  if (f.issuer) oneOf('issuer', (v) => v.includes(f.issuer!), 'instr(docs.issuer, ?) > 0', f.issuer);
  if (f.type) oneOf('doc_type', (v) => v.endsWith(f.type!), '(docs.doc_type = ? OR substr(docs.doc_type, -length(?)) = ?)', f.type, f.type, f.type);
  if (f.year) add('docs.year = ?', f.year);
  if (f.from) add('docs.sign_date >= ?', f.from);
  if (f.to) add('docs.sign_date <= ?', f.to);
  if (f.section) oneOf('section', (v) => v.includes(f.section!), 'instr(docs.section, ?) > 0', f.section);
  return { where: where.length ? where.join(' AND ') : '1', params, selective };
}

/** The sign-date range the year:/from:/to: filters allow (ISO dates, inclusive), for a scan of the date index. */
function dateRange(q: ParsedQuery): { sql: string; params: string[] } {
  const f = q.filters;
  const lo = [f.from, f.year ? `${f.year}-01-01` : undefined].filter((x): x is string => !!x).sort().pop();
  const hi = [f.to, f.year ? `${f.year}-12-31` : undefined].filter((x): x is string => !!x).sort()[0];
  const conds = [lo ? 'sign_date >= ?' : null, hi ? 'sign_date <= ?' : null].filter(Boolean);
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params: [lo, hi].filter((x): x is string => !!x) };
}

function count(hay: string, needle: string): number {
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Row = Parameters<typeof docFromRow>[0];

interface MatchPlan {
  /** One FTS5 expression per group that the tokens can decide (an OR of its members' phrases). */
  groupExprs: string[];
  /** The excluded words the tokens decide exactly, as one OR expression. */
  notExpr: string | null;
  /** Must candidates be checked on their text for the wanted words? */
  verifyWanted: boolean;
  /** Excluded words decided on the text. */
  verifyExcludes: string[];
  /** Groups of one-character words, decided on the `chars` table: one expression (AND of ORs), or null. */
  charMatch: string | null;
}

/** The FTS5 expression: every group (an OR of its members' phrases), NOT any excluded word; what is left to the text. */
function matchPlan(idx: LoadedIndex, wantedGroups: string[][], excludes: string[], anyPunctuation?: string[]): MatchPlan {
  const tok = idx.tokenizer;
  const groupExprs: string[] = [];
  const charGroups: string[] = [];
  let verifyWanted = false;
  for (const g of wantedGroups) {
    // the forms of one word that differ only in punctuation: one phrase, no text to read when the index keeps order
    if (g === anyPunctuation && g.every((w) => tok.exactButPunctuation(w))) {
      groupExprs.push([...new Set(g.map((w) => tok.wordExpr(w)!))].join(' OR '));
      continue;
    }
    const chars = tok.charExpr ? g.map((w) => tok.charExpr!(w)) : [];
    if (chars.length && chars.every((c) => c !== null)) {
      charGroups.push(`(${chars.join(' OR ')})`);
      continue;
    }
    const exprs = g.map((w) => tok.wordExpr(w));
    if (exprs.some((e) => e === null)) verifyWanted = true; // a member without tokens: decided on the text
    else groupExprs.push(exprs.length > 1 ? `(${exprs.join(' OR ')})` : exprs[0]!);
    if (g.some((w) => !tok.exact(w))) verifyWanted = true;
  }
  // excluded words FTS5 decides alone, and those whose matches surely hold them (taken out first, the rest
  // checked on the text: a jieba word may be cut differently inside a longer one)
  const exactExcludes = excludes.filter((w) => tok.exact(w) && tok.wordExpr(w));
  const verifyExcludes = excludes.filter((w) => !exactExcludes.includes(w));
  const notWords = excludes.filter((w) => tok.wordExpr(w) && (exactExcludes.includes(w) || tok.matchImpliesWord(w)));
  const notExpr = notWords.length ? notWords.map((w) => tok.wordExpr(w)!).join(' OR ') : null;
  return { groupExprs, notExpr, verifyWanted, verifyExcludes, charMatch: charGroups.length ? charGroups.join(' AND ') : null };
}

/** The SQL condition on docs.num for the one-character groups. */
const CHARS_COND = 'docs.num IN (SELECT rowid FROM chars WHERE chars MATCH ?)';
/** The SQL condition on docs.num for the excluded words. */
const NOT_COND = 'docs.num NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)';

/** The query's words and exclusions in comparable form (empty members dropped); the group of `anyPunctuation` too. */
function queryWords(q: ParsedQuery): { wantedGroups: string[][]; excludes: string[]; anyPunctuation?: string[] } {
  const groups = [...q.terms, ...q.phrases].map((w) => [w]).concat(q.alternatives ?? []).map((g) => g.filter((w) => comparableText(w)));
  const anyPunctuation = q.anyPunctuation?.filter((w) => comparableText(w));
  if (anyPunctuation?.length) groups.push(anyPunctuation);
  return { wantedGroups: groups.filter((g) => g.length), excludes: q.excludes.filter((w) => comparableText(w)), ...(anyPunctuation?.length ? { anyPunctuation } : {}) };
}

/**
 * Every document matching the words of a query (no filters, no ranking, no limit): what the bench and the
 * tests compare with a substring scan of the texts.
 */
export function matchingDocs(idx: LoadedIndex, q: ParsedQuery): Set<string> {
  const { wantedGroups, excludes, anyPunctuation } = queryWords(q);
  const { groupExprs, notExpr, verifyWanted, verifyExcludes, charMatch } = matchPlan(idx, wantedGroups, excludes, anyPunctuation);
  const chars = charMatch ? [charMatch] : [];
  let rows: { num: number; id: string }[];
  if (groupExprs.length) rows = idx.db.prepare(`SELECT docs.num, docs.id FROM fts JOIN docs ON docs.num = fts.rowid WHERE fts MATCH ?${charMatch ? ` AND ${CHARS_COND}` : ''}`).all(groupExprs.join(' AND ') + (notExpr ? ` NOT (${notExpr})` : ''), ...chars) as typeof rows;
  else {
    const where = [...(charMatch ? [CHARS_COND] : []), ...(notExpr ? [NOT_COND] : [])];
    rows = idx.db.prepare(`SELECT num, id FROM docs${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`).all(...chars, ...(notExpr ? [notExpr] : [])) as typeof rows;
  }
  if (!verifyWanted && !verifyExcludes.length) return new Set(rows.map((r) => r.id));
  const out = new Set<string>();
  for (const r of rows) {
    const cmp = comparableText(fullText(documentAt(idx, r.num)));
    if (wantedGroups.every((g) => g.some((w) => cmp.includes(comparableText(w)))) && !excludes.some((w) => cmp.includes(comparableText(w)))) out.add(r.id);
  }
  return out;
}

/** How many documents a query matches: exact up to CAP; past it, or where words are checked on the text, a bound. */
export interface SearchTotal {
  count: number;
  /** `exact`: the count; `at-least`: more than CAP match; `at-most`: before checking the words on the texts. */
  kind: 'exact' | 'at-least' | 'at-most';
}

/** The number of documents `search` would rank for a query, counted in SQL (the texts are not read). */
export function searchTotal(idx: LoadedIndex, q: ParsedQuery): SearchTotal {
  if (q.bareNumber) {
    // the documents that print the number, and the document itself (which nearly always prints it too): a
    // number is rare, so the two sets are read and joined
    const { own, mentions } = numberQueries(q);
    const printing = searchTotal(idx, mentions);
    if (printing.kind === 'at-least') return printing;
    // (matchingDocs reads no filters: with filters, the two counts added are an upper bound)
    if (Object.values(q.filters).some((v) => v !== undefined)) return { count: Math.min(CAP, printing.count + searchTotal(idx, own).count), kind: 'at-most' };
    const ids = matchingDocs(idx, mentions);
    for (const h of rankedSearch(idx, own, CAP)) ids.add(h.doc.id);
    return { count: ids.size, kind: 'exact' };
  }
  const { wantedGroups, excludes, anyPunctuation } = queryWords(q);
  const filters = filterSql(idx, q);
  const bounded = (sql: string, params: unknown[]): SearchTotal => {
    const n = (idx.db.prepare(`SELECT count(*) AS n FROM (${sql} LIMIT ${CAP + 1})`).get(...params) as { n: number }).n;
    return n > CAP ? { count: CAP, kind: 'at-least' } : { count: n, kind: 'exact' };
  };
  if (!wantedGroups.length && !excludes.length) return bounded(`SELECT 1 FROM docs WHERE ${filters.where}`, filters.params);
  const { groupExprs, notExpr, verifyWanted, verifyExcludes, charMatch } = matchPlan(idx, wantedGroups, excludes, anyPunctuation);
  const chars = charMatch ? [charMatch] : [];
  let total: SearchTotal;
  if (groupExprs.length) {
    const where = charMatch ? `${filters.where} AND ${CHARS_COND}` : filters.where;
    total = bounded(`SELECT 1 FROM fts JOIN docs ON docs.num = fts.rowid WHERE fts MATCH ? AND ${where}`, [groupExprs.join(' AND ') + (notExpr ? ` NOT (${notExpr})` : ''), ...filters.params, ...chars]);
  } else {
    const not = notExpr ? ` AND ${NOT_COND}` : '';
    const from = charMatch ? `FROM chars JOIN docs ON docs.num = chars.rowid WHERE chars MATCH ? AND ${filters.where}${not}` : `FROM docs WHERE ${filters.where}${not}`;
    total = bounded(`SELECT 1 ${from}`, [...chars, ...filters.params, ...(notExpr ? [notExpr] : [])]);
  }
  // words checked on the text (punctuation inside a word, exclusions FTS cannot decide) leave an upper bound
  return total.kind === 'exact' && (verifyWanted || verifyExcludes.length) ? { ...total, kind: 'at-most' } : total;
}

/** A `cites:` hit points at the sentence that cites the target, in the record (article) that holds it. */
function citingHit(idx: LoadedIndex, hit: SearchHit, target: string): SearchHit {
  const d = documentAt(idx, hit.doc.num);
  const c = citationsOf(idx).citationOf(d.id, d.citations ?? [], target);
  if (!c) return hit;
  const head = comparableText(c.sentence.replace(/…$/, '')).slice(0, 40);
  const rec = docRecords(d).find((r) => comparableText(r.text).includes(head));
  return { ...hit, record: rec ? { id: rec.id, path: rec.path, title: rec.title, line: rec.line } : hit.record, snippet: makeSnippet(c.sentence, [c.title ?? '', c.docNumber ?? ''].filter(Boolean), 80) };
}

/** The ways a 发文字号 is printed in running text: 〔〕 (GB/T 9704), [], ［］, 【】, （）. */
function printedForms(number: string): string[] {
  // 机关代字〔年份〕序号号, split around the year's brackets
  const m = /^(.*)〔(\d{4})〕(.*)$/.exec(number);
  if (!m) return [number];
  return [['〔', '〕'], ['[', ']'], ['［', '］'], ['【', '】'], ['（', '）']].map(([a, b]) => `${m[1]}${a}${m[2]}${b}${m[3]}`);
}

/** The query a bare 发文字号 stands for: the document itself (`no:`), or the documents that print it. */
function numberQueries(q: ParsedQuery): { own: ParsedQuery; mentions: ParsedQuery } {
  const rest = { ...q, bareNumber: undefined };
  return {
    own: { ...rest, filters: { ...q.filters, no: q.bareNumber } },
    mentions: { ...rest, anyPunctuation: printedForms(q.bareNumber!) },
  };
}

export function search(idx: LoadedIndex, q: ParsedQuery, limit = 10): SearchHit[] {
  if (!q.bareNumber) return rankedSearch(idx, q, limit);
  // the document with the number first, then those that mention it (its own text prints it too: once)
  const { own, mentions } = numberQueries(q);
  const first = rankedSearch(idx, own, limit);
  const ids = new Set(first.map((h) => h.doc.id));
  const more = first.length < limit ? rankedSearch(idx, mentions, limit).filter((h) => !ids.has(h.doc.id)) : [];
  return [...first, ...more].slice(0, limit);
}

function rankedSearch(idx: LoadedIndex, q: ParsedQuery, limit: number): SearchHit[] {
  const norm = comparableText;
  // each group needs one of its members: a word or phrase alone, or the members of an A OR B group
  const { wantedGroups, excludes, anyPunctuation } = queryWords(q);
  const words = wantedGroups.flat();
  const wanted = words.map(norm);
  const filters = filterSql(idx, q);
  const cols = DOC_COLUMNS.split(', ').map((c) => `docs.${c}`).join(', ');

  // Filters only: every document that passes, newest first (NULL dates sort last in descending order).
  if (!wantedGroups.length && !excludes.length) {
    // a filter most documents pass (year:2021, issuer:人民政府) finds its first rows among the newest few
    // thousand of its date range, read in the order of the date index without sorting; a rarer one (or a
    // lookup by value) sorts its matches. Documents without a date come after every dated one, so when the
    // dated rows fill the page they are the page.
    const page = (from: string, extra: string[]) => idx.db.prepare(`SELECT ${cols} FROM ${from} WHERE ${filters.where} ORDER BY docs.sign_date DESC, docs.id LIMIT ?`).all(...extra, ...filters.params, limit) as Row[];
    let rows: Row[] = [];
    if (!filters.selective) {
      const range = dateRange(q);
      rows = page(`(SELECT * FROM docs INDEXED BY docs_date ${range.sql} ORDER BY sign_date DESC, id LIMIT ${DATE_PROBE}) AS docs`, range.params);
    }
    if (rows.length < limit) rows = page('docs', []);
    return rows.map(docFromRow).map((doc) => {
      const hit: SearchHit = { doc, score: 0, scores: { number: q.filters.no ? 1 : 0, title: 0, article: 0, frequency: 0 }, record: { id: `${doc.id}#0`, path: '正文', title: doc.title, line: null }, snippet: { text: doc.title, marks: [] } };
      return q.filters.cites ? citingHit(idx, hit, q.filters.cites) : hit;
    });
  }

  const { groupExprs, notExpr, verifyWanted, verifyExcludes, charMatch } = matchPlan(idx, wantedGroups, excludes, anyPunctuation);

  // candidates: num, how many wanted words the title holds, bm25; the rows of the few hits are read after
  const titleHits = wanted.length ? wanted.map(() => '(instr(docs.title_key, ?) > 0)').join(' + ') : '0';
  let candidates: { num: number; t: number; r: number }[];
  if (groupExprs.length) {
    const match = groupExprs.join(' AND ') + (notExpr ? ` NOT (${notExpr})` : '');
    // one-character words are a condition on the document rows, like the filters
    const where = charMatch ? `${filters.where} AND ${CHARS_COND}` : filters.where;
    const params = charMatch ? [...filters.params, charMatch] : filters.params;
    const from = `FROM fts JOIN docs ON docs.num = fts.rowid WHERE fts MATCH ? AND ${where}`;
    // the matches newest first, up to CAP + 1, without bm25 (computing it for thousands of rows is the cost of
    // common words): how many there are, and on the bounded path the most recently indexed of them
    // (without conditions on the document rows, the FTS5 rowids alone: every one is a docs.num)
    const newestSql = where === '1' ? `SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT ${CAP + 1}` : `SELECT docs.num ${from} ORDER BY fts.rowid DESC LIMIT ${CAP + 1}`;
    const newest = idx.db.prepare(newestSql).pluck().all(match, ...params) as number[];
    if (newest.length <= CAP) {
      candidates = idx.db.prepare(`SELECT docs.num, ${titleHits} AS t, bm25(fts, 5.0, 1.0) AS r ${from}`).all(...wanted, match, ...params) as typeof candidates;
    } else {
      // very common words: the documents whose title holds them, then the most recently indexed
      const inTitle = idx.db.prepare(`SELECT docs.num, ${titleHits} AS t, 0 AS r ${from} LIMIT ${BOUNDED}`).all(...wanted, `title : (${groupExprs.join(' AND ')})${notExpr ? ` NOT (${notExpr})` : ''}`, ...params) as typeof candidates;
      const seen = new Set(inTitle.map((r) => r.num));
      const recent = newest.slice(0, BOUNDED).filter((n) => !seen.has(n));
      // their title hits in one query over those rows
      const titled = idx.db.prepare(`SELECT docs.num, ${titleHits} AS t, 0 AS r FROM docs WHERE docs.num IN (SELECT value FROM json_each(?)) ORDER BY docs.num DESC`).all(...wanted, JSON.stringify(recent)) as typeof candidates;
      candidates = [...inTitle, ...titled];
    }
  } else {
    // only one-character words, exclusions or words without tokens: the documents within the conditions, newest
    // first; past CAP of them the most recently indexed (sorting 100k rows by date is the cost otherwise)
    const not = notExpr ? ` AND ${NOT_COND}` : '';
    // one-character words: `chars` drives (its rows stream in rowid order, newest first without a sort)
    const from = charMatch ? `FROM chars JOIN docs ON docs.num = chars.rowid WHERE chars MATCH ? AND ${filters.where}${not}` : `FROM docs WHERE ${filters.where}${not}`;
    const args = [...(charMatch ? [charMatch] : []), ...filters.params, ...(notExpr ? [notExpr] : [])];
    const matches = (idx.db.prepare(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${CAP + 1})`).get(...args) as { n: number }).n;
    const order = matches <= CAP ? `ORDER BY docs.sign_date IS NULL, docs.sign_date DESC, docs.id LIMIT ${CAP}` : `ORDER BY ${charMatch ? 'chars.rowid' : 'docs.num'} DESC LIMIT ${BOUNDED}`;
    candidates = idx.db.prepare(`SELECT docs.num, ${titleHits} AS t, 0 AS r ${from} ${order}`).all(...wanted, ...args) as typeof candidates;
  }
  const rowOf = idx.db.prepare(`SELECT ${cols} FROM docs WHERE num = ?`);

  // Pre-rank: title hits first, then bm25 (then the order the rows came in); texts are read lazily.
  const pre = candidates.map((c, i) => ({ ...c, i })).sort((a, b) => b.t - a.t || a.r - b.r || a.i - b.i);
  /** A record with how many of the wanted words it holds and how often they occur in it. */
  interface Counted { rec: IndexRecord; words: number; freq: number }
  interface Verified { doc: IndexDoc; title: number; frequency: number; records: Counted[] }
  const verified: Verified[] = [];
  const needText = verifyWanted || verifyExcludes.length > 0;
  for (const c of pre) {
    // candidates come in title-then-bm25 order: the first `limit` that hold the words are the hits (reading
    // more texts to re-rank them costs ~0.5 ms each, a cold command's budget is a few ms)
    if (verified.length >= limit) break;
    const d = documentAt(idx, c.num);
    if (needText) {
      // decided on the whole text, as matchingDocs does
      const cmp = norm(fullText(d));
      if (!wantedGroups.every((g) => g.some((w) => cmp.includes(norm(w))))) continue;
      if (excludes.some((w) => cmp.includes(norm(w)))) continue;
    }
    // each record counted once: the counts rank the records and sum to the document's (record 0 holds the title)
    const records = docRecords(d).map((rec): Counted => {
      const t = norm(rec.text);
      return { rec, words: wanted.filter((x) => t.includes(x)).length, freq: wanted.reduce((n, x) => n + count(t, x), 0) };
    });
    const frequency = records.reduce((s, r) => s + r.freq, 0);
    verified.push({ doc: docFromRow(rowOf.get(c.num) as Row), title: c.t, frequency, records });
  }
  const base = (v: Verified) => 1000 * (q.filters.no ? 1 : 0) + 100 * v.title + Math.min(9, Math.log2(1 + v.frequency));
  const hits: SearchHit[] = verified.map((v) => {
    // the best record: most wanted words, then most occurrences, then the first
    let best: Counted = { rec: v.records[0].rec, words: -1, freq: -1 };
    for (const r of v.records) if (r.words > best.words || (r.words === best.words && r.freq > best.freq)) best = r;
    const scores = { number: q.filters.no ? 1 : 0, title: v.title, article: Math.max(0, best.words), frequency: v.frequency };
    const score = base(v) + 10 * scores.article;
    const rec = best.rec;
    return { doc: v.doc, score: Math.round(score * 100) / 100, scores, record: { id: rec.id, path: rec.path, title: rec.title, line: rec.line }, snippet: makeSnippet(rec.text || v.doc.title, words) };
  });
  // code-point order: localeCompare would load ICU's collator (~8 ms of a cold command) for ASCII dates and ids
  hits.sort((a, b) => b.score - a.score || byCodePoint(b.doc.signDate ?? '', a.doc.signDate ?? '') || byCodePoint(a.doc.id, b.doc.id));
  return hits.slice(0, limit);
}
