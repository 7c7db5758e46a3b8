#!/usr/bin/env node
// `npm prepare`: build dist/ when TypeScript is there (a clone installed with its dev dependencies). An install
// without them (`npm ci --omit=dev`) cannot build: it keeps a dist/ that is there and says so when there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

let tsc = null;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // no TypeScript: dev dependencies were left out
}
if (!tsc) {
  if (!existsSync('dist/cli/main.js')) console.warn('gongbao: dist/ not built: TypeScript is a dev dependency (install without --omit=dev, then `npm run build`)');
  process.exit(0);
}
const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { stdio: 'inherit' }).status ?? 1;
if (built !== 0) process.exit(built);
process.exit(spawnSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' }).status ?? 1);
