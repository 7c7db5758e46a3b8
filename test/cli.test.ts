/** The compiled CLI (bin/gongbao.js → dist/): exit codes, --json, -o, --check and bad input. */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, fixture, ROOT } from './helpers/fixtures.js';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'gongbao-cli-'));
});
// tests clean up after themselves: nothing left in the temp folder
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('gongbao parse', () => {
  it('prints an outline with the issue line and each document', () => {
    const r = run(['parse', fixture('000')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('晋城市城区人民政府公报 2023年 第3期 总第3期 2023-09-30');
    expect(r.stdout).toContain('城政发〔2023〕5号');
    expect(r.stdout).toContain('8 chapters, 0 articles, 0 attachments');
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colours when not a TTY
  });

  it('-o - is standard output, not a file named -', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-dash-'));
    const r = spawnSync(process.execPath, [BIN, 'parse', fixture('002'), '--json', '-o', '-'], { encoding: 'utf8', cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).issues[0].documents).toHaveLength(12);
    expect(existsSync(join(dir, '-'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('--json prints one JSON document', () => {
    const r = run(['parse', fixture('002'), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.schemaVersion).toBe(1);
    expect(j.source.format).toBe('text');
    expect(j.issues[0].documents).toHaveLength(12);
  });

  it('several files with --json give NDJSON', () => {
    const r = run(['parse', fixture('000'), fixture('002'), '--json']);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.source.format)).toEqual(['markdown', 'text']);
  });

  it('-o writes the file atomically and nothing else', () => {
    const out = join(dir, 'g.json');
    const r = run(['parse', fixture('000'), '--json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).issues[0].documents).toHaveLength(13);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--check reports full coverage and exits 0', () => {
    const r = run(['parse', fixture('002'), '--check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/unaccounted\s+0/);
    expect(r.stdout).toMatch(/dropped\s+7 \(duplicate-line 1, repeated-table-header 6\)/);
  });

  it('decodes GB18030 and UTF-16 input', () => {
    const text = '某市人民政府 关于做好某某工作的通知\n\n某政发〔2023〕4号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2023年7月12日\n';
    const u16 = join(dir, 'u16.txt');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run(['parse', u16, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.source.encoding).toBe('utf-16le');
    expect(j.issues[0].documents[0]).toMatchObject({ docNumber: '某政发〔2023〕4号', signDate: '2023-07-12', recipients: '各区人民政府' });
  });

  it.each([
    ['missing file', () => join(dir, 'nope.txt'), /nope\.txt: no such file/],
    ['directory', () => dir, /is a directory/],
    ['empty file', () => { const p = join(dir, 'empty.txt'); writeFileSync(p, ''); return p; }, /empty\.txt: file is empty/],
    ['binary file', () => { const p = join(dir, 'bin.png'); writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])); return p; }, /bin\.png: looks like a binary file/],
  ])('%s → one line on stderr, exit 1, no output file', (_name, make, message) => {
    const input = make();
    const out = join(dir, `out-${Math.random()}.json`);
    const r = run(['parse', input, '--json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('usage errors exit 2', () => {
    expect(run(['parse', '--bogus']).code).toBe(2);
    expect(run(['parse']).code).toBe(2);
  });

  it('--help and --version exit 0', () => {
    expect(run(['--help']).code).toBe(0);
    expect(run(['parse', '--help']).stdout).toContain('--check');
    expect(run(['--version']).stdout.trim()).toMatch(/^gongbao \d+\.\d+\.\d+$/);
  });
});
