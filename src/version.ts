/** Name and version recorded in every output (`generator`), used by `convert` to decide what to redo. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
