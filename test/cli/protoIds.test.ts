/** Ids that name Object.prototype members are ordinary unknown ids (no plain-object lookups keyed by user input). */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, fixture, ROOT } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gongbao-proto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('show / refs with __proto__, constructor, toString', () => {
  it.each([['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty']])('%s is an unknown id', (id) => {
    const idx = join(dir, 'idx');
    run(['index', fixture('002'), '--index', idx]);
    const show = run(['show', id, '--index', idx]);
    expect([show.status, show.stderr]).toEqual([1, `gongbao: no document "${id}" in the index (give an id from \`gongbao search\` or a 发文字号)\n`]);
    const refs = run(['refs', id, '--index', idx]);
    expect([refs.status, refs.stderr]).toEqual([1, `gongbao: no document "${id}" in the index\n`]);
  });
});

describe('refs: options that would be ignored are usage errors', () => {
  it.each([
    [['refs', 'X', '--graph'], 'gongbao: refs --graph draws the whole index: give either a document or --graph'],
    [['refs', '--graph', '--cited-by'], 'gongbao: --cited-by and --graph do not combine'],
    [['refs', 'X', '--graph-format', 'dot'], 'gongbao: --graph-format needs --graph'],
  ])('%j', (args, line) => {
    const r = run([...args, '--index', join(dir, 'none')]);
    expect([r.status, r.stderr]).toEqual([2, `${line}\n(see gongbao refs --help)\n`]);
  });
});

describe('show: a 发文字号 that several documents share, or that is only cited', () => {
  it('lists the documents sharing it and exits 2; --first shows the first', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const src = join(dir, 'shared-number');
    mkdirSync(src, { recursive: true });
    const doc = (title: string) => `${title}\n\n某政发〔2023〕9号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2023年7月12日\n`;
    writeFileSync(join(src, 'a.txt'), doc('某市人民政府关于做好防汛工作的通知'));
    writeFileSync(join(src, 'b.txt'), doc('某市人民政府关于做好防汛工作的通知（转载）'));
    const idx = join(dir, 'idx-shared');
    run(['index', src, '--index', idx]);
    const r = run(['show', '某政发[2023]9号', '--index', idx]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('gongbao: 2 documents share 某政发[2023]9号; give an id (or --first):');
    expect(r.stderr).toContain('a.txt');
    expect(r.stderr).toContain('b.txt');
    expect(run(['show', '某政发[2023]9号', '--first', '--index', idx]).status).toBe(0);
  });
  it('a number known only as a citation points to cites:', () => {
    const idx = join(dir, 'idx-example');
    run(['index', join(ROOT, 'docs', 'example'), '--index', idx]);
    const r = run(['show', '国发〔2022〕22号', '--index', idx]);
    expect([r.status, r.stderr]).toEqual([1, 'gongbao: 国发〔2022〕22号 is not an indexed document, only cited by some: see `gongbao search cites:国发〔2022〕22号`\n']);
  });
});
