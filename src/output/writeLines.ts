/** Files written line by line (NDJSON, bulk files): stream errors come back as rejections, a failed file goes. */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';

/**
 * A file written line by line through a stream, whose errors (a full disk) come back from `write`/`close` as
 * rejections instead of as an unhandled 'error' event; a file that failed is removed.
 */
export function lineWriter(path: string): { write: (s: string) => Promise<void>; close: () => Promise<void>; discard: () => void } {
  const out = createWriteStream(path);
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

export async function writeLines(path: string, produce: (write: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${Date.now()}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const out = lineWriter(tmp);
  try {
    await produce(out.write);
    await out.close();
  } catch (err) {
    out.discard();
    throw err;
  }
  renameSync(tmp, path);
}
