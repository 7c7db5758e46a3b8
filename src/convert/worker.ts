/** Worker thread of `gongbao convert`: decode and parse one gazette, return its JSON. */
import { InputError } from '../read/readSource.js';
import { parseBytes } from '../parseBytes.js';

export interface ConvertTask {
  path: string;
  bytes: Uint8Array;
}

export type ConvertResult =
  | { ok: true; json: string; documents: number; encoding: string; format: string; sha256: string; warnings: number }
  | { ok: false; error: string };

export default async function convertOne(task: ConvertTask): Promise<ConvertResult> {
  try {
    const { result } = await parseBytes(task.path, task.bytes);
    const { encoding, format, sha256 } = result.source;
    const documents = result.issues.reduce((n, i) => n + i.documents.length, 0);
    return { ok: true, json: JSON.stringify(result, null, 1) + '\n', documents, encoding, format, sha256, warnings: result.warnings.length };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, error: err.problem };
    return { ok: false, error: `cannot parse: ${(err as Error).message}` };
  }
}
