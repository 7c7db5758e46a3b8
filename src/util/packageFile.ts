/**
 * Files the package ships beside its code (package.json, dict/): found from the package's own folder, the first
 * folder above this module that holds gongbao's package.json. The same code then runs from `src/` (tests),
 * `dist/` (tsc's output) and `dist/bundle/` (the bundled command), whatever their depth.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Manifest {
  name: string;
  version: string;
}

let found: { root: string; manifest: Manifest } | null = null;

/** The package's folder and its package.json, read once. */
function packageFound(): { root: string; manifest: Manifest } {
  if (found) return found;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    const manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
    if (manifest?.name === 'gongbao') return (found = { root: dir, manifest });
    if (dirname(dir) === dir) throw new Error('gongbao: its package.json was not found above its code');
  }
}

/** The package's own package.json (its name and version). */
export function packageManifest(): Manifest {
  return packageFound().manifest;
}

/** The path of a file the package ships: `packageFile('dict', 'gov.dict.txt')`. */
export function packageFile(...parts: string[]): string {
  return join(packageFound().root, ...parts);
}
