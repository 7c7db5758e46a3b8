// Each flag means one thing on every command; the old names keep working with a one-line notice.
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const shape = (name: string) => new URL(`../shapes/${name}`, import.meta.url).pathname;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('renamed flags', () => {
  it('parse --format is --input-format, with a notice', () => {
    const now = run(['parse', '--input-format', 'text', shape('upwardRequest.txt'), '--json']);
    const old = run(['parse', '--format', 'text', shape('upwardRequest.txt'), '--json']);
    expect([now.code, old.code]).toEqual([0, 0]);
    expect(now.err).toBe('');
    expect(old.err).toBe('gongbao: --format is now --input-format (the old name still works, and will go in a later version)\n');
    expect(JSON.parse(old.out).source.format).toBe('text');
  });
  it('parse --format with a shape it does not read is a usage error', () => {
    const r = run(['parse', '--format', 'docx', shape('upwardRequest.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--input-format: docx is not one of markdown, text, html, pdf/);
  });
  it('refs --format is --graph-format', () => {
    const r = run(['refs', 'X', '--format', 'dot', '--index', join(dir, 'none')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('gongbao: --format is now --graph-format');
    expect(r.err).toContain('gongbao: --graph-format needs --graph');
  });
  it('the help lists only the new names', () => {
    expect(run(['parse', '--help']).out).not.toMatch(/^\s+--format/m);
    expect(run(['convert', '--help']).out).not.toMatch(/--index-dir|^\s+--format/m);
    expect(run(['refs', '--help']).out).toMatch(/--graph-format <format>/);
  });
});

describe('search -q', () => {
  it('prints the hits only: no count of further matches on stderr', () => {
    const index = join(dir, 'ix');
    expect(run(['index', shape('upwardRequest.txt'), shape('reprintWithEditorNote.txt'), '--index', index, '-q']).code).toBe(0);
    const loud = run(['search', '人民政府', '--index', index, '-n', '1']);
    const quiet = run(['search', '人民政府', '--index', index, '-n', '1', '-q']);
    expect(loud.err).toMatch(/^1 of 2 documents/m);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe(loud.out);
  });
});
