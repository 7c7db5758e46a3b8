/**
 * Outputs left in the output folder by an earlier run whose input is gone (deleted, or not given this time): the
 * manifest and documents.ndjson list this run's inputs only, so those files no longer belong to the conversion.
 * They are reported, and removed with `--delete` (as rsync's --delete removes what the source no longer has). Only
 * files that are gongbao's own parse outputs are ever counted: anything else a user keeps there is left alone.
 */
import { readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { whyNotWritten } from '../output/checkOutputPath.js';

/** The run's own files at the top of the output folder, never outputs of an input. */
const RUN_FILES = new Set(['manifest.json', 'mapping.json']);

/**
 * Output files (relative paths, `/`-separated) under `outDir` that this run did not produce: `.json` files that
 * `isOutput` recognises, in the folder tree and in the hidden `.cache/` that ndjson runs keep.
 */
export function findStaleOutputs(outDir: string, current: Set<string>, isOutput: (path: string) => boolean): string[] {
  const stale: string[] = [];
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      // hidden folders are not outputs, except the cache of an ndjson run
      if (e.name.startsWith('.') && !(rel === '' && e.name === '.cache')) continue;
      if (e.isDirectory()) walk(join(dir, e.name), r);
      else if (e.isFile() && e.name.endsWith('.json') && !(rel === '' && RUN_FILES.has(e.name)) && !current.has(r) && isOutput(join(dir, e.name))) stale.push(r);
    }
  };
  walk(outDir, '');
  return stale.sort();
}

/** Remove the stale outputs, and the folders that held nothing else. */
export function deleteStaleOutputs(outDir: string, stale: string[]): void {
  const folders = new Set<string>();
  for (const r of stale) {
    unlinkSync(join(outDir, r));
    const parts = r.split('/');
    for (let i = parts.length - 1; i > 0; i--) folders.add(parts.slice(0, i).join('/'));
  }
  // deepest first; a folder that still holds something stays
  for (const f of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(join(outDir, f));
    } catch {
      /* not empty */
    }
  }
}

/** Find the stale outputs and, with `remove`, remove them: what was found, whether it went, or why it did not. */
export function settleStaleOutputs(outDir: string, current: Set<string>, isOutput: (path: string) => boolean, remove: boolean): { outputs: string[]; deleted: boolean; error?: string } {
  const outputs = findStaleOutputs(outDir, current, isOutput);
  if (!remove || !outputs.length) return { outputs, deleted: false };
  try {
    deleteStaleOutputs(outDir, outputs);
    return { outputs, deleted: true };
  } catch (err) {
    return { outputs, deleted: false, error: `stale outputs not all removed (${whyNotWritten(err)})` };
  }
}
