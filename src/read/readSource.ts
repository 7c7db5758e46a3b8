/** Read one gazette file from disk and decode it, with one-line errors that name the problem. */
import { statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, readDescriptor, readLimited, ReadLimitError } from './readLimited.js';
import { createHash } from 'node:crypto';
import { PathError } from '../util/pathError.js';
import { decodeText, DecodeError } from './decodeText.js';
import { decodeWarnings } from './decodeWarnings.js';
import { ownOutputVersion } from './ownOutput.js';
import type { Warning } from '../types.js';

/** An input that cannot be read or decoded. */
export class InputError extends PathError {}

export interface SourceText {
  path: string;
  text: string;
  sha256: string;
  encoding: string;
  bytes: number;
  /** What decoding replaced or guessed (bad bytes, lines in another encoding), to report with the parse. */
  warnings: Warning[];
  /** Characters that stand for bytes no supported encoding reads (U+FFFD put in their place). */
  replaced: number;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode in-memory bytes that came from `path` (a file or an archive entry). */
export function sourceFromBytes(path: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new InputError(path, 'file is empty');
  try {
    const decoded = decodeText(bytes);
    const { text, encoding } = decoded;
    if (text.trim() === '') throw new InputError(path, 'file contains only whitespace');
    // a parse result (or NDJSON of them) is never a text to parse again
    if (ownOutputVersion(text) !== null) throw new InputError(path, "is gongbao's own JSON output, not a gazette text (`gongbao index` takes parse results saved as .json files)");
    return { path, text, sha256: sha256Hex(bytes), encoding, bytes: bytes.length, warnings: decodeWarnings(decoded), replaced: decoded.replaced ?? 0 };
  } catch (err) {
    if (err instanceof DecodeError) throw new InputError(path, err.message);
    throw err;
  }
}

export function readSource(path: string, maxBytes = DEFAULT_MAX_BYTES): SourceText {
  return sourceFromBytes(path, readInputBytes(path, maxBytes));
}

/** The bytes of a file, or of standard input for `-`, size-limited, with one-line errors. */
export function readInputBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  if (path !== '-') return readSourceBytes(path, maxBytes);
  // standard input, with the same limit as a file
  try {
    return readDescriptor(0, maxBytes);
  } catch (err) {
    if (err instanceof ReadLimitError) throw new InputError('-', err.problem);
    throw new InputError('-', `cannot read standard input (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The bytes of a gazette file (size-limited), with the same one-line errors as readSource. */
export function readSourceBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`);
  }
  if (stat.isDirectory()) throw new InputError(path, 'is a directory, not a file (use `gongbao convert` for folders)');
  if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket()) throw new InputError(path, 'is a device, not a file');
  let bytes: Buffer;
  try {
    bytes = readLimited(path, maxBytes);
  } catch (err) {
    if (err instanceof ReadLimitError) throw new InputError(path, err.problem);
    throw new InputError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return bytes;
}
