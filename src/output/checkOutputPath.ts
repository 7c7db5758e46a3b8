/**
 * Where `-o` may write: never over one of the inputs, never in place of a directory, FIFO or device, and only
 * into a folder that exists. Problems are one line naming the path the user gave.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PathError } from '../util/pathError.js';

/** An output path that must not or cannot be written. */
export class OutputPathError extends PathError {}

/** `-o` names one of the inputs: a usage error, not a file-system problem. */
export class OutputIsInputError extends OutputPathError {}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/** Throws OutputPathError when `output` must not be written. */
export function checkOutputPath(output: string, inputs: string[]): void {
  const st = statOrNull(output);
  if (st) {
    if (st.isDirectory()) throw new OutputPathError(output, 'is a directory, not a file');
    if (!st.isFile()) throw new OutputPathError(output, 'is not a regular file (FIFO, device or socket): not replaced');
    for (const input of inputs) {
      if (input === '-') continue;
      const i = statOrNull(input);
      if (i && i.ino === st.ino && i.dev === st.dev) throw new OutputIsInputError(output, 'is also an input: it would be overwritten');
    }
  }
  const folder = statOrNull(dirname(resolve(output)));
  if (!folder) throw new OutputPathError(output, `folder ${dirname(output)} does not exist`);
  if (!folder.isDirectory()) throw new OutputPathError(output, `${dirname(output)} is not a folder`);
}

/** One line for a failed write of `output`, naming the path the user gave (not a temporary file). */
export function writeProblem(output: string, err: unknown): string {
  return `${output}: cannot write (${whyNotWritten(err)})`;
}

/** Why a write failed, in words (the error code when it has none here). */
export function whyNotWritten(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const why: Record<string, string> = { ENOSPC: 'no space left on the device', EACCES: 'permission denied', EROFS: 'read-only file system', EDQUOT: 'disk quota exceeded', ENOENT: 'the folder does not exist, or takes no new files', ENAMETOOLONG: 'name too long for the file system' };
  return why[code ?? ''] ?? code ?? (err as Error).message;
}

/** The device is full (or the quota used up): every further write fails the same way. */
export function isDiskFull(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
