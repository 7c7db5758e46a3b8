/**
 * Create a folder and its parents one level at a time. Node's `mkdirSync(p, { recursive: true })` never returns
 * on some paths (`/proc/nope` retries forever); here every failure is one error naming the path given.
 */
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OutputPathError } from './checkOutputPath.js';

const WHY: Record<string, string> = { ENOENT: 'cannot be created there', EACCES: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left on the device', ENOTDIR: 'a parent is not a folder', ENAMETOOLONG: 'name too long for the file system' };

/** Creates the missing folders of `path`; returns those it created, outermost first. */
export function makeDirs(path: string, shownAs: string = path): string[] {
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
  const created: string[] = [];
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
      created.push(dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      removeEmptyDirs(created);
      throw new OutputPathError(shownAs, `cannot create folder (${WHY[code] ?? code})`);
    }
  }
  return created;
}

/** Take back folders made for a write that failed (innermost first), as far as they are still empty. */
export function removeEmptyDirs(created: string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (another output went there) or gone: the rest stays
    }
  }
}
