/**
 * The on-disk search index: one SQLite database (`gongbao.sqlite` in the index folder, WAL journal).
 *   meta(key, value)      format, generator, tokenizer, segmenter
 *   files(path, sha256, issues, documents, indexed_at)   what was indexed from where
 *   docs(num, id, sha256, path, title, title_key, doc_number, number_key, issuer, doc_type, section,
 *        sign_date, year, issue, issued)   one row per document, a few hundred bytes (title_key is the title
 *        in comparable form): ranking and filters read thousands per query, so the parse is apart
 *   bodies(num, body)     the document's parse (JSON as UTF-16LE, gzip), read for the few hits shown
 *   fts(title, body)      FTS5, contentless, rowid = docs.num: the tokens of title + 发文字号 and full text
 *   chars(c)              FTS5, rowids only (detail=none): each document's distinct Han characters (bigram
 *                         index), so a one-character word is one doclist, not a prefix merge
 *   titles(id, num, key, issued), cites(id, num, kind, title, number, number_key, title_key), title_grams,
 *   cite_grams            citations and what they resolve against, for refs, refs --cited-by and cites: as
 *                         SQL lookups (citationIndex.ts)
 * Writers change it in transactions, so readers (opened read-only) never see a half-written state and
 * two writers are serialised by SQLite. The schema version is `PRAGMA user_version`.
 */
import type Database from 'better-sqlite3';
import { accessSync, constants, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { GENERATOR } from '../version.js';
import type { Document } from '../types.js';
import type { IndexDoc } from './records.js';
import { citationIndex, CITATION_SCHEMA, CITATION_TABLES, type CitationIndex } from './citationIndex.js';
import { makeTokenizer, type Tokenizer, type TokenizerName } from './tokenizers.js';
import { loadSegmenter, type SegmenterName } from './segmenter.js';
import { makeDirs } from '../output/makeDirs.js';
import { IndexError, openDatabase } from './openDatabase.js';
import { retryWhileBusy } from './busyRetry.js';

/** Bump when the layout or the meaning of a field changes: older indexes must be rebuilt. */
export const INDEX_FORMAT = 5;
/** A reader maps up to this much of the database file (address space, not memory). */
const READER_MMAP_BYTES = 1 << 30;
/** A reader's page cache (KiB), so repeated queries in one process (show, refs, tests) do not re-read pages. */
const READER_CACHE_KB = 65536;
export const DB_FILE = 'gongbao.sqlite';

export { IndexError };
/** Another writer held the database for longer than the busy timeout. */
export class IndexBusy extends Error {}

const REBUILD = 'rebuild it with `gongbao index --rebuild PATH...`';
/** How long a writer waits for another writer to let go of the database. */
const BUSY_TIMEOUT_MS = 30_000;

export interface FileEntry {
  path: string;
  sha256: string;
  issues: number;
  documents: string[];
  indexedAt: string;
}

export interface IndexInfo {
  format: number;
  generator: { name: string; version: string };
  tokenizer: TokenizerName;
  /** The jieba segmenter of a `jieba` index (null for bigram). */
  segmenter: { name: SegmenterName; version: string; dictionary: string } | null;
}

/** Everything about the indexed files and documents, read whole (for --list, refs, the graph). */
export interface IndexMeta extends IndexInfo {
  files: Record<string, FileEntry>;
  docs: Record<string, IndexDoc>;
}

export interface LoadedIndex {
  dir: string;
  db: Database.Database;
  info: IndexInfo;
  tokenizer: Tokenizer;
  /** Files and documents read whole on first use (refs, cites:, tests); search itself does not need it. */
  readonly meta: IndexMeta;
  /** Citations in SQL (refs, cites:), made on first use. */
  citations?: CitationIndex;
}

/** The index's citation lookups (made once per open index). */
export function citationsOf(idx: LoadedIndex): CitationIndex {
  return (idx.citations ??= citationIndex(idx.db));
}

/** Index folder: --index, then GONGBAO_INDEX, then $XDG_DATA_HOME/gongbao/index (~/.local/share/gongbao/index). */
export function defaultIndexDir(flag?: string): string {
  if (flag) return flag;
  if (process.env.GONGBAO_INDEX) return process.env.GONGBAO_INDEX;
  const data = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(data, 'gongbao', 'index');
}

// The FTS tables get tokens already made (lower case, NFKC, no punctuation): FTS5's "ascii" tokenizer only
// splits them at the spaces (unicode61 would also fold diacritics, which a verbatim match must not; ~3% of a build).
const SCHEMA = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, issues INTEGER NOT NULL, documents TEXT NOT NULL, indexed_at TEXT NOT NULL);
CREATE INDEX files_sha ON files(sha256);
CREATE TABLE docs(num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, path TEXT NOT NULL,
  title TEXT NOT NULL, title_key TEXT NOT NULL, doc_number TEXT, number_key TEXT, issuer TEXT, doc_type TEXT, section TEXT,
  sign_date TEXT, year INTEGER, issue TEXT, issued TEXT NOT NULL);
CREATE TABLE bodies(num INTEGER PRIMARY KEY, body BLOB NOT NULL);
CREATE INDEX docs_sha ON docs(sha256);
CREATE INDEX docs_number ON docs(number_key);
CREATE INDEX docs_date ON docs(sign_date DESC, id);
CREATE INDEX docs_type ON docs(doc_type);
CREATE INDEX docs_issuer ON docs(issuer);
CREATE INDEX docs_section ON docs(section);
CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', contentless_delete=1, tokenize='ascii');
CREATE VIRTUAL TABLE chars USING fts5(c, content='', contentless_delete=1, detail=none, tokenize='ascii');
${CITATION_SCHEMA}
`;

/** The database path is taken by a folder: say so (SQLite says only `disk I/O error` or `unable to open`). */
function notAFolder(path: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new IndexError(`${path} is a folder, not an index database: move it away, then build the index with \`gongbao index PATH...\``);
}

function readOnlyFolder(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** A database error as one IndexError line (damaged file, busy writer), anything else unchanged. */
export function indexFailure(err: unknown, path: string, writing = false): Error {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new IndexBusy(`another gongbao index is writing to ${path}; try again when it has finished`);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return new IndexError(`the index is damaged: ${path} is not a readable gongbao index; ${REBUILD}`);
  if (code === 'SQLITE_FULL') return new IndexError(`cannot write the index ${path}: no space left on the device (what was committed before stays searchable)`);
  if (code.startsWith('SQLITE_IOERR')) return new IndexError(`cannot ${writing ? 'write' : 'read'} the index ${path}: disk I/O error (${code})`);
  if (writing && (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY'))) {
    return new IndexError(`cannot write the index ${path}: ${(err as Error).message} (the folder or the database is not writable by this user)`);
  }
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY')) {
    // a reader of a WAL index in a folder it cannot write (left by an older gongbao, or by a writer still at work)
    const hint = readOnlyFolder(path) ? `: its folder is not writable and the index is in WAL mode; run \`gongbao index --index ${dirname(path)}\` once as the folder's owner (it leaves the index readable from read-only folders)` : '';
    return new IndexError(`cannot open the index ${path}: ${(err as Error).message}${hint}`);
  }
  return err as Error;
}

function metaOf(db: Database.Database): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

function infoOf(db: Database.Database, path: string): IndexInfo {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) throw new IndexError(`${path} is not a gongbao index (an empty or foreign SQLite database): ${REBUILD}`);
  if (version !== INDEX_FORMAT) {
    const m = metaOf(db);
    throw new IndexError(`the index in ${path} was written by an incompatible version (format ${version}, gongbao ${m.generator ?? '?'}; this gongbao reads format ${INDEX_FORMAT}): ${REBUILD}`);
  }
  const m = metaOf(db);
  return {
    format: version,
    generator: { name: GENERATOR.name, version: m.generator ?? '?' },
    tokenizer: m.tokenizer === 'jieba' ? 'jieba' : 'bigram',
    segmenter: m.segmenter ? (JSON.parse(m.segmenter) as IndexInfo['segmenter']) : null,
  };
}

/** An index folder written by gongbao before the SQLite index (generations of FlexSearch exports). */
function isOldLayout(dir: string): boolean {
  return existsSync(join(dir, 'CURRENT'));
}

function withLazyMeta(base: Omit<LoadedIndex, 'meta'>): LoadedIndex {
  let meta: IndexMeta | undefined;
  return Object.defineProperty(base, 'meta', { get: () => (meta ??= readAll(base.db, base.info)), enumerable: true }) as LoadedIndex;
}

function tokenizerFor(info: IndexInfo): Tokenizer {
  const tok = makeTokenizer(info.tokenizer, info.segmenter?.name);
  if (info.segmenter) {
    const seg = loadSegmenter(info.segmenter.name);
    if (seg.dictionary !== info.segmenter.dictionary) throw new IndexError(`the index was built with another version of the user dictionary: ${REBUILD}`);
  }
  return tok;
}

/** Open an existing index read-only (search, show, refs); null when there is none. */
export function loadIndex(dir: string): LoadedIndex | null {
  const path = join(dir, DB_FILE);
  if (!existsSync(path)) {
    if (isOldLayout(dir)) throw new IndexError(`the index in ${dir} is in the format of an older gongbao (format 2); ${REBUILD}`);
    return null;
  }
  const st = statSync(path);
  notAFolder(path);
  if (st.size === 0) throw new IndexError(`${path} is empty (0 bytes), not a gongbao index: ${REBUILD}`);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, { readonly: true, fileMustExist: true });
    // pages read through a memory map (no copy into SQLite's cache) and a larger cache for the rest
    db.pragma(`mmap_size = ${READER_MMAP_BYTES}`);
    db.pragma(`cache_size = -${READER_CACHE_KB}`);
    const info = infoOf(db, path);
    return withLazyMeta({ dir, db, info, tokenizer: tokenizerFor(info) });
  } catch (err) {
    db?.close();
    throw indexFailure(err, path);
  }
}

export interface OpenForWrite {
  tokenizer?: TokenizerName;
  segmenter?: SegmenterName;
  /** Start a new, empty index (the old one stays readable until the first commit replaces it). */
  rebuild?: boolean;
}

/** Open (or create) the index for writing. A new index takes the tokenizer asked for (default bigram). */
export function openForWrite(dir: string, o: OpenForWrite = {}): LoadedIndex {
  makeDirs(dir);
  const path = join(dir, DB_FILE);
  if (o.rebuild) {
    // the FlexSearch layout of format 2 goes; the database itself is emptied inside the first transaction
    for (const name of ['CURRENT', 'lock', 'texts', 'files']) rmSync(join(dir, name), { recursive: true, force: true });
    for (const name of readdirSync(dir)) if (/^gen-\d{6}$/.test(name)) rmSync(join(dir, name), { recursive: true, force: true });
  } else if (!existsSync(path) && isOldLayout(dir)) {
    throw new IndexError(`the index in ${dir} is in the format of an older gongbao (format 2); ${REBUILD}`);
  }
  notAFolder(path);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // (the switch into WAL does not wait on the busy timeout: another writer opening or closing at the same moment
    // makes it fail at once, so it is tried again for as long)
    retryWhileBusy(() => db!.pragma('journal_mode = WAL'), BUSY_TIMEOUT_MS);
    db.pragma('synchronous = NORMAL');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === 0 || o.rebuild) {
      const tokenizer = o.tokenizer ?? 'bigram';
      const seg = tokenizer === 'jieba' ? loadSegmenter(o.segmenter) : null;
      const info: IndexInfo = { format: INDEX_FORMAT, generator: { ...GENERATOR }, tokenizer, segmenter: seg ? { name: seg.name, version: seg.version, dictionary: seg.dictionary } : null };
      const idx = withLazyMeta({ dir, db, info, tokenizer: makeTokenizer(tokenizer, o.segmenter) });
      // a new index gets its tables now; a rebuild empties them inside the transaction that writes the new rows
      if (version === 0) db.transaction(() => resetSchema(idx)).immediate();
      return idx;
    }
    const info = infoOf(db, path);
    if (o.tokenizer && o.tokenizer !== info.tokenizer) throw new IndexError(`the index was built with the ${info.tokenizer} tokenizer; rebuild with --rebuild --tokenizer ${o.tokenizer} to change it`);
    if (o.segmenter && info.segmenter && o.segmenter !== info.segmenter.name) throw new IndexError(`the index was built with ${info.segmenter.name}; rebuild with --rebuild --segmenter ${o.segmenter} to change it`);
    return withLazyMeta({ dir, db, info, tokenizer: tokenizerFor(info) });
  } catch (err) {
    db?.close();
    throw indexFailure(err, path, true);
  }
}

/** (Re)create the tables, empty, with the index's info. Run inside a write transaction. */
export function resetSchema(idx: LoadedIndex): void {
  const { db, info } = idx;
  for (const t of [...CITATION_TABLES, 'fts', 'chars', 'bodies', 'docs', 'files', 'meta']) db.exec(`DROP TABLE IF EXISTS ${t}`);
  db.exec(SCHEMA);
  const put = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)');
  put.run('generator', GENERATOR.version);
  put.run('tokenizer', info.tokenizer);
  if (info.segmenter) put.run('segmenter', JSON.stringify(info.segmenter));
  db.pragma(`user_version = ${INDEX_FORMAT}`);
}

/** A throw-away index in memory (`search --in FILE...`): the same tables, tokens and queries as on disk. */
export function memoryIndex(): LoadedIndex {
  const db = openDatabase(':memory:');
  const info: IndexInfo = { format: INDEX_FORMAT, generator: { ...GENERATOR }, tokenizer: 'bigram', segmenter: null };
  const idx = withLazyMeta({ dir: ':memory:', db, info, tokenizer: makeTokenizer('bigram') });
  resetSchema(idx);
  return idx;
}

interface DocRow {
  num: number;
  id: string;
  sha256: string;
  path: string;
  title: string;
  doc_number: string | null;
  issuer: string | null;
  doc_type: string | null;
  section: string | null;
  sign_date: string | null;
  year: number | null;
  issue: string | null;
  issued: string;
}

export const DOC_COLUMNS = 'num, id, sha256, path, title, doc_number, issuer, doc_type, section, sign_date, year, issue, issued';

export function docFromRow(r: DocRow): IndexDoc {
  return {
    id: r.id,
    fileSha: r.sha256,
    path: r.path,
    title: r.title,
    docNumber: r.doc_number,
    issuer: r.issuer,
    docType: r.doc_type,
    section: r.section,
    signDate: r.sign_date,
    year: r.year,
    issue: r.issue,
    num: r.num,
    issued: JSON.parse(r.issued) as string[],
  };
}

/** A map keyed by user-given strings (ids, paths, numbers): no prototype, so `__proto__` is just an unknown key. */
function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function readAll(db: Database.Database, info: IndexInfo): IndexMeta {
  const docs = dictionary<IndexDoc>();
  const byNum = new Map<number, IndexDoc>();
  for (const r of db.prepare(`SELECT ${DOC_COLUMNS} FROM docs ORDER BY num`).iterate() as Iterable<DocRow>) {
    const d = (docs[r.id] = { ...docFromRow(r), cites: [] });
    byNum.set(d.num, d);
  }
  for (const c of db.prepare('SELECT num, kind, title, number FROM cites ORDER BY rowid').iterate() as Iterable<{ num: number; kind: string; title: string | null; number: string | null }>) {
    byNum.get(c.num)?.cites!.push([c.kind, c.title, c.number]);
  }
  return { ...info, files: readFiles(db), docs };
}

function readFiles(db: Database.Database): Record<string, FileEntry> {
  const files = dictionary<FileEntry>();
  for (const f of db.prepare('SELECT path, sha256, issues, documents, indexed_at FROM files ORDER BY rowid').iterate() as Iterable<{ path: string; sha256: string; issues: number; documents: string; indexed_at: string }>) {
    files[f.path] = { path: f.path, sha256: f.sha256, issues: f.issues, documents: JSON.parse(f.documents) as string[], indexedAt: f.indexed_at };
  }
  return files;
}

/** Other indexed paths of the same content as `path` (identical files share their documents). */
export function samePathsOf(idx: LoadedIndex, sha256: string, path: string): string[] {
  return idx.db.prepare('SELECT path FROM files WHERE sha256 = ? AND path != ? ORDER BY path').pluck().all(sha256, path) as string[];
}

/** What `index --list` shows: the index's info, its files and how many documents, without reading the documents. */
export function readListing(dir: string): (IndexInfo & { files: Record<string, FileEntry>; documents: number }) | null {
  const idx = loadIndex(dir);
  if (!idx) return null;
  try {
    return { ...idx.info, files: readFiles(idx.db), documents: idx.db.prepare('SELECT count(*) FROM docs').pluck().get() as number };
  } catch (err) {
    throw indexFailure(err, join(dir, DB_FILE));
  } finally {
    idx.db.close();
  }
}

/** The index's files and documents read whole, or null when there is no index. */
export function readMeta(dir: string): IndexMeta | null {
  const idx = loadIndex(dir);
  if (!idx) return null;
  try {
    return idx.meta;
  } catch (err) {
    throw indexFailure(err, join(dir, DB_FILE));
  } finally {
    idx.db.close();
  }
}

/**
 * Close the index. A writer leaves the database in rollback-journal mode: a WAL database needs its `-shm` file,
 * which a reader without write access to the folder (another user, a read-only mount, a team's share) cannot
 * create, so a cleanly closed WAL index could not be searched there. The next writer turns WAL on again. When
 * another connection still has it open the switch is skipped at once (no wait), and the index stays WAL.
 */
export function closeIndex(idx: LoadedIndex): void {
  if (!idx.db.open) return;
  if (!idx.db.readonly && idx.db.name !== ':memory:') {
    try {
      idx.db.pragma('busy_timeout = 0');
      idx.db.pragma('journal_mode = DELETE');
    } catch {
      /* busy: another reader or writer has it open */
    }
  }
  idx.db.close();
}

/**
 * Compress a document's parse for the `body` column. The JSON is stored as UTF-16LE: decoding it is a copy
 * (~5 µs for a 25 KB parse, against ~150 µs for UTF-8 full of Han characters), and Han text compresses a
 * little better in it (gzip 6.7 KB against 7.1 KB for the fixtures' documents).
 */
export function packDocument(d: Document): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(d), 'utf16le'), { level: 6 });
}

function unpackDocument(body: Buffer | undefined, doc: string | number): Document {
  if (!body) throw new IndexError(`the index is damaged: document ${doc} has no stored text; ${REBUILD}`);
  try {
    return JSON.parse(gunzipSync(body).toString('utf16le')) as Document;
  } catch {
    throw new IndexError(`the index is damaged: the stored text of document ${doc} cannot be read; ${REBUILD}`);
  }
}

/** A document's parse, by its id (show, refs). */
export function documentOf(idx: LoadedIndex, id: string): Document {
  const row = idx.db.prepare('SELECT bodies.body FROM docs JOIN bodies ON bodies.num = docs.num WHERE docs.id = ?').get(id) as { body: Buffer } | undefined;
  return unpackDocument(row?.body, id);
}

/** A document's parse, by its row number (the hits of a search). */
export function documentAt(idx: LoadedIndex, num: number): Document {
  const row = idx.db.prepare('SELECT body FROM bodies WHERE num = ?').get(num) as { body: Buffer } | undefined;
  return unpackDocument(row?.body, num);
}
