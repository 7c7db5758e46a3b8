/** Inputs that are not plain files, or too large, through the compiled CLI: one line, a documented exit, no hang. */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NOTICE = '某市人民政府关于某事的通知\n\n某政发〔2023〕4号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2023年7月12日\n';

describe('parse: inputs that are not regular files', () => {
  it('- reads standard input', () => {
    const r = run(['parse', '-', '--json'], NOTICE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).issues[0].documents[0].docNumber).toBe('某政发〔2023〕4号');
  });
  it('a device is refused at once', () => {
    const r = run(['parse', '/dev/zero']);
    expect([r.code, r.stderr]).toEqual([1, 'gongbao: /dev/zero: is a device, not a file\n']);
  });
  it('standard input over the limit is refused', () => {
    const r = run(['parse', '-', '--max-file-mb', '0.001'], NOTICE.repeat(20));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^gongbao: -: more than the .+ limit \(raise it with --max-file-mb\) read\n$/);
  });
  it('a file over the limit names both sizes with the precision that tells them apart', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, NOTICE.repeat(3000));
    const r = run(['parse', big, '--max-file-mb', '0.3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^gongbao: .*big\.txt: file of 0\.\d+ MB is larger than the 0\.3 MB limit \(raise it with --max-file-mb\)\n$/);
  });
  it.each([['0'], ['-1'], ['abc']])('--max-file-mb %s is a usage error', (v) => expect(run(['parse', '-', '--max-file-mb', v], NOTICE).code).toBe(2));
});

describe('convert: a folder with links, FIFOs and project notes', () => {
  it('lists each skipped entry with its reason and converts the rest; a FIFO never blocks', () => {
    const src = join(dir, 'src');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'sub', 'a.txt'), NOTICE);
    writeFileSync(join(src, 'README.md'), '# 说明\n\n本文件夹收录公报。\n');
    symlinkSync(join(src, 'sub', 'a.txt'), join(src, 'link.txt'));
    symlinkSync(join(src, 'gone.txt'), join(src, 'dangling.txt'));
    spawnSync('mkfifo', [join(src, 'pipe.txt')]);
    const out = join(dir, 'out');
    const r = run(['convert', src, '-o', out, '--no-progress', '--include', '*.txt', '*.md']);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as { path: string; status: string; reason: string | null }[];
    expect(manifest.map((m) => [m.path.slice(src.length + 1), m.status, m.reason])).toEqual([
      ['README.md', 'skipped', 'a project note (README, SOURCES, LICENSE…), not a gazette'],
      ['dangling.txt', 'skipped', 'symbolic link (not followed)'],
      ['link.txt', 'skipped', 'symbolic link (not followed)'],
      ['pipe.txt', 'skipped', 'not a regular file (FIFO, device or socket)'],
      ['sub/a.txt', 'ok', null],
    ]);
  });
});
