/**
 * The one way gongbao writes an output file: into a hidden temp file in the target's folder, flushed to the disk
 * (fsync), then renamed over the target, and the folder flushed so that the rename itself survives a power cut. A
 * crash leaves the old file or the new one, never a partial one; a stale temp file is recognisable by its name
 * (`.NAME.PID.RANDOM.tmp`) and removed by the next convert run.
 * (write-file-atomic does the same for a whole buffer, but names its temp files `NAME.NUMBER`, which a resumed
 * run cannot tell from an output, and it cannot write a stream.)
 */
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

/** A hidden temp file beside `path`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/** Is this file name one of tempPathFor's (left behind by a run that was killed)? */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** Flush a folder's entries (a rename) to the disk; a system that cannot open a folder (Windows) skips it. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    /* not supported here: the rename is still atomic */
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = tempPathFor(path);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  syncFolder(dirname(path));
}

/**
 * A file written line by line through a stream, flushed to the disk when closed, whose errors (a full disk) come
 * back from `write`/`close` as rejections instead of as an unhandled 'error' event; a file that failed is removed.
 */
export function lineWriter(path: string): { write: (s: string) => Promise<void>; close: () => Promise<void>; discard: () => void } {
  const out = createWriteStream(path, { flush: true });
  let failed: Error | null = null;
  out.on('error', (err) => (failed ??= err));
  const discard = (): void => {
    out.destroy();
    rmSync(path, { force: true });
  };
  return {
    write: async (s) => {
      if (failed) throw failed;
      if (!out.write(s)) await once(out, 'drain');
    },
    close: async () => {
      if (failed) throw failed;
      out.end();
      await once(out, 'finish');
    },
    discard,
  };
}

/** Rename a finished file into place and flush the folder. */
export function moveIntoPlace(from: string, to: string): void {
  renameSync(from, to);
  syncFolder(dirname(to));
}

/** Write a file line by line through a temp file, renamed into place once every line is written. */
export async function writeLines(path: string, produce: (write: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(path);
  const out = lineWriter(tmp);
  try {
    await produce(out.write);
    await out.close();
  } catch (err) {
    out.discard();
    throw err;
  }
  moveIntoPlace(tmp, path);
}
