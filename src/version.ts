/** Name and version recorded in every output (`generator`), used by `convert` to decide what to redo. */
import { readFileSync } from 'node:fs';
import { packageFile } from './util/packageFile.js';

const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { name: string; version: string };

export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
