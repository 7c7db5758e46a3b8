/** `gongbao index`, `gongbao search`, `gongbao show` (`gongbao refs` is in refsCommand.ts). */
import { displayWidth } from '../text/displayWidth.js';
import type { ChalkInstance } from 'chalk';
import { closeIndex, defaultIndexDir, documentOf, loadIndex, readListing, samePathsOf, type LoadedIndex } from '../search/indexStore.js';
import { isAbsolute, relative } from 'node:path';
import { printable } from '../util/printable.js';
import { parseQuery, QueryError, yearValue, type Filters } from '../search/queryParser.js';
import { search, searchTotal, type SearchHit, type SearchTotal } from '../search/search.js';
import type { SegmenterName } from '../search/segmenter.js';
import { findArticle, formatDocument, formatNode } from '../output/showDocument.js';
import { plural } from '../output/plural.js';
import { parseChineseNumber } from '../text/chineseNumber.js';
import { wantProgressBar } from '../output/colourChoice.js';
import { positiveInteger, UsageError } from './optionValues.js';
import { colour, EXIT_INDEX, fail, findDocs, notFound, onIndex, runIndexCheck } from './indexAccess.js';

export { EXIT_INDEX };
import type { TokenizerName } from '../search/tokenizers.js';

export interface IndexCliOptions {
  index?: string;
  remove?: boolean;
  list?: boolean;
  check?: boolean;
  rebuild?: boolean;
  prune?: boolean;
  tokenizer?: TokenizerName;
  segmenter?: SegmenterName;
  jobs?: string;
  progress?: boolean;
  json?: boolean;
  quiet?: boolean;
  color?: boolean | string;
}

export async function runIndexCommand(paths: string[], o: IndexCliOptions): Promise<number> {
  const dir = defaultIndexDir(o.index);
  try {
    if (o.check) {
      if (paths.length || o.list || o.remove || o.rebuild || o.prune) throw new UsageError('--check takes no paths and no other action');
      return await runIndexCheck(dir, o.json);
    }
    if (o.list) {
      const meta = readListing(dir);
      const files = meta ? Object.values(meta.files) : [];
      if (o.json) {
        process.stdout.write(JSON.stringify({ index: dir, tokenizer: meta?.tokenizer ?? null, segmenter: meta?.segmenter ?? null, files: files.map((f) => ({ path: f.path, sha256: f.sha256, issues: f.issues, documents: f.documents.length, indexedAt: f.indexedAt })) }, null, 2) + '\n');
      } else {
        const c = await colour(o.color);
        process.stdout.write(`${c.bold(dir)}${meta ? c.dim(`  (${meta.tokenizer}${meta.segmenter ? `, ${meta.segmenter.name} ${meta.segmenter.version}` : ''})`) : ''}\n`);
        // a file with the same content as one listed before it shares that file's documents
        const firstWithContent = new Map<string, string>();
        for (const f of files) {
          const original = firstWithContent.get(f.sha256);
          if (!original) firstWithContent.set(f.sha256, f.path);
          process.stdout.write(`  ${f.path}  ${c.dim(`${f.issues} issue(s), ${f.documents.length} documents${original ? `, the same content as ${original}` : ''}`)}\n`);
        }
        const copies = files.length - firstWithContent.size;
        process.stdout.write(`${files.length} files, ${meta?.documents ?? 0} documents${copies ? ` (${copies} ${copies === 1 ? 'file is a copy' : 'files are copies'} of another: identical content is indexed once)` : ''}\n`);
      }
      return 0;
    }
    if (!paths.length && !o.prune) throw new UsageError('index needs PATH... (or --list, or --prune)');
    if (o.remove && o.rebuild) throw new UsageError('--remove and --rebuild do not combine');
    if (o.segmenter && o.tokenizer !== 'jieba') throw new UsageError('--segmenter needs --tokenizer jieba');
    const jobs = positiveInteger('--jobs', o.jobs);
    // the writer (and the parser it runs) are loaded by `index` only, not by search/show/refs
    const { runIndex } = await import('../search/indexer.js');
    const { makeBar } = await import('../output/progressBar.js');
    let failed = 0;
    // a bar on a terminal (per-file lines would tear it); per-file lines otherwise
    const bar = o.progress !== false && !o.quiet && !o.json && wantProgressBar()
      ? makeBar('indexing', ' files | ETA {eta_formatted}', displayWidth('indexing [] 000000/000000 files | ETA 1h23m'), process.stderr).bar
      : null;
    const abort = new AbortController();
    // Ctrl-C: the file being written is committed or not at all; stop there and report what was committed
    const onSignal = (): void => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let s;
    try {
      s = await runIndex(paths, {
        dir,
        tokenizer: o.tokenizer,
        segmenter: o.segmenter,
        rebuild: o.rebuild,
        remove: o.remove,
        prune: o.prune,
        jobs,
        signal: abort.signal,
        onProgress: (done, total) => {
          if (!bar) return;
          if (done === 0) bar.start(total, 0);
          else bar.update(done);
        },
        onFile: (p, status, detail) => {
          if (status === 'failed') {
            failed++;
            bar?.stop();
            process.stderr.write(`gongbao: ${p}: ${detail}\n`);
          } else if (!o.json && !o.quiet && !bar) process.stderr.write(`${status.padEnd(9)} ${p}${detail ? `  (${detail})` : ''}\n`);
        },
      });
    } finally {
      bar?.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    if (o.json) process.stdout.write(JSON.stringify({ index: dir, ...s }) + '\n');
    else {
      if (!o.quiet) for (const p of s.withoutDocuments) process.stderr.write(`gongbao: ${p}: no document found, nothing in it can be searched\n`);
      const empty = s.withoutDocuments.length ? `, ${s.withoutDocuments.length} without a document` : '';
      // the summary is the command's output (stdout); the per-file lines above are progress (stderr)
      if (s.interrupted) process.stderr.write(`gongbao index: interrupted; what is listed below was committed, rerun to index the rest\n`);
      process.stdout.write(`gongbao index: ${s.added} added, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.removed} removed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}${empty}; ${plural(s.documents, 'document')} → ${dir}\n`);
    }
    return s.interrupted ? 130 : failed ? 1 : 0;
  } catch (err) {
    return fail(err, undefined, 1);
  }
}

/** Where the hit is, as rg prints it: `file:line` (relative to the working folder when inside it). */
function fileLine(h: SearchHit): string {
  const file = displayPath(h.doc.path);
  return h.record.line !== null ? `${file}:${h.record.line}` : file;
}

/** A path relative to the working folder when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** `44`, `at least 2,000`, `at most 12` (before the words were checked on every text). */
export function totalText(t: SearchTotal): string {
  const n = t.count.toLocaleString('en');
  return t.kind === 'exact' ? n : `${t.kind === 'at-least' ? 'at least' : 'at most'} ${n}`;
}

/** `search` found nothing (grep and rg exit 1 too). */
export const EXIT_NO_MATCH = 1;

/** `search --in FILE`: parse the files into an index in memory (nothing written); unreadable files are reported. */
async function filesIndex(files: string[]): Promise<LoadedIndex> {
  const { memoryIndex } = await import('../search/indexStore.js');
  const { prepareFile } = await import('../search/prepareFile.js');
  const { addFile } = await import('../search/indexer.js');
  const { readSourceBytes, InputError } = await import('../read/readSource.js');
  const idx = memoryIndex();
  for (const path of files) {
    let bytes: Buffer | null = null;
    try {
      if (!path.endsWith('.json')) bytes = readSourceBytes(path);
    } catch (err) {
      process.stderr.write(`gongbao: ${path}: ${err instanceof InputError ? err.problem : (err as Error).message}\n`);
      continue;
    }
    const r = await prepareFile({ path, bytes, tokenizer: 'bigram' });
    if (!r.ok) process.stderr.write(`gongbao: ${path}: ${r.error}\n`);
    else if (!idx.db.prepare('SELECT 1 FROM files WHERE path = ?').get(path)) addFile(idx, r);
  }
  return idx;
}

export interface SearchCliOptions extends Omit<Filters, 'no'> {
  /** Search these files (parsed in memory) instead of the index. */
  in?: string[];
  number?: string;
  index?: string;
  limit?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean | string;
}

function highlight(hit: SearchHit, c: ChalkInstance): string {
  const { text, marks } = hit.snippet;
  let out = '';
  let at = 0;
  for (const [a, b] of marks) {
    if (a < at) continue;
    out += text.slice(at, a) + c.bold.red(text.slice(a, b));
    at = b;
  }
  return out + text.slice(at);
}

export async function runSearchCommand(query: string[], o: SearchCliOptions): Promise<number> {
  const dir = defaultIndexDir(o.index);
  try {
    const limit = o.limit ? Number(o.limit) : 10;
    if (!Number.isInteger(limit) || limit <= 0) throw new QueryError(`--limit must be a positive integer, got "${o.limit}"`);
    const q = parseQuery(query.join(' '), { issuer: o.issuer, type: o.type, year: o.year !== undefined ? yearValue(String(o.year)) : undefined, from: o.from, to: o.to, section: o.section, no: o.number });
    const ignored = q.ignored.join(' ');
    if (!q.terms.length && !q.phrases.length && !q.alternatives.length && !q.excludes.length && !q.bareNumber && !Object.values(q.filters).some((v) => v !== undefined)) {
      if (q.ignored.length) throw new QueryError(`nothing to search: ${ignored} ${q.ignored.length === 1 ? 'has' : 'have'} no letters, digits or characters (punctuation is not indexed)`);
      // `--in` takes every argument after it as a file: the words went with them
      throw new QueryError(o.in?.length ? `empty query: every argument after --in is a file (${o.in.length} given); put the query before --in, or after --` : 'empty query');
    }
    if (q.ignored.length && !o.quiet) process.stderr.write(`gongbao: left out of the search: ${ignored} (no letters, digits or characters)\n`);
    if (o.in?.length && o.index) throw new UsageError('--in searches the files given, not an index: drop --index');
    const idx = o.in?.length ? await filesIndex(o.in) : loadIndex(dir);
    if (!idx) {
      process.stderr.write(`gongbao: no index at ${dir}: build one with \`gongbao index PATH...\`\n`);
      return EXIT_INDEX;
    }
    let hits: SearchHit[];
    let total: SearchTotal;
    const copies = new Map<SearchHit, string[]>();
    try {
      hits = search(idx, q, limit);
      total = hits.length < limit ? { count: hits.length, kind: 'exact' } : searchTotal(idx, q);
      // identical files share their documents: a hit names every path that holds it
      for (const h of hits) {
        const others = samePathsOf(idx, h.doc.fileSha, h.doc.path);
        if (others.length) copies.set(h, others);
      }
    } finally {
      closeIndex(idx);
    }
    if (o.json) {
      process.stdout.write(JSON.stringify({ query: q, total: total.count, totalKind: total.kind, hits: hits.map((h) => ({ id: h.doc.id, docNumber: h.doc.docNumber, title: h.doc.title, signDate: h.doc.signDate, issuer: h.doc.issuer, docType: h.doc.docType, section: h.doc.section, file: h.doc.path, ...(copies.has(h) ? { sameContentAt: copies.get(h) } : {}), line: h.record.line, score: h.score, scores: h.scores, article: h.record.path, snippet: h.snippet.text })) }, null, 2) + '\n');
      return hits.length ? 0 : EXIT_NO_MATCH;
    }
    const c = await colour(o.color);
    // no match: exit 1, as grep and rg do
    if (!hits.length) {
      process.stderr.write('no documents found\n');
      return EXIT_NO_MATCH;
    }
    hits.forEach((h, i) => {
      process.stdout.write(`${c.dim(`${i + 1}.`)} ${c.yellow(h.doc.docNumber ?? '(no number)')}  ${c.bold(h.doc.title)}\n`);
      const also = copies.get(h)?.map((p) => displayPath(p));
      process.stdout.write(`   ${c.dim([h.doc.signDate ?? 'no date', h.doc.issuer ?? 'no issuer', h.doc.id, fileLine(h) + (also ? ` (the same file at ${also.join(', ')})` : '')].join(' · '))}\n`);
      process.stdout.write(`   ${c.cyan(h.record.path)}  ${highlight(h, c)}\n`);
    });
    // how many matched, on stderr: stdout stays the hits
    if (total.count > hits.length && !o.quiet) process.stderr.write(c.dim(`${hits.length} of ${totalText(total)} documents (--limit N shows more)\n`));
    return 0;
  } catch (err) {
    return fail(err, dir);
  }
}

export interface ShowCliOptions {
  index?: string;
  article?: string;
  json?: boolean;
  color?: boolean | string;
  first?: boolean;
  /** false with --no-pager. */
  pager?: boolean;
}

export async function runShowCommand(ref: string, o: ShowCliOptions): Promise<number> {
  const dir = defaultIndexDir(o.index);
  return onIndex(dir, (idx) => showFrom(idx, ref, o));
}

/** `show` on an open index. */
async function showFrom(idx: LoadedIndex, ref: string, o: ShowCliOptions): Promise<number> {
  const docs = findDocs(idx, ref);
  if (!docs.length) {
    process.stderr.write(`gongbao: ${notFound(idx, ref)}\n`);
    return 1;
  }
  if (docs.length > 1 && !o.first) {
    // several indexed documents share this 发文字号: say which, do not pick one silently
    process.stderr.write(`gongbao: ${plural(docs.length, 'document')} share ${printable(ref)}; give an id (or --first):\n`);
    for (const d of docs) process.stderr.write(`  ${d.id}  ${d.title}  ${d.path}\n`);
    return 2;
  }
  const doc = docs[0];
  const d = documentOf(idx, doc.id);
  const c = await colour(o.color);
  if (o.article !== undefined) {
    // 12, 第十二条 or 十二
    const label = o.article.trim().replace(/^第\s*|\s*条$/g, '');
    const n = /^\d+$/.test(label) ? Number(label) : parseChineseNumber(label);
    const node = n !== null && Number.isInteger(n) ? findArticle(d, n) : null;
    if (!node) {
      process.stderr.write(`gongbao: ${doc.docNumber ?? doc.id} has no article ${o.article}\n`);
      return 1;
    }
    process.stdout.write(o.json ? JSON.stringify(node, null, 2) + '\n' : formatNode(node, c) + '\n');
    return 0;
  }
  if (o.json) process.stdout.write(JSON.stringify(d, null, 2) + '\n');
  else (await import('../output/pager.js')).printPaged(formatDocument(d, c) + '\n', { enabled: o.pager !== false });
  return 0;
}
