/** Worker thread of `gongbao convert`: decode and parse one gazette, return its JSON. */
import { sourceFromBytes, InputError } from '../read/readSource.js';
import { parseGazette } from '../parse.js';

export interface ConvertTask {
  path: string;
  bytes: Uint8Array;
}

export type ConvertResult =
  | { ok: true; json: string; documents: number; encoding: string; sha256: string; warnings: number }
  | { ok: false; error: string };

export default function convertOne(task: ConvertTask): ConvertResult {
  try {
    const src = sourceFromBytes(task.path, task.bytes);
    const result = parseGazette({ text: src.text, path: task.path, sha256: src.sha256, encoding: src.encoding, warnings: src.warnings });
    const documents = result.issues.reduce((n, i) => n + i.documents.length, 0);
    return { ok: true, json: JSON.stringify(result, null, 1) + '\n', documents, encoding: src.encoding, sha256: src.sha256, warnings: result.warnings.length };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err.problem };
    return { ok: false, error: `cannot parse: ${(err as Error).message}` };
  }
}
