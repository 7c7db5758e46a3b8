/**
 * The packed package as a user gets it: `npm pack`, then `npx --yes --package gongbao-x.tgz gongbao` from an empty
 * folder with no terminal (nothing may wait on a prompt), parsing a PDF. It packs the dist/ that `npm test` built
 * (--ignore-scripts: a rebuild would rewrite dist/ under the tests running beside this one). It compiles better-sqlite3 (about a
 * minute), so it runs when GONGBAO_PACK_TEST=1 (`.ci/run` sets it for the Node 20 run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './helpers/fixtures.js';

const wanted = process.env.GONGBAO_PACK_TEST === '1';
let dir: string;
let tarball: string;
beforeAll(() => {
  if (!wanted) return;
  dir = mkdtempSync(join(tmpdir(), 'gongbao-pack-'));
  const r = spawnSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_yes: undefined } });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.runIf(wanted)('the packed package', () => {
  it('installs and runs with npx from an empty folder, without a prompt, and reads a PDF', () => {
    const empty = mkdtempSync(join(dir, 'user-'));
    const env = { ...process.env, npm_config_yes: undefined, npm_config_cache: join(dir, 'npm-cache'), NO_COLOR: '1' };
    const r = spawnSync('npx', ['--yes', '--package', tarball, 'gongbao', 'parse', join(FIXTURES, 'pdf', 'shape-notice.pdf')], { cwd: empty, encoding: 'utf8', env, input: '', timeout: 540_000 });
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('某府发〔2024〕7号  某市人民政府关于印发某市2024年某某工作方案的通知');
  }, 600_000);
});
