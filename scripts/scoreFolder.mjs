#!/usr/bin/env node
// Scores a folder of texts against a folder of hand-checked readings, one file each, the way the held-out sets are
// scored: `node scripts/scoreFolder.mjs TEXTS_DIR GOLD_DIR [--verbose]`. GOLD_DIR holds NAME.json in the format of
// ../shared/seeds/annotations for each TEXTS_DIR/NAME.* (any extension the parser reads). Each text is parsed with
// the built command (`npm run build` first) and scored with ../shared/tools/score.mjs; prints one line per text (F1,
// field mean, the fields missed) and the means. Exit 0 when every text was scored, 1 when one could not be.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const [textsDir, goldDir, ...flags] = process.argv.slice(2);
if (!textsDir || !goldDir) {
  console.error('usage: node scripts/scoreFolder.mjs TEXTS_DIR GOLD_DIR [--verbose]');
  process.exit(2);
}
const verbose = flags.includes('--verbose');
const scorer = resolve(root, '../shared/tools/score.mjs');
const work = mkdtempSync(join(tmpdir(), 'gongbao-score-'));
let failed = 0;
const rows = [];
try {
  for (const name of readdirSync(textsDir).sort()) {
    const stem = basename(name, extname(name));
    const gold = join(goldDir, `${stem}.json`);
    const out = join(work, `${stem}.json`);
    try {
      writeFileSync(out, execFileSync(process.execPath, [join(root, 'bin/gongbao.js'), 'parse', join(textsDir, name), '--json'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }));
      const r = JSON.parse(execFileSync(process.execPath, [scorer, gold, out, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' }));
      const missed = Object.entries(r.fieldAcc ?? {}).filter(([, v]) => v < 1).map(([k]) => k);
      rows.push(r);
      console.log(`${stem.padEnd(40)} F1 ${r.f1}  fields ${r.fieldMean}  ${missed.join(',')}${verbose && r.misses?.length ? `\n  ${JSON.stringify(r.misses)}` : ''}`);
    } catch (e) {
      failed++;
      console.log(`${stem.padEnd(40)} not scored: ${String(e.message).split('\n')[0]}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const mean = (k) => (rows.reduce((a, r) => a + r[k], 0) / (rows.length || 1)).toFixed(3);
console.log(`${rows.length} texts: mean F1 ${mean('f1')}, mean field ${mean('fieldMean')}${failed ? `, ${failed} not scored` : ''}`);
process.exit(failed ? 1 : 0);
