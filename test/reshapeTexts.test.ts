/** scripts/reshapeTexts.mjs: held-out texts rewritten into the forms archives hold, each with its reading. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures.js';

let dir: string;
const NOTICE = ['某市人民政府关于做好某事工作的通知', '某政发〔2024〕3号', '各区人民政府，市政府各部门：', '现就做好某事工作通知如下。', '某市人民政府', '2024年3月5日'].join('\n');
const READING = { seed: 'notice', issues: [], toc: [], notes: '', documents: [{ title: '某市人民政府关于做好某事工作的通知', docNumber: '某政发〔2024〕3号', signDate: '2024-03-05' }] };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongbao-reshape-'));
  mkdirSync(join(dir, 'texts'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'texts', 'notice.txt'), NOTICE);
  writeFileSync(join(dir, 'gold', 'notice.json'), JSON.stringify(READING));
  // a text without a reading is left out
  writeFileSync(join(dir, 'texts', 'unread.txt'), NOTICE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'reshapeTexts.mjs'), ...args], { encoding: 'utf8' });
const read = (...p: string[]) => readFileSync(join(dir, 'out', ...p), 'utf8');

describe('reshapeTexts', () => {
  it('writes each shape of each text with a reading, and the reading beside it', () => {
    const r = run(join(dir, 'texts'), join(dir, 'gold'), join(dir, 'out'));
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['chrome', 'flat', 'frontmatter', 'html', 'mdhtml', 'pwrap', 'spans', 'trad', 'word', 'wordhtml', 'wrap']);
    expect(readdirSync(join(dir, 'out', 'spans', 'texts'))).toEqual(['notice.txt']);
    // each number a line of its own; the whole text on one line; the title only in front matter
    expect(read('spans', 'texts', 'notice.txt').split('\n')).toEqual(expect.arrayContaining(['某政发〔', '2024', '〕', '3', '号']));
    expect(read('flat', 'texts', 'notice.txt').trim().split('\n')).toHaveLength(1);
    const fm = read('frontmatter', 'texts', 'notice.md');
    expect(fm.startsWith('---\ntitle: "某市人民政府关于做好某事工作的通知"\ndate: 2024-03-05\n')).toBe(true);
    expect(fm.split('---')[2]).not.toContain('某市人民政府关于做好某事工作的通知');
    // the traditional text's reading in traditional characters too; other readings as they were
    expect(JSON.parse(read('trad', 'gold', 'notice.json')).documents[0].title).toBe('某市人民政府關於做好某事工作的通知');
    expect(JSON.parse(read('html', 'gold', 'notice.json'))).toEqual(READING);
  });
  it('writes only the shapes asked for', () => {
    expect(run(join(dir, 'texts'), join(dir, 'gold'), join(dir, 'only'), 'flat').status).toBe(0);
    expect(readdirSync(join(dir, 'only'))).toEqual(['flat']);
  });
  it.each([
    ['an unknown shape', ['texts', 'gold', 'x', 'nosuch'], /no shape nosuch/],
    ['a missing folder', ['missing', 'gold', 'x'], /missing: no such folder/],
    ['missing arguments', [], /usage/],
  ])('exits 2 with one line on %s', (_name, args, message) => {
    const r = run(...args.map((a, i) => (i < 2 || a === 'x' ? join(dir, a) : a)));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
