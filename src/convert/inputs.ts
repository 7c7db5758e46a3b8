/**
 * Enumerate what `gongbao convert` reads: files, folders (recursive, sorted, include/exclude globs) and
 * archives. Each gets the output name it will be written under (input paths mirrored in OUTDIR).
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import picomatch from 'picomatch';
import { archiveKind, type ArchiveKind } from './archiveEntries.js';

export type InputItem =
  | { kind: 'file'; path: string; outName: string }
  | { kind: 'archive'; path: string; outName: string; archive: ArchiveKind }
  | { kind: 'missing'; path: string; outName: string; error: string };

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.text'];

export interface InputOptions {
  include: string[];
  exclude: string[];
}

function walk(dir: string, out: string[]): void {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) continue; // links are not followed (no loops, nothing outside the tree)
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
}

export function enumerateInputs(args: string[], opts: InputOptions): InputItem[] {
  const include = picomatch(opts.include.length ? opts.include : DEFAULT_INCLUDE, { dot: false, nocase: true });
  const exclude = opts.exclude.length ? picomatch(opts.exclude, { dot: true, nocase: true }) : () => false;
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
      const files: string[] = [];
      walk(arg, files);
      const root = basename(arg.replace(/[\\/]+$/, '')) || 'input';
      for (const f of files) {
        const rel = relative(arg, f).split('\\').join('/');
        if (exclude(rel)) continue;
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
