/**
 * `gongbao convert`: inputs (files, folders, archives) → one JSON per gazette in OUTDIR (input paths
 * mirrored), documents.ndjson, manifest.json (and the Elasticsearch bulk files). Parsing runs in a pool
 * of worker threads; outputs are written atomically and in input order, so the same input gives the same
 * bytes whatever the job count; a rerun skips inputs already converted by the same version.
 */
import { existsSync, openSync, readSync, closeSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, readLimited, ReadLimitError } from '../read/readLimited.js';
import { makeDirs, removeEmptyDirs } from '../output/makeDirs.js';
import { isTempName, lineWriter, moveIntoPlace, writeFileAtomic, writeLines } from '../output/atomicFile.js';
import { settleStaleOutputs } from './staleOutputs.js';
import { isDiskFull, OutputPathError, whyNotWritten } from '../output/checkOutputPath.js';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Piscina } from 'piscina';
import picomatch from 'picomatch';
import { enumerateInputs, DEFAULT_INCLUDE, type InputItem } from './inputs.js';
import { archiveEntries } from './archiveEntries.js';
import { DEFAULT_LIMITS, type ArchiveLimits } from './entrySafety.js';
import type { ConvertResult, ConvertTask } from './worker.js';
import { documentRecords, esBulkLines, esMapping } from './documentRecord.js';
import { sha256Hex } from '../read/readSource.js';
import { makeProgress } from './progress.js';
import { GENERATOR } from '../version.js';
import type { ParseResult } from '../types.js';
import { plural } from '../output/plural.js';
import { wantProgressBar } from '../output/colourChoice.js';

export type OutputFormat = 'json' | 'ndjson' | 'es-bulk';

export interface ConvertOptions {
  output: string;
  jobs?: number;
  format?: OutputFormat;
  force?: boolean;
  include?: string[];
  exclude?: string[];
  limits?: Partial<ArchiveLimits>;
  maxFileBytes?: number;
  /** Seconds one file may take (default 60). */
  fileTimeoutSeconds?: number;
  progress?: boolean;
  /** Remove outputs of inputs this run did not have (see staleOutputs). */
  delete?: boolean;
}

export interface ManifestEntry {
  path: string;
  output: string | null;
  sha256: string | null;
  bytes: number | null;
  encoding: string | null;
  /** What the input was read as: text, markdown, html or pdf. */
  format?: string;
  status: 'ok' | 'skipped' | 'failed';
  reason: string | null;
  documents: number;
  error: string | null;
  /** Set when the input was converted but holds no document (see parse's exit code 4). */
  warning?: string;
}

export interface ConvertSummary {
  ok: number;
  skipped: number;
  failed: number;
  documents: number;
  /** Inputs converted without any document (their paths, as index's summary gives them). */
  withoutDocuments: string[];
  seconds: number;
  manifest: ManifestEntry[];
  /** Outputs of earlier runs whose input this run did not have (relative to the output folder); removed with --delete. */
  staleOutputs: string[];
  /** True when they were removed. */
  staleDeleted: boolean;
  /** What stopped the run or its collected outputs (a full disk), as one line; absent when nothing did. */
  runError?: string;
}

interface Unit {
  path: string;
  outName: string;
  bytes?: Uint8Array;
  error?: string;
  skip?: string;
}

const MANIFEST = 'manifest.json';
/** Time one file may take in its worker before it is killed and recorded as failed. */
export const DEFAULT_FILE_TIMEOUT_S = 60;
/** Heap one worker may use for one file. */
const FILE_MEMORY_MB = 3072;

/** Units to convert, in input order: plain files, archive entries, and failures of unreadable inputs. */
interface UnitOptions {
  maxFileBytes: number;
  limits: ArchiveLimits;
  accept: (name: string) => boolean;
  /** An output name no other input of the run has (names equal up to case collide on many file systems). */
  uniqueName: (name: string) => string;
}

async function* units(items: InputItem[], opts: UnitOptions): AsyncGenerator<Unit> {
  for (const item of items) {
    if (item.kind === 'missing') {
      yield { path: item.path, outName: item.outName, error: item.error };
      continue;
    }
    if (item.kind === 'skipped') {
      yield { path: item.path, outName: item.outName, skip: item.reason };
      continue;
    }
    if (item.kind === 'file') {
      try {
        // not a regular file (FIFO, device, socket): skipped, so a FIFO without a writer never blocks the batch
        if (!statSync(item.path).isFile()) {
          yield { path: item.path, outName: item.outName, skip: 'not a regular file (FIFO, device or socket)' };
          continue;
        }
        yield { path: item.path, outName: item.outName, bytes: readLimited(item.path, opts.maxFileBytes) };
      } catch (err) {
        const problem = err instanceof ReadLimitError ? err.problem : `cannot read (${(err as NodeJS.ErrnoException).code})`;
        yield { path: item.path, outName: item.outName, error: problem };
      }
      continue;
    }
    try {
      for await (const e of archiveEntries(item.path, item.archive, opts.limits, opts.accept)) {
        const path = `${item.path}/${e.name}`;
        const outName = opts.uniqueName(`${item.outName}/${e.name}`);
        if (e.skipped !== undefined) yield { path, outName, skip: e.skipped };
        else if (e.refused !== undefined) yield { path, outName, error: e.refused };
        else yield { path, outName, bytes: e.bytes };
      }
    } catch (err) {
      yield { path: item.path, outName: item.outName, error: `corrupt or unreadable archive: ${(err as Error).message}` };
    }
  }
}

/** sha256 and generator version at the head of an existing output (written first by the parser). */
function existingOutput(file: string): { sha256: string; version: string; encoding: string | null } | null {
  if (!existsSync(file)) return null;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(2048);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString('utf8');
    const sha = /"sha256":\s*"([0-9a-f]{64})"/.exec(head)?.[1];
    const version = /"generator":\s*\{\s*"name":\s*"[^"]*",\s*"version":\s*"([^"]+)"/.exec(head)?.[1];
    const encoding = /"encoding":\s*"([^"]+)"/.exec(head)?.[1] ?? null;
    return sha && version ? { sha256: sha, version, encoding } : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Remove temporary files a killed run left behind (never .json outputs). */
function removeStaleTemps(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) removeStaleTemps(p);
    else if (isTempName(name.name)) unlinkSync(p);
  }
}

/** What kept the run from finishing its writes, as one line (null when nothing did). */
export function runProblem(outDir: string, p: { diskFull: string | null; collectError: string | null; manifestError: string | null; inputs: number }): string | null {
  const what: string[] = [];
  if (p.diskFull) what.push(`${p.diskFull}: stopped after ${plural(p.inputs, 'input')}`);
  if (p.collectError) what.push(`documents.ndjson not written (${p.collectError})`);
  if (p.manifestError) what.push(`${MANIFEST} not written (${p.manifestError})`);
  if (!what.length) return null;
  const after = p.manifestError ? 'free space and rerun: outputs already written are kept' : `${MANIFEST} lists every input up to then; free space and rerun to resume`;
  return `${outDir}: ${what.join('; ')}; ${after}`;
}

export async function runConvert(inputs: string[], opts: ConvertOptions): Promise<ConvertSummary> {
  const started = Date.now();
  const outDir = opts.output;
  const format = opts.format ?? 'json';
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const include = opts.include?.length ? opts.include : DEFAULT_INCLUDE;
  const acceptName = picomatch(include.map((g) => g.replace(/^\*\*\//, '')), { nocase: true, basename: true });
  makeDirs(outDir);
  removeStaleTemps(outDir);

  const items = enumerateInputs(inputs, { include, exclude: opts.exclude ?? [] });
  const sizeOf = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0; // a dangling link or a file gone since the walk: reported when it is read
    }
  };
  const totalBytes = items.reduce((n, i) => n + (i.kind === 'file' || i.kind === 'archive' ? sizeOf(i.path) : 0), 0);
  const progress = makeProgress(items.length, totalBytes, opts.progress ?? true, wantProgressBar());

  const fileTimeoutSeconds = opts.fileTimeoutSeconds ?? DEFAULT_FILE_TIMEOUT_S;
  const fileTimeoutMs = Math.max(1, Math.round(fileTimeoutSeconds * 1000));
  const pool = new Piscina<ConvertTask, ConvertResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 0, // workers start with their first task: terminating one still loading its modules aborts Node 20 (v8 IsGraphAsync)
    maxThreads: jobs,
    idleTimeout: 1000,
    // a file that needs more is killed with its worker and recorded as failed; the pool starts a new worker
    resourceLimits: { maxOldGenerationSizeMb: FILE_MEMORY_MB, stackSizeMb: 16 },
  });

  const manifest: ManifestEntry[] = [];
  // each input's output name (its output path is set only once written)
  const outNameOf = new Map<ManifestEntry, string>();
  const inFlight = new Set<Promise<void>>();
  // Ctrl-C / SIGTERM: restore the terminal, say what is done, exit 130; every output written so far is complete
  // (atomic renames), so a rerun resumes where this one stopped
  const onSignal = (signal: NodeJS.Signals): void => {
    progress.stop();
    if (process.stderr.isTTY) process.stderr.write('\x1b[?25h\x1b[?7h\n');
    const converted = manifest.filter((m) => m.status === 'ok').length;
    process.stderr.write(`gongbao convert: interrupted: ${plural(converted, 'gazette')} converted; rerun to resume\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let bytesDone = 0;
  let done = 0; // gazettes (files or archive entries) finished
  const finishInput = (u: Unit, size: number): void => {
    bytesDone += size;
    done++;
    progress.update(done, bytesDone, u.path);
  };

  // output names: unique up to case, never one of the run's own files (manifest.json, mapping.json…), and never a
  // file where another output needs a folder (a.txt → a.txt.json beside a.txt.json/b.txt) or the other way round
  const usedNames = new Set<string>([MANIFEST, 'mapping.json', 'documents.ndjson.json', 'bulk.ndjson.json', 'gazettes.ndjson.json'].map((n) => n.replace(/\.json$/, '').toLowerCase()));
  const folders = new Set<string>();
  const outputFile = (name: string) => `${name}.json`.toLowerCase();
  /** True when `folder` is the output file of an earlier name (`x/a.txt.json` for the name `x/a.txt`). */
  const isOutputFile = (folder: string): boolean => /\.json$/i.test(folder) && usedNames.has(folder.slice(0, -5).toLowerCase());
  const uniqueName = (name: string): string => {
    const segs = name.split('/');
    for (let i = 1; i < segs.length; i++) while (isOutputFile(segs.slice(0, i).join('/'))) segs[i - 1] += '~2';
    const base = segs.join('/');
    let n = base;
    for (let k = 2; usedNames.has(n.toLowerCase()) || folders.has(outputFile(n)); k++) n = `${base}~${k}`;
    usedNames.add(n.toLowerCase());
    const parts = n.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/').toLowerCase());
    return n;
  };
  for (const i of items) {
    usedNames.add(i.outName.toLowerCase());
    const parts = i.outName.split('/');
    for (let k = 1; k < parts.length; k++) folders.add(parts.slice(0, k).join('/').toLowerCase());
  }
  for (const i of items) if (['manifest', 'mapping'].includes(i.outName.toLowerCase())) i.outName = uniqueName(i.outName);
  // set when an output met a full disk: no further input is started, the run reports it
  let diskFull: string | null = null;
  for await (const u of units(items, { maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_BYTES, limits, accept: (n) => acceptName(n), uniqueName })) {
    if (diskFull) break;
    const entry: ManifestEntry = { path: u.path, output: null, sha256: null, bytes: u.bytes?.length ?? null, encoding: null, status: 'failed', reason: null, documents: 0, error: null };
    manifest.push(entry);
    outNameOf.set(entry, u.outName);
    if (u.error !== undefined) {
      entry.error = u.error;
      finishInput(u, 0);
      continue;
    }
    if (u.skip !== undefined) {
      entry.status = 'skipped';
      entry.reason = u.skip;
      finishInput(u, 0);
      continue;
    }
    const bytes = u.bytes!;
    // with --format ndjson the per-gazette JSON is kept in a hidden cache (for resuming) and assembled
    const outRel = format === 'ndjson' ? `.cache/${u.outName}.json` : `${u.outName}.json`;
    const outPath = join(outDir, outRel);
    entry.sha256 = sha256Hex(bytes);
    entry.output = outRel;
    if (!opts.force) {
      const prev = existingOutput(outPath);
      if (prev && prev.sha256 === entry.sha256 && prev.version === GENERATOR.version) {
        entry.status = 'skipped';
        entry.reason = 'unchanged since the last conversion';
        entry.encoding = prev.encoding; // what was recorded when it was converted
        finishInput(u, bytes.length);
        continue;
      }
    }
    while (inFlight.size >= jobs * 2) await Promise.race(inFlight);
    const size = bytes.length;
    const task = pool.run({ path: u.path, bytes }, { signal: AbortSignal.timeout(fileTimeoutMs) }).then((r: ConvertResult) => {
      if (r.ok) {
        let created: string[] = [];
        try {
          created = makeDirs(dirname(outPath));
          writeFileAtomic(outPath, r.json);
          entry.status = 'ok';
          entry.documents = r.documents;
          entry.encoding = r.encoding;
          entry.format = r.format;
        } catch (err) {
          // one output that cannot be written (name too long, a file where a folder is needed) fails alone, and
          // the folders made for it go again; a full disk stops the run (every later write would fail too)
          removeEmptyDirs(created);
          entry.output = null;
          entry.error = err instanceof OutputPathError ? `cannot write ${outRel}: ${err.problem}` : `cannot write ${outRel} (${whyNotWritten(err)})`;
          if (isDiskFull(err)) diskFull ??= whyNotWritten(err);
        }
      } else {
        // nothing was written for it
        entry.output = null;
        entry.error = r.error;
      }
      finishInput(u, size);
    }, (err: Error) => {
      entry.output = null;
      entry.error = err.name === 'AbortError' || err.name === 'TimeoutError'
        ? `took longer than the ${fileTimeoutSeconds} s limit for one file (raise it with --file-timeout)`
        : /memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${(err as NodeJS.ErrnoException).code} ${err.message}`)
          ? `needed more than the ${FILE_MEMORY_MB} MB of memory allowed for one file`
          : `worker failed: ${err.message}`;
      finishInput(u, size);
    });
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  await pool.destroy();
  progress.stop();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);

  // documents.ndjson (and bulk / gazettes.ndjson), rebuilt in input order from the outputs
  const docsPath = join(outDir, 'documents.ndjson');
  const bulkPath = join(outDir, 'bulk.ndjson');
  const gazettesPath = join(outDir, 'gazettes.ndjson');
  let documents = 0;
  const readResult = (m: ManifestEntry): ParseResult | null => {
    if (!m.output) return null;
    try {
      return JSON.parse(readFileSync(join(outDir, m.output), 'utf8')) as ParseResult;
    } catch {
      return null;
    }
  };
  // what the run could not write beyond single outputs: one line for the user, and the manifest still written
  let collectError: string | null = null;
  try {
    await writeCollections();
  } catch (err) {
    collectError = whyNotWritten(err);
  }
  async function writeCollections(): Promise<void> {
    await writeLines(docsPath, async (writeDoc) => {
      const bulkWriter = format === 'es-bulk' ? lineWriter(bulkPath + '.partial') : null;
      const gazWriter = format === 'ndjson' ? lineWriter(gazettesPath + '.partial') : null;
      try {
        for (const m of manifest) {
          if (m.status === 'failed' || !m.sha256) continue;
          const r = readResult(m);
          if (!r) continue;
          if (m.status === 'skipped') m.documents = r.issues.reduce((n, i) => n + i.documents.length, 0);
          await gazWriter?.write(JSON.stringify(r) + '\n');
          for (const rec of documentRecords(r)) {
            documents++;
            await writeDoc(JSON.stringify(rec) + '\n');
            await bulkWriter?.write(esBulkLines(rec));
          }
        }
        for (const [w, path] of [[bulkWriter, bulkPath], [gazWriter, gazettesPath]] as const) {
          if (!w) continue;
          await w.close();
          moveIntoPlace(path + '.partial', path);
        }
      } catch (err) {
        bulkWriter?.discard();
        gazWriter?.discard();
        throw err;
      }
    });
    if (format === 'es-bulk') writeFileAtomic(join(outDir, 'mapping.json'), JSON.stringify(esMapping(), null, 2) + '\n');
  }

  for (const m of manifest) if (m.status !== 'failed' && m.sha256 && m.documents === 0) m.warning = 'no document found';
  const summary: ConvertSummary = {
    ok: manifest.filter((m) => m.status === 'ok').length,
    skipped: manifest.filter((m) => m.status === 'skipped').length,
    failed: manifest.filter((m) => m.status === 'failed').length,
    documents,
    withoutDocuments: manifest.filter((m) => m.warning).map((m) => m.path),
    seconds: (Date.now() - started) / 1000,
    manifest,
    staleOutputs: [],
    staleDeleted: false,
  };
  // outputs of inputs this run did not have: reported, removed with --delete (never after a run that was cut short);
  // an input that failed this time keeps its earlier output: it is not stale, only not refreshed
  const current = new Set(manifest.flatMap((m) => (m.output ? [m.output] : m.status === 'failed' ? [`${format === 'ndjson' ? '.cache/' : ''}${outNameOf.get(m) ?? ''}.json`] : [])));
  if (!diskFull && !collectError) {
    const stale = settleStaleOutputs(outDir, current, (p) => existingOutput(p) !== null, !!opts.delete);
    summary.staleOutputs = stale.outputs;
    summary.staleDeleted = stale.deleted;
    if (stale.error) summary.runError = stale.error;
  }
  let manifestError: string | null = null;
  try {
    writeFileAtomic(join(outDir, MANIFEST), JSON.stringify({ generator: GENERATOR, inputs: manifest }, null, 1) + '\n');
  } catch (err) {
    manifestError = whyNotWritten(err);
  }
  const runError = runProblem(outDir, { diskFull, collectError, manifestError, inputs: manifest.length });
  if (runError) summary.runError = summary.runError ? `${runError}; ${summary.runError}` : runError;
  return summary;
}
