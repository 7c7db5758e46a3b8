/**
 * bin/gongbao.js runs the bundled command (dist/bundle/, scripts/bundle.mjs) when it is built, and tsc's output when
 * it is not; either alone parses, converts with its worker pool and finds its package.json and dictionary. Each case
 * runs in a copy of the package with one of the two left out.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './helpers/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'gongbao-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the package without `leftOut` (a folder under dist/), its dependencies linked. */
function packageWithout(leftOut: 'bundle' | 'cli'): string {
  const dir = join(work, `without-${leftOut}`);
  mkdirSync(dir);
  for (const name of ['bin', 'dict', 'package.json']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true, filter: (src) => !src.startsWith(join(ROOT, 'dist', leftOut)) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe.runIf(existsSync(join(ROOT, 'dist', 'bundle', 'gongbao.js')))('the bundled command', () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
  it.each(['cli', 'bundle'] as const)('runs without dist/%s: version, a parse, a convert with its workers', (leftOut) => {
    const dir = packageWithout(leftOut);
    const bin = join(dir, 'bin', 'gongbao.js');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    expect(run('--version').stdout.trim()).toBe(`gongbao ${version}`);
    const parsed = JSON.parse(run('parse', join(FIXTURES, 'html', 'nea_sdb_lujianneng_2024_35_notice_joint3.html'), '--json').stdout);
    expect(parsed.issues[0].documents[0].docNumber).toBe('鲁监能市场〔2024〕35号');
    expect(parsed.generator.version).toBe(version);
    // twelve pages: the pool starts workers (./worker.js beside the code that starts it)
    const out = join(dir, 'out');
    const r = run('convert', join(FIXTURES, 'html'), '-o', out, '--jobs', '2', '--no-progress');
    expect(r.stdout + r.stderr).toMatch(/12 converted, 0 skipped, 0 failed/);
    expect(readdirSync(out)).toContain('documents.ndjson');
  });
});
