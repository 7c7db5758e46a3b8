/** -o and output folders: never over an input, never in place of a folder/FIFO/device, all or nothing, no hang. */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-outpath-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stderr: r.stderr };
}

const input = join(dir, 'n.txt');
writeFileSync(input, '某市人民政府关于某事的通知\n\n某政发〔2023〕4号\n\n各区人民政府：\n\n通知如下。\n');
const fifo = join(dir, 'fifo');
spawnSync('mkfifo', [fifo]);
const afile = join(dir, 'afile');
writeFileSync(afile, 'x');

describe('parse -o', () => {
  it('never over one of its inputs (usage error)', () => {
    expect(run(['parse', input, '-o', input])).toEqual({ code: 2, stderr: `gongbao: ${input}: is also an input: it would be overwritten\n` });
    expect(readFileSync(input, 'utf8')).toContain('某政发');
  });
  it.each([
    ['a folder', dir, 'is a directory, not a file'],
    ['a FIFO', fifo, 'is not a regular file (FIFO, device or socket): not replaced'],
    ['a missing folder', join(dir, 'nope', 'x.json'), `folder ${join(dir, 'nope')} does not exist`],
  ])('never in place of %s', (_name, out, problem) => expect(run(['parse', input, '-o', out])).toEqual({ code: 1, stderr: `gongbao: ${out}: ${problem}\n` }));
  it('all or nothing: one failed input, no output file', () => {
    const out = join(dir, 'o.json');
    const r = run(['parse', input, join(dir, 'missing.txt'), '--json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`gongbao: nothing written to ${out}: 1 of 2 inputs failed`);
    expect(existsSync(out)).toBe(false);
  });
  it('a full disk on stdout is one line', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "${input}" --json > /dev/full`], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([1, 'gongbao: cannot write to standard output (no space left on the device)\n']);
  });
});

describe('output folders that cannot be made', () => {
  it.each([
    [['convert', input, '-o', '/proc/gongbao-nope', '--no-progress'], 'gongbao: /proc/gongbao-nope: cannot create folder (cannot be created there)\n'],
    [['index', input, '--index', '/proc/gongbao-nope'], 'gongbao: /proc/gongbao-nope: cannot create folder (cannot be created there)\n'],
    [['convert', input, '-o', afile, '--no-progress'], `gongbao: ${afile}: is a file, not a folder\n`],
  ])('%j: one line, exit 1, no hang', (args, line) => expect(run(args as string[])).toEqual({ code: 1, stderr: line }));
});
