/**
 * Create a folder and its parents one level at a time. Node's `mkdirSync(p, { recursive: true })` never returns
 * on some paths (`/proc/nope` retries forever); here every failure is one error naming the path given.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OutputPathError } from './checkOutputPath.js';

const WHY: Record<string, string> = { ENOENT: 'cannot be created there', EACCES: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left on the device', ENOTDIR: 'a parent is not a folder' };

export function makeDirs(path: string, shownAs: string = path): void {
  const missing: string[] = [];
  let p = resolve(path);
  for (;;) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      const up = dirname(p);
      if (up === p) break;
      p = up;
      continue;
    }
    if (!st.isDirectory()) throw new OutputPathError(shownAs, p === resolve(path) ? 'is a file, not a folder' : `${p} is a file, not a folder`);
    break;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      throw new OutputPathError(shownAs, `cannot create folder (${WHY[code] ?? code})`);
    }
  }
}
