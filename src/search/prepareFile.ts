/**
 * Everything the index writer needs from one file, computed off the writer (in a pool worker for large
 * runs): the parse, each document's metadata row, its FTS tokens, its citation rows and its compressed
 * parse. The writer then only inserts rows.
 */
import { readFileSync } from 'node:fs';
import type { ParseResult } from '../types.js';
import { InputError } from '../read/readSource.js';
import { parseBytes } from '../parseBytes.js';
import { fullText, indexDoc, type IndexDoc } from './records.js';
import { makeTokenizer, type TokenizerName } from './tokenizers.js';
import type { SegmenterName } from './segmenter.js';
import { packDocument } from './indexStore.js';
import { normalizeDocNumber } from '../text/docNumber.js';
import { citationRows, type CitationRows } from './citationIndex.js';

export interface PrepareTask {
  path: string;
  /** The file's bytes (a text, page or PDF), or null for a JSON parse result read here. */
  bytes: Uint8Array | null;
  tokenizer: TokenizerName;
  segmenter?: SegmenterName;
}

export interface PreparedDoc {
  doc: Omit<IndexDoc, 'num'>;
  numberKey: string | null;
  titleTokens: string;
  bodyTokens: string;
  /** Tokens of the `chars` table (null when the tokenizer does not use it). */
  charTokens: string | null;
  /** Its rows of the citation tables. */
  citations: CitationRows;
  body: Uint8Array;
}

export type PreparedFile =
  | { ok: true; path: string; sha256: string; issues: number; docs: PreparedDoc[] }
  | { ok: false; path: string; error: string };

/** A parse result from the JSON that `gongbao convert`/`parse --json` wrote. */
function resultFromJson(path: string): ParseResult {
  const j = JSON.parse(readFileSync(path, 'utf8')) as ParseResult;
  if (j?.schemaVersion !== 1 || !Array.isArray(j.issues)) throw new Error('not a gongbao parse result (schemaVersion 1)');
  return j;
}

export async function prepareFile(task: PrepareTask): Promise<PreparedFile> {
  const { path } = task;
  try {
    let r: ParseResult;
    if (task.bytes) {
      r = (await parseBytes(path, task.bytes)).result;
    } else r = resultFromJson(path);
    const tok = makeTokenizer(task.tokenizer, task.segmenter);
    const docs: PreparedDoc[] = [];
    for (const issue of r.issues) {
      for (const d of issue.documents) {
        const { num: _num, ...doc } = indexDoc(r, issue, d, path, 0);
        const text = fullText(d);
        docs.push({
          doc,
          numberKey: d.docNumber ? normalizeDocNumber(d.docNumber) : null,
          titleTokens: tok.indexText(`${d.title} ${d.docNumber ?? ''}`),
          bodyTokens: tok.indexText(text),
          charTokens: tok.charText ? tok.charText(text) : null,
          citations: citationRows(doc),
          body: packDocument(d),
        });
      }
    }
    return { ok: true, path, sha256: r.source.sha256, issues: r.issues.length, docs };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, path, error: err.problem };
    return { ok: false, path, error: (err as Error).message.replace(`${path}: `, '') };
  }
}
