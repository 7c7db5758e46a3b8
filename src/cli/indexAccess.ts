/**
 * Opening the index for a command, the one-line answers (and exit codes) when it is missing or damaged, and what
 * show and refs share: documents by id or 发文字号, why one is not found, the colours of the output.
 */
import { join } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { citationsOf, closeIndex, DB_FILE, DOC_COLUMNS, docFromRow, IndexBusy, IndexError, indexFailure, loadIndex, type LoadedIndex } from '../search/indexStore.js';
import type { IndexDoc } from '../search/records.js';
import { normalizeDocNumber, parseDocNumber } from '../text/docNumber.js';
import { printable } from '../util/printable.js';
import { wantColour } from '../output/colourChoice.js';
import { QueryError } from '../search/queryParser.js';
import { SegmenterUnavailable } from '../search/segmenter.js';

/** search, show and refs: the index is missing, damaged or cannot be read (not "nothing matched", which is 1). */
export const EXIT_INDEX = 3;

/**
 * A known failure as one line, and its exit code: 2 for a query error; for an index that is missing, damaged or
 * busy, `indexCode` (3 for search, show and refs, 1 for index).
 */
export function fail(err: unknown, dir?: string, indexCode = EXIT_INDEX): number {
  // a database error met while reading (damaged pages, a full disk) names the index and what to do
  const code = (err as { code?: unknown }).code;
  if (dir && typeof code === 'string' && code.startsWith('SQLITE_')) err = indexFailure(err, join(dir, DB_FILE));
  if (err instanceof IndexError || err instanceof IndexBusy || err instanceof QueryError || err instanceof SegmenterUnavailable) {
    process.stderr.write(`gongbao: ${err.message}\n`);
    return err instanceof QueryError ? 2 : indexCode;
  }
  throw err;
}

/** The index opened read-only, or null after telling the user there is no index. */
function openIndex(dir: string): LoadedIndex | null {
  const idx = loadIndex(dir);
  if (!idx) process.stderr.write(`gongbao: no index at ${dir}: build one with \`gongbao index PATH...\`\n`);
  return idx;
}

/** Run a command on the index opened read-only (exit 3 when there is none), closing it after; known failures → one line. */
export async function onIndex(dir: string, fn: (idx: LoadedIndex) => Promise<number>): Promise<number> {
  try {
    const idx = openIndex(dir);
    if (!idx) return EXIT_INDEX;
    try {
      return await fn(idx);
    } finally {
      closeIndex(idx);
    }
  } catch (err) {
    return fail(err, dir);
  }
}

/** `index --check`: 0 whole, 3 missing or damaged (each problem on its own line, then the rebuild). */
export async function runIndexCheck(dir: string, json?: boolean): Promise<number> {
  try {
    // opening it first gives the one-line answer for a missing, empty or foreign file
    const idx = loadIndex(dir);
    if (!idx) {
      process.stderr.write(`gongbao: no index at ${dir}: build one with \`gongbao index PATH...\`\n`);
      return EXIT_INDEX;
    }
    closeIndex(idx);
    const { checkIndexFile } = await import('../search/checkIndex.js');
    const r = checkIndexFile(join(dir, DB_FILE));
    if (json) process.stdout.write(JSON.stringify({ index: dir, ...r }) + '\n');
    else if (r.ok) process.stdout.write(`gongbao index --check: ${dir} is whole (SQLite integrity_check, FTS5 integrity-check)\n`);
    else {
      for (const p of r.problems) process.stderr.write(`gongbao: ${p}\n`);
      process.stderr.write(`gongbao: the index at ${dir} is damaged: rebuild it with \`gongbao index --rebuild PATH...\`\n`);
    }
    return r.ok ? 0 : EXIT_INDEX;
  } catch (err) {
    return fail(err, dir);
  }
}

/** Chalk, loaded when text is printed (a `--json` search does not load it). */
export async function colour(flag: boolean | string | undefined): Promise<ChalkInstance> {
  const { makeChalk } = await import('../output/outline.js');
  return makeChalk(wantColour(flag));
}

/** Documents by id or by 发文字号 (brackets and spaces normalised): one for an id, all that share a number, in index order. */
export function findDocs(idx: LoadedIndex, ref: string): IndexDoc[] {
  const rows = idx.db.prepare(`SELECT ${DOC_COLUMNS} FROM docs WHERE id = ?`).all(ref) as Parameters<typeof docFromRow>[0][];
  const found = rows.length ? rows : (idx.db.prepare(`SELECT ${DOC_COLUMNS} FROM docs WHERE number_key = ? ORDER BY num`).all(normalizeDocNumber(ref)) as typeof rows);
  return found.map(docFromRow);
}

/** Why `ref` names no document: unknown, or a 发文字号 that the index knows only as a citation. */
export function notFound(idx: LoadedIndex, given: string): string {
  const ref = printable(given);
  const no = parseDocNumber(given) ? normalizeDocNumber(given) : null;
  if (no !== null && citationsOf(idx).isCited(no)) return `${ref} is not an indexed document, only cited by some: see \`gongbao search cites:${no}\``;
  return `no document "${ref}" in the index (give an id from \`gongbao search\` or a 发文字号)`;
}
