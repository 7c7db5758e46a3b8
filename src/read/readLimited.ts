/**
 * Read a file, FIFO or standard input with a byte limit: nothing is read past the limit, whatever `stat` says
 * (devices report size 0). Devices and sockets are refused.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Default limit on what one input may hold (raise it with --max-file-mb). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export class ReadLimitError extends Error {
  constructor(public readonly problem: string) {
    super(problem);
    this.name = 'ReadLimitError';
  }
}

/** A size and a limit in MB, with the precision of the limit or more until they differ: `0.5 MB`, `0.3 MB`. */
export function formatMbPair(bytes: number, maxBytes: number): [string, string] {
  const mb = (n: number, d: number) => `${(n / 1048576).toFixed(d)} MB`;
  const limitDigits = Math.min(3, (String(Number((maxBytes / 1048576).toFixed(3))).split('.')[1] ?? '').length);
  for (let d = limitDigits; d <= 3; d++) if (mb(bytes, d) !== mb(maxBytes, d)) return [mb(bytes, d), mb(maxBytes, d)];
  return [`${bytes} bytes`, `${maxBytes} bytes`];
}

/** The one-line problem for an input over the limit; `known` when its size is known (a regular file). */
export function limitMessage(bytes: number, maxBytes: number, known = false): string {
  const [size, max] = formatMbPair(bytes, maxBytes);
  const limit = `the ${max} limit (raise it with --max-file-mb)`;
  return known ? `file of ${size} is larger than ${limit}` : `more than ${limit} read`;
}

/** All bytes of an open descriptor, or ReadLimitError past maxBytes. */
export function readDescriptor(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new ReadLimitError(limitMessage(total, maxBytes));
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** Read a path (regular file or FIFO) with a byte limit. */
export function readLimited(path: string, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket()) throw new ReadLimitError('is a device, not a file');
    if (st.isFile() && st.size > maxBytes) throw new ReadLimitError(limitMessage(st.size, maxBytes, true));
    return readDescriptor(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}
