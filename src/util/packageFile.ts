/**
 * Files the package ships beside its code (package.json, dict/): found from the package's own folder, the first
 * folder above this module that holds gongbao's package.json. The same code then runs from `src/` (tests),
 * `dist/` (tsc's output) and `dist/bundle/` (the bundled command), whatever their depth.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

function packageRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gongbao') return (root = dir);
    if (dirname(dir) === dir) throw new Error('gongbao: its package.json was not found above its code');
  }
}

/** The path of a file the package ships: `packageFile('dict', 'gov.dict.txt')`. */
export function packageFile(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
