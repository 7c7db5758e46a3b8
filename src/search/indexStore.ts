/**
 * The on-disk search index. Layout of the index folder:
 *   CURRENT            name of the live generation (replaced atomically)
 *   gen-NNNNNN/meta.json   format, segmenter, files, documents and records metadata
 *   gen-NNNNNN/flex/*      FlexSearch 0.8 document index export
 *   texts/<doc id>.json.gz a document's comparable text and its article records (verification, snippets)
 *   files/<sha>.json.gz    the file's parse result (for `gongbao show`)
 *   lock               held by a writer
 * A write builds a new generation and then switches CURRENT, so readers never see a half-written index.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import FlexSearch from 'flexsearch';
import { writeFileAtomic } from '../output/writeAtomic.js';
import { GENERATOR } from '../version.js';
import { indexTokens, loadSegmenter, type Segmenter, type SegmenterName } from './segmenter.js';
import type { IndexDoc, IndexRecord } from './records.js';
import type { Resolver } from '../cite/resolve.js';
import { makeDirs } from '../output/makeDirs.js';

/** Bump when the layout or the meaning of a field changes: older indexes must be rebuilt. */
export const INDEX_FORMAT = 2;

export class IndexError extends Error {}

export interface FileEntry {
  path: string;
  sha256: string;
  issues: number;
  documents: string[];
  indexedAt: string;
}

export interface IndexMeta {
  format: number;
  generator: { name: string; version: string };
  segmenter: { name: SegmenterName; version: string; dictionary: string };
  files: Record<string, FileEntry>;
  docs: Record<string, IndexDoc>;
  /** FlexSearch id → document id. */
  byNum: Record<string, string>;
  nextNum: number;
}

/** Per document: its text in comparable form (NFKC, lower case, no spaces) and the records a hit can point at. */
export interface DocTexts {
  cmp: string;
  citations?: import('../cite/extractCitations.js').Citation[];
  records: { key: string; path: string; title: string | null; text: string }[];
}

/** Index folder: --index, then GONGBAO_INDEX, then $XDG_DATA_HOME/gongbao/index (~/.local/share/gongbao/index). */
export function defaultIndexDir(flag?: string): string {
  if (flag) return flag;
  if (process.env.GONGBAO_INDEX) return process.env.GONGBAO_INDEX;
  const data = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(data, 'gongbao', 'index');
}

export function makeFlex(seg: Segmenter): InstanceType<typeof FlexSearch.Document> {
  const encode = (s: string): string[] => indexTokens(seg, s);
  return new FlexSearch.Document({
    document: {
      id: 'id',
      index: [
        { field: 'title', tokenize: 'strict', encode, resolution: 3 },
        { field: 'text', tokenize: 'strict', encode, resolution: 3 },
      ],
    },
  } as never);
}

export interface LoadedIndex {
  dir: string;
  meta: IndexMeta;
  flex: InstanceType<typeof FlexSearch.Document>;
  seg: Segmenter;
  /** Citation resolver over meta.docs, built on first use (cites: filter). */
  resolver?: Resolver;
}

function readJson<T>(path: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new IndexError(`the index is damaged: ${what} is missing (${path}); rebuild it with \`gongbao index --rebuild PATH...\``);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new IndexError(`the index is damaged: ${what} is not valid JSON (${path}); rebuild it with \`gongbao index --rebuild PATH...\``);
  }
}

export function currentGeneration(dir: string): string | null {
  const p = join(dir, 'CURRENT');
  if (!existsSync(p)) return null;
  const gen = readFileSync(p, 'utf8').trim();
  if (!/^gen-\d{6}$/.test(gen)) throw new IndexError(`the index is damaged: CURRENT names "${gen.slice(0, 30)}"; rebuild it with \`gongbao index --rebuild PATH...\``);
  return gen;
}

export function emptyMeta(seg: Segmenter): IndexMeta {
  return { format: INDEX_FORMAT, generator: { ...GENERATOR }, segmenter: { name: seg.name, version: seg.version, dictionary: seg.dictionary }, files: dictionary(), docs: dictionary(), byNum: dictionary(), nextNum: 1 };
}

/** A map keyed by user-given strings (ids, paths, numbers): no prototype, so `__proto__` or `constructor` is just an unknown key. */
function dictionary<T>(from?: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, from ?? {});
}

/** Read the index metadata only (no FlexSearch import): for --list and `show`. */
export function readMeta(dir: string): IndexMeta | null {
  const gen = currentGeneration(dir);
  if (!gen) return null;
  const meta = readJson<IndexMeta>(join(dir, gen, 'meta.json'), 'meta.json');
  if (meta === null || typeof meta !== 'object' || typeof meta.docs !== 'object' || typeof meta.files !== 'object') {
    throw new IndexError(`the index is damaged: meta.json has no document table; rebuild it with \`gongbao index --rebuild PATH...\``);
  }
  meta.files = dictionary(meta.files);
  meta.docs = dictionary(meta.docs);
  meta.byNum = dictionary(meta.byNum);
  if (meta.format !== INDEX_FORMAT) {
    throw new IndexError(`the index in ${dir} was written by an incompatible version (format ${meta.format}, gongbao ${meta.generator?.version ?? '?'}; this gongbao reads format ${INDEX_FORMAT}): rebuild it with \`gongbao index --rebuild PATH...\``);
  }
  return meta;
}

export async function loadIndex(dir: string, wanted?: SegmenterName): Promise<LoadedIndex | null> {
  const meta = readMeta(dir);
  if (!meta) return null;
  if (wanted && wanted !== meta.segmenter.name) {
    throw new IndexError(`the index was built with ${meta.segmenter.name}; queries must use the same segmenter (rebuild with --segmenter ${wanted} to change it)`);
  }
  const seg = loadSegmenter(meta.segmenter.name);
  if (seg.dictionary !== meta.segmenter.dictionary) {
    throw new IndexError('the index was built with another version of the user dictionary: rebuild it with `gongbao index --rebuild PATH...`');
  }
  const flex = makeFlex(seg);
  const gen = currentGeneration(dir)!;
  const flexDir = join(dir, gen, 'flex');
  let keys: string[];
  try {
    keys = readdirSync(flexDir);
  } catch {
    throw new IndexError(`the index is damaged: ${flexDir} is missing; rebuild it with \`gongbao index --rebuild PATH...\``);
  }
  for (const key of keys) {
    const data = readFileSync(join(flexDir, key), 'utf8');
    try {
      JSON.parse(data);
    } catch {
      throw new IndexError(`the index is damaged: ${key} is not valid; rebuild it with \`gongbao index --rebuild PATH...\``);
    }
    await flex.import(key, data);
  }
  return { dir, meta, flex, seg };
}

export async function saveIndex(idx: LoadedIndex): Promise<void> {
  const { dir } = idx;
  const prev = currentGeneration(dir);
  const n = prev ? Number(prev.slice(4)) + 1 : 1;
  const gen = `gen-${String(n).padStart(6, '0')}`;
  const genDir = join(dir, gen);
  rmSync(genDir, { recursive: true, force: true });
  makeDirs(join(genDir, 'flex'));
  const writes: Promise<void>[] = [];
  await idx.flex.export((key: string, data: string) => {
    writeFileSync(join(genDir, 'flex', key), data);
  });
  await Promise.all(writes);
  writeFileSync(join(genDir, 'meta.json'), JSON.stringify(idx.meta));
  writeFileAtomic(join(dir, 'CURRENT'), gen + '\n');
  for (const name of readdirSync(dir)) {
    if (/^gen-\d{6}$/.test(name) && name !== gen && name !== prev) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

export function textsPath(dir: string, docId: string): string {
  return join(dir, 'texts', `${docId}.json.gz`);
}

export function filePath(dir: string, sha: string): string {
  return join(dir, 'files', `${sha}.json.gz`);
}

/** Write JSON gzip-compressed, atomically. */
export function writeJsonGz(path: string, value: unknown): void {
  writeFileAtomic(path, gzipSync(JSON.stringify(value), { level: 6 }));
}

/** Read gzip-compressed JSON; a missing or damaged file is an IndexError naming it. */
export function readJsonGz<T>(path: string, what: string): T {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new IndexError(`the index is damaged: ${what} is missing (${path}); rebuild it with \`gongbao index --rebuild PATH...\``);
  }
  try {
    return JSON.parse(gunzipSync(bytes).toString('utf8')) as T;
  } catch {
    throw new IndexError(`the index is damaged: ${what} cannot be read (${path}); rebuild it with \`gongbao index --rebuild PATH...\``);
  }
}

export function readDocTexts(dir: string, docId: string): DocTexts {
  return readJsonGz<DocTexts>(textsPath(dir, docId), `the texts of document ${docId}`);
}

export type { IndexRecord };
