/** Fixture paths and the compiled CLI. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readdirSync } from 'node:fs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const BIN = join(ROOT, 'bin', 'gongbao.js');

export function fixture(prefix: string): string {
  const name = readdirSync(FIXTURES).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no fixture ${prefix}`);
  return join(FIXTURES, name);
}

export function expectedFor(prefix: string): string {
  const name = readdirSync(join(FIXTURES, 'expected')).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no expected file ${prefix}`);
  return join(FIXTURES, 'expected', name);
}
