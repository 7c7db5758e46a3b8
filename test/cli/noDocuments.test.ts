/** Files that yield no document are reported by parse, --check, convert and index, never silently passed. */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-nodocs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const empty = join(dir, 'empty.md');
writeFileSync(empty, '---\n标题: 某某\n---\n<!-- 页面说明 -->\n');
const good = join(dir, 'good.txt');
writeFileSync(good, '某市人民政府关于某事的通知\n\n某政发〔2023〕4号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2023年7月12日\n');
const headerless = join(dir, 'headerless.txt');
writeFileSync(headerless, '某市2023年第一季度经济运行情况\n\n今年以来，全市经济运行平稳。\n');

describe('a file without any document', () => {
  it('parse: warning line and exit 4; the other files are still parsed', () => {
    const r = run(['parse', good, empty, '--json']);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`gongbao: ${empty}: no document found (only front matter, comments or page furniture)\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
  it('parse --check: non-zero', () => expect(run(['parse', empty, '--check']).code).toBe(4));
  it('a headerless text is a document (exit 0) with a warning in the output', () => {
    const r = run(['parse', headerless, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.issues[0].documents.map((d: { title: string }) => d.title)).toEqual(['某市2023年第一季度经济运行情况']);
    expect(j.warnings.map((w: { code: string }) => w.code)).toEqual(['document-without-header']);
  });
  it('convert: named on stderr, in the summary and in the manifest', () => {
    const out = join(dir, 'out');
    const r = run(['convert', good, empty, '-o', out, '--json', '--no-progress']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`gongbao: ${empty}: no document found`);
    // the same shape as index --json: the paths
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: 2, documents: 1, withoutDocuments: [empty] });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).inputs as { path: string; warning?: string }[];
    expect(manifest.map((m) => [m.path.endsWith('empty.md'), m.warning ?? null])).toEqual([[false, null], [true, 'no document found']]);
  });
  it('index: named on stderr and in the summary', () => {
    const r = run(['index', good, empty, '--index', join(dir, 'idx')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`gongbao: ${empty}: no document found`);
    expect(r.stdout).toContain('1 without a document; 1 document → ');
  });
});

describe('--quiet', () => {
  it('index -q prints only the summary; convert -q only failures and the summary', () => {
    const i = run(['index', good, empty, '--index', join(dir, 'idx-q'), '-q']);
    expect([i.code, i.stderr]).toEqual([0, '']);
    expect(i.stdout).toMatch(/^gongbao index: 2 added/);
    const c = run(['convert', good, empty, join(dir, 'missing.txt'), '-o', join(dir, 'out-q'), '-q']);
    expect(c.code).toBe(1);
    expect(c.stderr).toBe(`gongbao: ${join(dir, 'missing.txt')}: no such file or directory\n`);
    expect(c.stdout).toMatch(/^gongbao convert: 2 converted, 0 skipped, 1 failed/);
  });
});
