/** One writer at a time: an exclusive lock file holding the writer's pid; a stale lock (dead pid) is taken over. */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class IndexBusy extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(dir: string): () => void {
  const path = join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (pid && alive(pid) && pid !== process.pid) throw new IndexBusy(`another gongbao index is writing to ${dir} (pid ${pid}); wait for it to finish`);
      unlinkSync(path); // stale lock of a process that died
    }
  }
  throw new IndexBusy(`cannot lock ${dir}`);
}
