/**
 * `gongbao index` (and `convert --index`): add gazette files (text, or the JSON that `convert` wrote) to the
 * index, replace changed ones, remove files. Unchanged files (same path and sha256) are a no-op.
 * Files are parsed and tokenized in a worker pool; this thread is the one writer. Each file is committed
 * in its own transaction (a rebuild in one), so an interrupted run leaves what was committed, searchable.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { isProjectNote, PROJECT_NOTE_REASON } from '../util/projectNote.js';
import { Piscina } from 'piscina';
import { readSourceBytes, InputError, sha256Hex } from '../read/readSource.js';
import { ownOutputVersion } from '../read/ownOutput.js';
import { closeIndex, indexFailure, openForWrite, resetSchema, DB_FILE, type LoadedIndex } from './indexStore.js';
import { prepareFile, type PrepareTask, type PreparedFile } from './prepareFile.js';
import type { SegmenterName } from './segmenter.js';
import type { TokenizerName } from './tokenizers.js';
import { plural } from '../output/plural.js';
import { comparableText } from '../text/normalize.js';
import { deleteCitations, writeCitations } from './citationIndex.js';

export type FileStatus = 'added' | 'replaced' | 'unchanged' | 'removed' | 'failed' | 'skipped';

export interface IndexOptions {
  dir: string;
  tokenizer?: TokenizerName;
  segmenter?: SegmenterName;
  rebuild?: boolean;
  remove?: boolean;
  /** Drop files that no longer exist on disk (after the paths given, if any, are indexed). */
  prune?: boolean;
  /** Parallel parsers (default: the machine's cores). */
  jobs?: number;
  onFile?: (path: string, status: FileStatus, detail: string) => void;
  /** Called once the files to index are known, and after each file (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Set by the caller (Ctrl-C): no further file is started; what is committed stays. */
  signal?: AbortSignal;
}

export interface IndexSummary {
  added: number;
  replaced: number;
  unchanged: number;
  removed: number;
  failed: number;
  /** Entries of the folders given that are not read: FIFOs, devices, sockets, links, a project's notes. */
  skipped: number;
  documents: number;
  /** Files indexed without any document (nothing in them can be found). */
  withoutDocuments: string[];
  /** True when the run stopped early (signal): the counts say what was committed. */
  interrupted?: boolean;
}

const TEXT_FILE = /\.(txt|md|markdown|text|html?|pdf)$/i;

/** Does a JSON file start like a parse result (`{ "schemaVersion": 1, …`)? Other JSON in folders is ignored. */
function looksLikeParseResult(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, 64, 0);
    return ownOutputVersion(buf.subarray(0, n).toString('utf8')) === 1;
  } finally {
    closeSync(fd);
  }
}

/**
 * The files to index under the paths given. Entries of a folder that are not regular files (a FIFO would block
 * the run forever, a device never ends, links are not followed) and a project's notes (README.md…) are skipped
 * with a reason; a path named that is not a regular file fails: an index keeps files it can read again.
 */
function expand(paths: string[]): { files: string[]; skipped: { path: string; reason: string; named: boolean }[] } {
  const files: string[] = [];
  const skipped: { path: string; reason: string; named: boolean }[] = [];
  const walk = (p: string, named: boolean): void => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) {
      if (named && statSync(p, { throwIfNoEntry: false })?.isFile()) files.push(resolve(p));
      else skipped.push({ path: resolve(p), reason: 'symbolic link (not followed)', named });
    } else if (st.isDirectory()) {
      // hidden entries of a folder (.cache, .git) are not walked, as rg and fd leave them
      for (const n of readdirSync(p).sort()) if (!n.startsWith('.')) walk(join(p, n), false);
    } else if (!st.isFile()) {
      if (named) skipped.push({ path: resolve(p), reason: 'not a regular file (FIFO, device or socket): an index keeps files it can read again', named });
      else if (TEXT_FILE.test(p)) skipped.push({ path: resolve(p), reason: 'not a regular file (FIFO, device or socket)', named });
    } else if (named) files.push(resolve(p));
    else if (TEXT_FILE.test(p) && isProjectNote(basename(p))) skipped.push({ path: resolve(p), reason: PROJECT_NOTE_REASON, named });
    else if (TEXT_FILE.test(p) || (p.endsWith('.json') && looksLikeParseResult(p))) files.push(resolve(p));
  };
  for (const p of paths) {
    if (!existsSync(p)) files.push(resolve(p)); // reported as failed below
    else walk(p, true);
  }
  return { files, skipped };
}

/** Delete a file's entry, and its documents unless another indexed path has the same content. Returns documents removed. */
function removeFile(idx: LoadedIndex, path: string): number {
  const { db } = idx;
  const entry = db.prepare('SELECT sha256 FROM files WHERE path = ?').get(path) as { sha256: string } | undefined;
  if (!entry) return 0;
  db.prepare('DELETE FROM files WHERE path = ?').run(path);
  // an identical file at another path keeps the documents: they now point to it
  const copy = db.prepare('SELECT path FROM files WHERE sha256 = ? ORDER BY path LIMIT 1').pluck().get(entry.sha256) as string | undefined;
  if (copy) {
    db.prepare('UPDATE docs SET path = ? WHERE sha256 = ? AND path = ?').run(copy, entry.sha256, path);
    return 0;
  }
  const nums = (db.prepare('SELECT num FROM docs WHERE sha256 = ?').all(entry.sha256) as { num: number }[]).map((r) => r.num);
  const delFts = db.prepare('DELETE FROM fts WHERE rowid = ?');
  const delBody = db.prepare('DELETE FROM bodies WHERE num = ?');
  const delChars = db.prepare('DELETE FROM chars WHERE rowid = ?');
  for (const n of nums) {
    delFts.run(n);
    delChars.run(n);
    delBody.run(n);
    deleteCitations(db, n);
  }
  db.prepare('DELETE FROM docs WHERE sha256 = ?').run(entry.sha256);
  return nums.length;
}

export function addFile(idx: LoadedIndex, f: Extract<PreparedFile, { ok: true }>): number {
  const { db } = idx;
  const shared = !!db.prepare('SELECT 1 FROM files WHERE sha256 = ? LIMIT 1').get(f.sha256);
  if (!shared) {
    const insertDoc = db.prepare(`INSERT OR IGNORE INTO docs(id, sha256, path, title, title_key, doc_number, number_key, issuer, doc_type, section, sign_date, year, issue, issued)
      VALUES (@id, @sha256, @path, @title, @titleKey, @docNumber, @numberKey, @issuer, @docType, @section, @signDate, @year, @issue, @issued)`);
    const insertBody = db.prepare('INSERT INTO bodies(num, body) VALUES (?, ?)');
    const insertChars = db.prepare('INSERT INTO chars(rowid, c) VALUES (?, ?)');
    const insertFts = db.prepare('INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)');
    for (const p of f.docs) {
      const d = p.doc;
      const res = insertDoc.run({ id: d.id, sha256: f.sha256, path: f.path, title: d.title, titleKey: comparableText(d.title), docNumber: d.docNumber, numberKey: p.numberKey, issuer: d.issuer, docType: d.docType, section: d.section, signDate: d.signDate, year: d.year, issue: d.issue, issued: JSON.stringify(d.issued) });
      // a document id already indexed from another file keeps its first copy
      if (res.changes) {
        insertBody.run(res.lastInsertRowid, Buffer.from(p.body));
        insertFts.run(res.lastInsertRowid, p.titleTokens, p.bodyTokens);
        if (p.charTokens !== null) insertChars.run(res.lastInsertRowid, p.charTokens);
        writeCitations(db, res.lastInsertRowid, p.citations);
      }
    }
  }
  db.prepare('INSERT INTO files(path, sha256, issues, documents, indexed_at) VALUES (?, ?, ?, ?, ?)').run(f.path, f.sha256, f.issues, JSON.stringify(f.docs.map((d) => d.doc.id)), new Date().toISOString());
  return f.docs.length;
}

/** Run `fn` in a write transaction of its own, unless the whole run is one (rebuild). */
function committed(idx: LoadedIndex, inRun: boolean, fn: () => void): void {
  if (inRun) fn();
  else idx.db.transaction(fn).immediate();
}

interface Pending {
  path: string;
  result: Promise<PreparedFile | 'unchanged'>;
}

export async function runIndex(paths: string[], opts: IndexOptions): Promise<IndexSummary> {
  const idx = openForWrite(opts.dir, { tokenizer: opts.tokenizer, segmenter: opts.segmenter, rebuild: opts.rebuild });
  const s: IndexSummary = { added: 0, replaced: 0, unchanged: 0, removed: 0, failed: 0, skipped: 0, documents: 0, withoutDocuments: [] };
  const inRun = !!opts.rebuild;
  let pool: Piscina<PrepareTask, PreparedFile> | null = null;
  // parses started and not yet committed: when the run fails, destroying the pool rejects them, and those
  // rejections must not end the process in place of the failure being reported
  const inFlight: Pending[] = [];
  try {
    if (inRun) {
      idx.db.exec('BEGIN IMMEDIATE');
      resetSchema(idx);
    }
    if (opts.remove) {
      for (const p of paths.map((x) => resolve(x))) {
        const inside = (idx.db.prepare("SELECT path FROM files WHERE path = ? OR substr(path, 1, length(?) + 1) = ? || '/' ORDER BY path").all(p, p, p) as { path: string }[]).map((r) => r.path);
        if (!inside.length) {
          s.failed++;
          opts.onFile?.(p, 'failed', 'not in the index');
        }
        for (const f of inside) {
          committed(idx, inRun, () => (s.documents += removeFile(idx, f)));
          s.removed++;
          opts.onFile?.(f, 'removed', '');
        }
      }
    } else {
      const { files, skipped } = expand(paths);
      // what a folder holds besides gazettes is skipped; a path named that cannot be indexed has failed
      for (const k of skipped) {
        if (k.named) s.failed++;
        else s.skipped++;
        opts.onFile?.(k.path, k.named ? 'failed' : 'skipped', k.reason);
      }
      opts.onProgress?.(0, files.length);
      const known = idx.db.prepare('SELECT sha256 FROM files WHERE path = ?');
      const jobs = Math.max(1, opts.jobs ?? availableParallelism());
      if (files.length >= 4 && jobs > 1) {
        pool = new Piscina<PrepareTask, PreparedFile>({
          filename: new URL('./indexWorker.js', import.meta.url).href,
          minThreads: 0, // see convert: terminating a worker still loading its modules aborts Node 20
          maxThreads: jobs,
          idleTimeout: 1000,
          // a smaller young generation per worker: peak RSS of a 10k build 429 -> 377 MB for ~1% more time
          // (8 MB: 357 MB, +4%); parses are short-lived garbage, scavenged more often
          resourceLimits: { maxYoungGenerationSizeMb: 16 },
        });
      }
      const prepare = (task: PrepareTask): Promise<PreparedFile> => (pool ? pool.run(task) : prepareFile(task));
      const start = (path: string): Pending => {
        const task: PrepareTask = { path, bytes: null, tokenizer: idx.info.tokenizer, segmenter: idx.info.segmenter?.name };
        if (!path.endsWith('.json')) {
          try {
            task.bytes = readSourceBytes(path);
          } catch (err) {
            return { path, result: Promise.resolve({ ok: false, path, error: err instanceof InputError ? err.problem : (err as Error).message }) };
          }
          const prev = known.get(path) as { sha256: string } | undefined;
          if (prev && prev.sha256 === sha256Hex(task.bytes)) return { path, result: Promise.resolve('unchanged') };
        }
        return { path, result: prepare(task) };
      };
      // a window of files in flight, committed in the order given
      const window = pool ? jobs * 3 : 1;
      const queue = inFlight;
      let next = 0;
      let done = 0;
      while (next < files.length || queue.length) {
        while (!opts.signal?.aborted && queue.length < window && next < files.length) queue.push(start(files[next++]));
        if (!queue.length) break;
        const item = queue.shift()!;
        const r = await item.result;
        // parsing inline is synchronous: let a Ctrl-C (a macrotask) in between files
        if (!pool) await new Promise((res) => setImmediate(res));
        if (opts.signal?.aborted && !inRun) {
          s.interrupted = true;
          break;
        }
        done++;
        if (r === 'unchanged') {
          s.unchanged++;
          opts.onFile?.(item.path, 'unchanged', '');
        } else if (!r.ok) {
          s.failed++;
          opts.onFile?.(item.path, 'failed', r.error);
        } else {
          // what the index holds for this path is read inside the write transaction: another gongbao index
          // may have committed it since this run started
          let n = 0;
          let outcome = 'added' as 'added' | 'replaced' | 'unchanged';
          committed(idx, inRun, () => {
            const prev = known.get(r.path) as { sha256: string } | undefined;
            if (prev && prev.sha256 === r.sha256) {
              outcome = 'unchanged';
              return;
            }
            if (prev) removeFile(idx, r.path);
            n = addFile(idx, r);
            outcome = prev ? 'replaced' : 'added';
          });
          if (outcome === 'unchanged') {
            s.unchanged++;
            opts.onFile?.(r.path, 'unchanged', '');
          } else {
            s.documents += n;
            if (outcome === 'replaced') s.replaced++;
            else s.added++;
            if (n === 0) s.withoutDocuments.push(r.path);
            opts.onFile?.(r.path, outcome, n === 0 ? 'no document found: nothing to search in this file' : plural(n, 'document'));
          }
        }
        opts.onProgress?.(done, files.length);
      }
      if (opts.signal?.aborted) s.interrupted = true;
      if (opts.prune && !s.interrupted) {
        for (const { path } of idx.db.prepare('SELECT path FROM files ORDER BY path').all() as { path: string }[]) {
          if (existsSync(path)) continue;
          committed(idx, inRun, () => (s.documents += removeFile(idx, path)));
          s.removed++;
          opts.onFile?.(path, 'removed', 'no longer exists');
        }
      }
    }
    if (inRun) {
      if (s.interrupted) idx.db.exec('ROLLBACK');
      else idx.db.exec('COMMIT');
    }
    return s;
  } catch (err) {
    if (inRun && idx.db.inTransaction) idx.db.exec('ROLLBACK');
    throw indexFailure(err, join(opts.dir, DB_FILE), true);
  } finally {
    for (const p of inFlight) p.result.catch(() => undefined);
    await pool?.destroy();
    closeIndex(idx);
  }
}
