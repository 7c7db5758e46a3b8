/**
 * Citations answered in SQL on the index (`refs`, `refs --cited-by`, `search cites:`), without reading every
 * document row:
 *   titles(id, num, key, issued)   each document's title (issued 0) and the titles of the texts it issues (1), in
 *                              the resolver's key form (titleKey)
 *   cites(id, num, kind, title, number, number_key, title_key)   each citation of another document
 *   title_grams, cite_grams    FTS5 (rowids only) over the bigrams of the title keys, of titles and of the
 *                              citations without a number; their fts5vocab tables count the rows per bigram
 * The resolver here gives the same answers as makeResolver over the whole index (test/search/citationIndex):
 * the last indexed document of a 发文字号 or title wins, then issued texts, then the most similar title
 * (≥ TITLE_SIMILARITY), whose candidates are the rows holding one of the key's rarest bigrams (a pigeonhole
 * bound says how many: probeCount) instead of postings of every title in memory.
 */
import type Database from 'better-sqlite3';
import { sharesEnoughBigrams, TITLE_SIMILARITY, titleKey, type Resolver } from '../cite/resolve.js';
import { distinctBigrams, titleSimilarity } from '../text/similarity.js';
import { normalizeDocNumber } from '../text/docNumber.js';

// titles.id and cites.id are the rowids of their gram rows: declared INTEGER PRIMARY KEY so that a VACUUM
// cannot renumber them
export const CITATION_SCHEMA = `
CREATE TABLE titles(id INTEGER PRIMARY KEY, num INTEGER NOT NULL, key TEXT NOT NULL, issued INTEGER NOT NULL);
CREATE INDEX titles_num ON titles(num);
CREATE INDEX titles_key ON titles(key);
CREATE VIRTUAL TABLE title_grams USING fts5(g, content='', contentless_delete=1, detail=none, tokenize='ascii');
CREATE VIRTUAL TABLE title_gram_counts USING fts5vocab(title_grams, row);
CREATE TABLE cites(id INTEGER PRIMARY KEY, num INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT, number TEXT, number_key TEXT, title_key TEXT);
CREATE INDEX cites_num ON cites(num);
CREATE INDEX cites_number ON cites(number_key) WHERE number_key IS NOT NULL;
CREATE INDEX cites_title ON cites(title_key);
CREATE VIRTUAL TABLE cite_grams USING fts5(g, content='', contentless_delete=1, detail=none, tokenize='ascii');
CREATE VIRTUAL TABLE cite_gram_counts USING fts5vocab(cite_grams, row);
`;
/** Dropped before the schema is made again (vocabulary tables before the tables they read). */
export const CITATION_TABLES = ['title_gram_counts', 'cite_gram_counts', 'title_grams', 'cite_grams', 'titles', 'cites'];

/** A bigram as one FTS5 token: each character's code point in base 36, four digits (letters and digits only). */
export function gramToken(g: string): string {
  let out = '';
  for (const ch of g) out += (ch.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
  return out;
}

/** The tokens of a key's distinct bigrams, for the gram tables. */
function gramText(key: string): string {
  return distinctBigrams(key).map(gramToken).join(' ');
}

const statements = new WeakMap<Database.Database, Record<string, Database.Statement>>();
function prepared(db: Database.Database): Record<string, Database.Statement> {
  let s = statements.get(db);
  if (!s) {
    s = {
      title: db.prepare('INSERT INTO titles(num, key, issued) VALUES (?, ?, ?)'),
      titleGrams: db.prepare('INSERT INTO title_grams(rowid, g) VALUES (?, ?)'),
      cite: db.prepare('INSERT INTO cites(num, kind, title, number, number_key, title_key) VALUES (?, ?, ?, ?, ?, ?)'),
      citeGrams: db.prepare('INSERT INTO cite_grams(rowid, g) VALUES (?, ?)'),
      dropTitleGrams: db.prepare('DELETE FROM title_grams WHERE rowid IN (SELECT rowid FROM titles WHERE num = ?)'),
      dropCiteGrams: db.prepare('DELETE FROM cite_grams WHERE rowid IN (SELECT rowid FROM cites WHERE num = ?)'),
      dropTitles: db.prepare('DELETE FROM titles WHERE num = ?'),
      dropCites: db.prepare('DELETE FROM cites WHERE num = ?'),
    };
    statements.set(db, s);
  }
  return s;
}

/** A document's rows of the citation tables, made where the file is prepared (a pool worker), off the writer. */
export interface CitationRows {
  titles: { key: string; issued: 0 | 1; grams: string }[];
  cites: { kind: string; title: string | null; number: string | null; numberKey: string | null; titleKey: string | null; grams: string | null }[];
}

export function citationRows(doc: { title: string; issued: string[]; cites?: [string, string | null, string | null][] }): CitationRows {
  const title = (t: string, issued: 0 | 1) => {
    const key = titleKey(t);
    return { key, issued, grams: gramText(key) };
  };
  return {
    titles: [title(doc.title, 0), ...doc.issued.map((t) => title(t, 1))],
    cites: (doc.cites ?? []).map(([kind, t, number]) => {
      const key = t ? titleKey(t) : null;
      // only a citation without a number can resolve by a similar title
      return { kind, title: t, number, numberKey: number ? normalizeDocNumber(number) : null, titleKey: key, grams: key && !number ? gramText(key) : null };
    }),
  };
}

/** Write document `num`'s title rows and citation rows (inside the writer's transaction). */
export function writeCitations(db: Database.Database, num: number | bigint, rows: CitationRows): void {
  const s = prepared(db);
  for (const t of rows.titles) s.titleGrams.run(s.title.run(num, t.key, t.issued).lastInsertRowid, t.grams);
  for (const c of rows.cites) {
    const row = s.cite.run(num, c.kind, c.title, c.number, c.numberKey, c.titleKey).lastInsertRowid;
    if (c.grams !== null) s.citeGrams.run(row, c.grams);
  }
}

/** Delete document `num`'s title and citation rows. */
export function deleteCitations(db: Database.Database, num: number): void {
  const s = prepared(db);
  s.dropTitleGrams.run(num);
  s.dropCiteGrams.run(num);
  s.dropTitles.run(num);
  s.dropCites.run(num);
}

/**
 * How many distinct bigrams of `key` cannot all be missing from a title at least TITLE_SIMILARITY similar to it.
 * Similarity is the Dice coefficient of the bigram multisets: s = 2I/(a+b) ≥ t with I ≤ min(a,b) gives
 * b ≥ a·t/(2−t) and I ≥ a·t/(2−t), so at most a·(1 − t/(2−t)) of key's a bigrams are missing from such a
 * title; any that many plus one distinct bigrams cannot all be. 0 when the key has no bigram (nothing is similar).
 */
export function probeCount(key: string, t = TITLE_SIMILARITY): number {
  const a = Math.max(0, key.length - 1);
  const distinct = distinctBigrams(key).length;
  return Math.min(distinct, Math.floor(a * (1 - t / (2 - t)) + 1e-9) + 1);
}

/** makeResolver's pre-check on two keys: enough distinct bigrams shared to be worth a similarity. */
function closeEnough(a: string, b: string): boolean {
  const x = new Set(distinctBigrams(a));
  const y = distinctBigrams(b);
  let shared = 0;
  for (const g of y) if (x.has(g)) shared++;
  return sharesEnoughBigrams(shared, x.size, y.length);
}

export interface CitationIndex extends Resolver {
  /** Numbers of the documents with a citation that resolves to document `num`. */
  citingDocs(num: number): number[];
  /** Numbers of the documents that `search cites:TARGET` finds (TARGET a normalised 发文字号 or a title). */
  citingTarget(target: string): number[];
  /** Is this normalised 发文字号 cited by some indexed document? */
  isCited(numberKey: string): boolean;
  /** The first of a document's citations that `cites:TARGET` finds it by (for the snippet of its hit). */
  citationOf<C extends { kind: string; title: string | null; docNumber: string | null }>(docId: string, citations: C[], target: string): C | null;
}

export function citationIndex(db: Database.Database): CitationIndex {
  const byNumber = db.prepare('SELECT id FROM docs WHERE number_key = ? ORDER BY num DESC LIMIT 1').pluck();
  const byKey = db.prepare('SELECT docs.id FROM titles JOIN docs ON docs.num = titles.num WHERE titles.key = ? AND titles.issued = ? ORDER BY titles.rowid DESC LIMIT 1').pluck();
  const titleCount = db.prepare('SELECT doc FROM title_gram_counts WHERE term = ?').pluck();
  const citeCount = db.prepare('SELECT doc FROM cite_gram_counts WHERE term = ?').pluck();
  const similarByGrams = db.prepare('SELECT docs.id AS id, titles.key AS key FROM title_grams JOIN titles ON titles.rowid = title_grams.rowid JOIN docs ON docs.num = titles.num WHERE title_grams MATCH ? ORDER BY titles.rowid');
  const citingByGrams = db.prepare('SELECT DISTINCT cites.num FROM cite_grams JOIN cites ON cites.rowid = cite_grams.rowid WHERE cite_grams MATCH ?').pluck();
  const citingByNumber = db.prepare('SELECT DISTINCT num FROM cites WHERE number_key = ?').pluck();
  const citingByTitle = db.prepare('SELECT DISTINCT num FROM cites WHERE title_key = ? AND number_key IS NULL').pluck();
  const citesOf = db.prepare('SELECT docs.id AS id, cites.kind AS kind, cites.title AS title, cites.number AS number FROM cites JOIN docs ON docs.num = cites.num WHERE cites.num = ?');

  /** The FTS5 query for the rows holding one of key's probeCount rarest bigrams in a gram table; null: none can. */
  const rareGrams = (key: string, count: Database.Statement): string | null => {
    const n = probeCount(key);
    if (!n) return null;
    const ranked = distinctBigrams(key).map((g) => ({ t: gramToken(g), rows: (count.get(gramToken(g)) as number | undefined) ?? 0 })).sort((x, y) => x.rows - y.rows);
    const probes = ranked.slice(0, n);
    // a bigram no row holds rules nothing in; if all the probes are such, no row can be similar
    if (probes.every((p) => p.rows === 0)) return null;
    return probes.filter((p) => p.rows > 0).map((p) => p.t).join(' OR ');
  };

  const similarMemo = new Map<string, { id: string; s: number }[]>();
  /** Titles at least TITLE_SIMILARITY similar to key, best first, ties to the later indexed (as makeResolver). */
  const similarTitles = (key: string): { id: string; s: number }[] => {
    const match = rareGrams(key, titleCount);
    if (!match) return [];
    const out: { id: string; s: number; n: number }[] = [];
    // many rows share a title (copies, reprints): each distinct key is compared once
    const score = new Map<string, number>();
    (similarByGrams.all(match) as { id: string; key: string }[]).forEach((r, n) => {
      let s = score.get(r.key);
      if (s === undefined) score.set(r.key, (s = closeEnough(key, r.key) ? titleSimilarity(r.key, key) : 0));
      if (s >= TITLE_SIMILARITY) out.push({ id: r.id, s, n });
    });
    return out.sort((a, b) => b.s - a.s || b.n - a.n);
  };
  const resolve: Resolver['resolve'] = (kind, title, docNumber, self) => {
    if (kind !== 'document' && kind !== 'title' && kind !== 'number') return null;
    if (docNumber) {
      const id = byNumber.get(normalizeDocNumber(docNumber)) as string | undefined;
      return id && id !== self ? { doc: id, by: 'number' } : null;
    }
    if (!title) return null;
    const k = titleKey(title);
    const exact = byKey.get(k, 0) as string | undefined;
    if (exact && exact !== self) return { doc: exact, by: 'title' };
    const issued = byKey.get(k, 1) as string | undefined;
    if (issued && issued !== self) return { doc: issued, by: 'issued-text' };
    let ranked = similarMemo.get(k);
    if (!ranked) similarMemo.set(k, (ranked = similarTitles(k)));
    const near = ranked.find((r) => r.id !== self)?.id;
    return near ? { doc: near, by: 'similar-title' } : null;
  };

  const citingDocs = (num: number): number[] => {
    const target = db.prepare('SELECT id, number_key FROM docs WHERE num = ?').get(num) as { id: string; number_key: string | null } | undefined;
    if (!target) return [];
    // candidates: a citation by this number, or without a number by a title that may resolve here (the same
    // title, or one holding one of its rarest bigrams); each is then resolved as `refs` resolves it
    const candidates = new Set<number>();
    const add = (nums: unknown[]) => nums.forEach((n) => candidates.add(n as number));
    if (target.number_key) add(citingByNumber.all(target.number_key));
    for (const key of db.prepare('SELECT DISTINCT key FROM titles WHERE num = ?').pluck().all(num) as string[]) {
      add(citingByTitle.all(key));
      const match = rareGrams(key, citeCount);
      if (match) add(citingByGrams.all(match));
    }
    candidates.delete(num);
    const out: number[] = [];
    for (const n of [...candidates].sort((a, b) => a - b)) {
      const rows = citesOf.all(n) as { id: string; kind: string; title: string | null; number: string | null }[];
      if (rows.some((c) => resolve(c.kind, c.title, c.number, c.id)?.doc === target.id)) out.push(n);
    }
    return out;
  };

  /** The documents numbered or titled `target` (a normalised 发文字号 or a title). */
  const targetsOf = (target: string): { num: number; id: string }[] => db.prepare('SELECT num, id FROM docs WHERE number_key = ? UNION SELECT docs.num, docs.id FROM titles JOIN docs ON docs.num = titles.num WHERE titles.issued = 0 AND titles.key = ?').all(target, titleKey(target)) as { num: number; id: string }[];

  return {
    resolve,
    citingDocs,
    citingTarget(target) {
      const key = titleKey(target);
      const out = new Set<number>(db.prepare('SELECT num FROM cites WHERE number_key = ? UNION SELECT num FROM cites WHERE title_key = ?').pluck().all(target, key) as number[]);
      // documents numbered or titled so, and whoever cites them (by whatever the citation names)
      for (const t of targetsOf(target)) for (const n of citingDocs(t.num)) out.add(n);
      return [...out].sort((a, b) => a - b);
    },
    citationOf(docId, citations, target) {
      const key = titleKey(target);
      const ids = new Set(targetsOf(target).map((t) => t.id));
      return citations.find((c) => (c.docNumber && normalizeDocNumber(c.docNumber) === target) || (c.title && titleKey(c.title) === key) || ids.has(resolve(c.kind, c.title, c.docNumber, docId)?.doc ?? '')) ?? null;
    },
    isCited(numberKey) {
      return !!db.prepare('SELECT 1 FROM cites WHERE number_key = ? LIMIT 1').get(numberKey);
    },
  };
}
