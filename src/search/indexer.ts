/**
 * `gongbao index`: add gazette files (text, or the JSON that `convert` wrote) to the index, replace
 * changed ones, remove files. Unchanged files (same path and sha256) are a no-op.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParseResult } from '../types.js';
import { readSource } from '../read/readSource.js';
import { parseGazette } from '../parse.js';
import { acquireLock } from './indexLock.js';
import { emptyMeta, filePath, loadIndex, makeFlex, saveIndex, textsPath, writeJsonGz, type DocTexts, type LoadedIndex } from './indexStore.js';
import { comparableText } from '../text/normalize.js';
import { docRecords, fullText, indexDoc } from './records.js';
import { loadSegmenter, type SegmenterName } from './segmenter.js';
import { makeDirs } from '../output/makeDirs.js';
import { plural } from '../output/plural.js';

export interface IndexOptions {
  dir: string;
  segmenter?: SegmenterName;
  rebuild?: boolean;
  remove?: boolean;
  onFile?: (path: string, status: 'added' | 'replaced' | 'unchanged' | 'removed' | 'failed', detail: string) => void;
}

export interface IndexSummary {
  added: number;
  replaced: number;
  unchanged: number;
  removed: number;
  failed: number;
  documents: number;
  /** Files indexed without any document (nothing in them can be found). */
  withoutDocuments: string[];
}

const TEXT_FILE = /\.(txt|md|markdown|text)$/i;

/** Does a JSON file start like a parse result (`{ "schemaVersion": 1, …`)? Other JSON in folders is ignored. */
function looksLikeParseResult(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64);
    const n = readSync(fd, buf, 0, 64, 0);
    return /^\s*\{\s*"schemaVersion"\s*:\s*1\b/.test(buf.subarray(0, n).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

function expand(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, named: boolean): void => {
    const st = lstatSync(p);
    if (st.isSymbolicLink()) return;
    if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n), false);
    else if (named || TEXT_FILE.test(p) || (p.endsWith('.json') && looksLikeParseResult(p))) out.push(resolve(p));
  };
  for (const p of paths) {
    if (!existsSync(p)) out.push(resolve(p)); // reported as failed below
    else walk(p, true);
  }
  return out;
}

/** A parse result from a gazette text file, or from a JSON file `gongbao convert`/`parse --json` wrote. */
function resultFor(path: string): ParseResult {
  if (path.endsWith('.json')) {
    const j = JSON.parse(readFileSync(path, 'utf8')) as ParseResult;
    if (j.schemaVersion !== 1 || !Array.isArray(j.issues)) throw new Error('not a gongbao parse result (schemaVersion 1)');
    return j;
  }
  const src = readSource(path);
  return parseGazette({ text: src.text, path, sha256: src.sha256, encoding: src.encoding });
}

function removeFile(idx: LoadedIndex, path: string): number {
  const entry = idx.meta.files[path];
  if (!entry) return 0;
  delete idx.meta.files[path];
  const stillUsed = Object.values(idx.meta.files).some((f) => f.sha256 === entry.sha256);
  if (stillUsed) return 0;
  for (const id of entry.documents) {
    const doc = idx.meta.docs[id];
    if (!doc) continue;
    idx.flex.remove(doc.num);
    delete idx.meta.byNum[doc.num];
    delete idx.meta.docs[id];
    rmSync(textsPath(idx.dir, id), { force: true });
  }
  rmSync(filePath(idx.dir, entry.sha256), { force: true });
  return entry.documents.length;
}

function addResult(idx: LoadedIndex, path: string, r: ParseResult): number {
  const sha = r.source.sha256;
  const ids: string[] = [];
  const sharedSha = Object.values(idx.meta.files).some((f) => f.sha256 === sha);
  if (!sharedSha) {
    makeDirs(join(idx.dir, 'texts'));
    makeDirs(join(idx.dir, 'files'));
  }
  for (const issue of r.issues) {
    for (const d of issue.documents) {
      ids.push(d.id);
      if (sharedSha || idx.meta.docs[d.id]) continue;
      const num = idx.meta.nextNum++;
      const text = fullText(d);
      idx.flex.add({ id: num, title: `${d.title} ${d.docNumber ?? ''}`, text });
      idx.meta.docs[d.id] = indexDoc(r, issue, d, path, num);
      idx.meta.byNum[num] = d.id;
      const texts: DocTexts = { cmp: comparableText(text), citations: d.citations ?? [], records: docRecords(d).map((rec) => ({ key: rec.id, path: rec.path, title: rec.title, text: rec.text })) };
      writeJsonGz(textsPath(idx.dir, d.id), texts);
    }
  }
  if (!sharedSha) writeJsonGz(filePath(idx.dir, sha), r);
  idx.meta.files[path] = { path, sha256: sha, issues: r.issues.length, documents: ids, indexedAt: new Date().toISOString() };
  return ids.length;
}

export async function runIndex(paths: string[], opts: IndexOptions): Promise<IndexSummary> {
  makeDirs(opts.dir);
  const release = acquireLock(opts.dir);
  try {
    let idx = opts.rebuild ? null : await loadIndex(opts.dir, opts.segmenter);
    if (!idx) {
      const seg = loadSegmenter(opts.segmenter);
      idx = { dir: opts.dir, meta: emptyMeta(seg), flex: makeFlex(seg), seg };
      if (opts.rebuild) {
        rmSync(join(opts.dir, 'texts'), { recursive: true, force: true });
        rmSync(join(opts.dir, 'files'), { recursive: true, force: true });
      }
    }
    const s: IndexSummary = { added: 0, replaced: 0, unchanged: 0, removed: 0, failed: 0, documents: 0, withoutDocuments: [] };
    if (opts.remove) {
      for (const p of paths.map((x) => resolve(x))) {
        const inside = Object.keys(idx.meta.files).filter((f) => f === p || f.startsWith(p + '/'));
        if (!inside.length) {
          s.failed++;
          opts.onFile?.(p, 'failed', 'not in the index');
        }
        for (const f of inside) {
          s.documents += removeFile(idx, f);
          s.removed++;
          opts.onFile?.(f, 'removed', '');
        }
      }
    } else {
      for (const p of expand(paths)) {
        let r: ParseResult;
        try {
          r = resultFor(p);
        } catch (err) {
          s.failed++;
          opts.onFile?.(p, 'failed', (err as Error).message.replace(`${p}: `, ''));
          continue;
        }
        const prev = idx.meta.files[p];
        if (prev && prev.sha256 === r.source.sha256) {
          s.unchanged++;
          opts.onFile?.(p, 'unchanged', '');
          continue;
        }
        if (prev) removeFile(idx, p);
        const n = addResult(idx, p, r);
        s.documents += n;
        if (prev) s.replaced++;
        else s.added++;
        if (n === 0) s.withoutDocuments.push(p);
        opts.onFile?.(p, prev ? 'replaced' : 'added', n === 0 ? 'no document found: nothing to search in this file' : plural(n, 'document'));
      }
    }
    if (s.added || s.replaced || s.removed || opts.rebuild) await saveIndex(idx);
    return s;
  } finally {
    release();
  }
}
