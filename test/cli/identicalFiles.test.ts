// Identical files at two paths: their content is indexed once, and every command says which paths hold it.
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-identical-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const shape = new URL('../shapes/upwardRequest.txt', import.meta.url);
const a = join(dir, 'a', 'x.txt');
const b = join(dir, 'b', 'x.txt');
for (const p of [a, b]) {
  mkdirSync(join(p, '..'), { recursive: true });
  copyFileSync(shape, p);
}
const index = join(dir, 'ix');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--index', index], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('two identical files', () => {
  it('are both listed, the second as a copy of the first, and the document is counted once', () => {
    expect(run(['index', a, b]).code).toBe(0);
    const list = run(['index', '--list']);
    expect(list.out).toContain(`${b}  1 issue(s), 1 documents, the same content as ${a}`);
    expect(list.out).toMatch(/^2 files, 1 documents \(1 file is a copy of another/m);
  });
  it('a hit names both paths', () => {
    const hit = run(['search', '请示']);
    expect(hit.code).toBe(0);
    expect(hit.out).toContain('a/x.txt:1 (the same file at b/x.txt)');
    const json = JSON.parse(run(['search', '请示', '--json']).out);
    expect(json.hits[0]).toMatchObject({ file: a, sameContentAt: [b] });
  });
  it('after one is removed, hits point to the other and name no copy', () => {
    expect(run(['index', '--remove', a]).code).toBe(0);
    const json = JSON.parse(run(['search', '请示', '--json']).out);
    expect(json.hits).toHaveLength(1);
    expect(json.hits[0].file).toBe(b);
    expect(json.hits[0].sameContentAt).toBeUndefined();
  });
});
