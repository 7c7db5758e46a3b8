/**
 * `gongbao convert`: inputs (files, folders, archives) → one JSON per gazette in OUTDIR (input paths
 * mirrored), documents.ndjson, manifest.json (and the Elasticsearch bulk files). Parsing runs in a pool
 * of worker threads; outputs are written atomically and in input order, so the same input gives the same
 * bytes whatever the job count; a rerun skips inputs already converted by the same version.
 */
import { createWriteStream, existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, readLimited, ReadLimitError } from '../read/readLimited.js';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { Piscina } from 'piscina';
import picomatch from 'picomatch';
import { enumerateInputs, DEFAULT_INCLUDE, type InputItem } from './inputs.js';
import { archiveEntries } from './archiveEntries.js';
import { DEFAULT_LIMITS, type ArchiveLimits } from './entrySafety.js';
import type { ConvertResult, ConvertTask } from './worker.js';
import { documentRecords, esBulkLines, esMapping } from './documentRecord.js';
import { writeFileAtomic } from '../output/writeAtomic.js';
import { sha256Hex } from '../read/readSource.js';
import { makeProgress } from './progress.js';
import { GENERATOR } from '../version.js';
import type { ParseResult } from '../types.js';

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
  progress?: boolean;
}

export interface ManifestEntry {
  path: string;
  output: string | null;
  sha256: string | null;
  bytes: number | null;
  encoding: string | null;
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
  /** Inputs converted without any document. */
  withoutDocuments: number;
  seconds: number;
  manifest: ManifestEntry[];
}

interface Unit {
  path: string;
  outName: string;
  bytes?: Uint8Array;
  error?: string;
  skip?: string;
}

const MANIFEST = 'manifest.json';

/** Units to convert, in input order: plain files, archive entries, and failures of unreadable inputs. */
async function* units(items: InputItem[], opts: Required<Pick<ConvertOptions, 'maxFileBytes'>> & { limits: ArchiveLimits; accept: (name: string) => boolean }): AsyncGenerator<Unit> {
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
      for await (const e of archiveEntries(item.path, item.archive, opts.limits)) {
        const path = `${item.path}/${e.name}`;
        const outName = `${item.outName}/${e.name}`;
        if (e.refused !== undefined) yield { path, outName, error: e.refused };
        else if (!opts.accept(e.name)) yield { path, outName, skip: 'not a gazette text file (see --include)' };
        else yield { path, outName, bytes: e.bytes };
      }
    } catch (err) {
      yield { path: item.path, outName: item.outName, error: `corrupt or unreadable archive: ${(err as Error).message}` };
    }
  }
}

/** sha256 and generator version at the head of an existing output (written first by the parser). */
function existingOutput(file: string): { sha256: string; version: string } | null {
  if (!existsSync(file)) return null;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(2048);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString('utf8');
    const sha = /"sha256":\s*"([0-9a-f]{64})"/.exec(head)?.[1];
    const version = /"generator":\s*\{\s*"name":\s*"[^"]*",\s*"version":\s*"([^"]+)"/.exec(head)?.[1];
    return sha && version ? { sha256: sha, version } : null;
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
    else if (name.name.startsWith('.') && name.name.endsWith('.tmp')) unlinkSync(p);
  }
}

async function writeLines(path: string, produce: (write: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${Date.now()}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const out = createWriteStream(tmp);
  const write = async (s: string): Promise<void> => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await produce(write);
  out.end();
  await once(out, 'finish');
  renameSync(tmp, path);
}

export async function runConvert(inputs: string[], opts: ConvertOptions): Promise<ConvertSummary> {
  const started = Date.now();
  const outDir = opts.output;
  const format = opts.format ?? 'json';
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const include = opts.include?.length ? opts.include : DEFAULT_INCLUDE;
  const acceptName = picomatch(include.map((g) => g.replace(/^\*\*\//, '')), { nocase: true, basename: true });
  mkdirSync(outDir, { recursive: true });
  removeStaleTemps(outDir);

  const items = enumerateInputs(inputs, { include, exclude: opts.exclude ?? [] });
  const totalBytes = items.reduce((n, i) => n + (i.kind === 'missing' ? 0 : statSync(i.path).size), 0);
  const progress = makeProgress(items.length, totalBytes, opts.progress ?? true, process.stderr.isTTY === true);

  const pool = new Piscina<ConvertTask, ConvertResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });

  const manifest: ManifestEntry[] = [];
  const inFlight = new Set<Promise<void>>();
  let bytesDone = 0;
  let done = 0; // gazettes (files or archive entries) finished
  const finishInput = (u: Unit, size: number): void => {
    bytesDone += size;
    done++;
    progress.update(done, bytesDone, u.path);
  };

  for await (const u of units(items, { maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_BYTES, limits, accept: (n) => acceptName(n) })) {
    const entry: ManifestEntry = { path: u.path, output: null, sha256: null, bytes: u.bytes?.length ?? null, encoding: null, status: 'failed', reason: null, documents: 0, error: null };
    manifest.push(entry);
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
        finishInput(u, bytes.length);
        continue;
      }
    }
    while (inFlight.size >= jobs * 2) await Promise.race(inFlight);
    const size = bytes.length;
    const task = pool.run({ path: u.path, bytes }).then((r: ConvertResult) => {
      if (r.ok) {
        mkdirSync(dirname(outPath), { recursive: true });
        writeFileAtomic(outPath, r.json);
        entry.status = 'ok';
        entry.documents = r.documents;
        entry.encoding = r.encoding;
      } else {
        entry.error = r.error;
      }
      finishInput(u, size);
    }, (err: Error) => {
      entry.error = `worker failed: ${err.message}`;
      finishInput(u, size);
    });
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  await pool.destroy();
  progress.stop();

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
  await writeLines(docsPath, async (writeDoc) => {
    const bulkWriter = format === 'es-bulk' ? createWriteStream(bulkPath + '.partial') : null;
    const gazWriter = format === 'ndjson' ? createWriteStream(gazettesPath + '.partial') : null;
    for (const m of manifest) {
      if (m.status === 'failed' || !m.sha256) continue;
      const r = readResult(m);
      if (!r) continue;
      if (m.status === 'skipped') m.documents = r.issues.reduce((n, i) => n + i.documents.length, 0);
      if (gazWriter && !gazWriter.write(JSON.stringify(r) + '\n')) await once(gazWriter, 'drain');
      for (const rec of documentRecords(r)) {
        documents++;
        await writeDoc(JSON.stringify(rec) + '\n');
        if (bulkWriter && !bulkWriter.write(esBulkLines(rec))) await once(bulkWriter, 'drain');
      }
    }
    for (const [w, path] of [[bulkWriter, bulkPath], [gazWriter, gazettesPath]] as const) {
      if (!w) continue;
      w.end();
      await once(w, 'finish');
      renameSync(path + '.partial', path);
    }
  });
  if (format === 'es-bulk') writeFileAtomic(join(outDir, 'mapping.json'), JSON.stringify(esMapping(), null, 2) + '\n');

  for (const m of manifest) if (m.status !== 'failed' && m.sha256 && m.documents === 0) m.warning = 'no document found';
  const summary: ConvertSummary = {
    ok: manifest.filter((m) => m.status === 'ok').length,
    skipped: manifest.filter((m) => m.status === 'skipped').length,
    failed: manifest.filter((m) => m.status === 'failed').length,
    documents,
    withoutDocuments: manifest.filter((m) => m.warning).length,
    seconds: (Date.now() - started) / 1000,
    manifest,
  };
  writeFileAtomic(join(outDir, MANIFEST), JSON.stringify({ generator: GENERATOR, inputs: manifest }, null, 1) + '\n');
  return summary;
}
