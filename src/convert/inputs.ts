/**
 * Enumerate what `gongbao convert` reads: files, folders (recursive, sorted, include/exclude globs) and
 * archives. Each gets the output name it will be written under (input paths mirrored in OUTDIR).
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import picomatch from 'picomatch';
import { archiveKind, type ArchiveKind } from './archiveEntries.js';
import { isProjectNote, PROJECT_NOTE_REASON } from '../util/projectNote.js';

export type InputItem =
  | { kind: 'file'; path: string; outName: string }
  | { kind: 'archive'; path: string; outName: string; archive: ArchiveKind }
  | { kind: 'missing'; path: string; outName: string; error: string }
  | { kind: 'skipped'; path: string; outName: string; reason: string };


export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.text', '**/*.html', '**/*.htm', '**/*.pdf'];

export interface InputOptions {
  include: string[];
  exclude: string[];
}

interface Walked {
  path: string;
  /** Why the entry is not read, or undefined for a file to consider. */
  skip?: string;
}

function walk(dir: string, out: Walked[]): void {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    const p = join(dir, name);
    const st = lstatSync(p);
    // links are not followed (no loops, nothing outside the tree), but listed
    if (st.isSymbolicLink()) out.push({ path: p, skip: 'symbolic link (not followed)' });
    else if (st.isDirectory()) walk(p, out);
    else if (!st.isFile()) out.push({ path: p, skip: 'not a regular file (FIFO, device or socket)' });
    else if (isProjectNote(name)) out.push({ path: p, skip: PROJECT_NOTE_REASON });
    else out.push({ path: p });
  }
}

export function enumerateInputs(args: string[], opts: InputOptions): InputItem[] {
  // a glob without a slash matches at any depth (`*.txt` as in fd and rg), one with a slash from the root
  const include = picomatch(opts.include.length ? opts.include : DEFAULT_INCLUDE, { dot: false, nocase: true, basename: true });
  const exclude = opts.exclude.length ? picomatch(opts.exclude, { dot: true, nocase: true, basename: true }) : () => false;
  const items: InputItem[] = [];
  const used = new Set<string>();
  const unique = (name: string): string => {
    let n = name;
    for (let k = 2; used.has(n); k++) n = `${name}~${k}`;
    used.add(n);
    return n;
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      items.push({ kind: 'missing', path: arg, outName: unique(basename(arg)), error: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) {
      const files: Walked[] = [];
      walk(arg, files);
      const root = basename(arg.replace(/[\\/]+$/, '')) || 'input';
      for (const { path: f, skip } of files) {
        const rel = relative(arg, f).split('\\').join('/');
        if (exclude(rel)) continue;
        if (skip) {
          if (include(rel) || archiveKind(f)) items.push({ kind: 'skipped', path: f, outName: unique(`${root}/${rel}`), reason: skip });
          continue;
        }
        const kind = archiveKind(f);
        if (kind) items.push({ kind: 'archive', path: f, outName: unique(`${root}/${rel}`), archive: kind });
        else if (include(rel)) items.push({ kind: 'file', path: f, outName: unique(`${root}/${rel}`) });
      }
    } else {
      const kind = archiveKind(arg);
      if (kind) items.push({ kind: 'archive', path: arg, outName: unique(basename(arg)), archive: kind });
      else items.push({ kind: 'file', path: arg, outName: unique(basename(arg)) });
    }
  }
  return items;
}
