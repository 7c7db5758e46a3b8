/** scripts/scoreFolder.mjs: parse each text of a folder, score it against its reading, print the means. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures.js';

const SCORER = join(ROOT, '..', 'shared', 'tools', 'score.mjs');
let dir: string;

// a notice read by hand: title, number, issuer, 主送, date; no items, articles or chapters
const NOTICE = ['某市人民政府关于做好某事工作的通知', '某政发〔2024〕3号', '各区人民政府，市政府各部门：', '现就做好某事工作通知如下。', '某市人民政府', '2024年3月5日'].join('\n\n');
const READING = {
  seed: 'notice', issues: [], toc: [], notes: 'read from the text above',
  documents: [{ title: '某市人民政府关于做好某事工作的通知', docNumber: '某政发〔2024〕3号', issuer: '某市人民政府', recipients: '各区人民政府，市政府各部门', signDate: '2024-03-05', publicity: null, section: null, issuedTexts: [], attachments: [], counts: { chapters: 0, articles: 0, level1: 0 } }],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongbao-scorefolder-'));
  mkdirSync(join(dir, 'texts'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'texts', 'notice.txt'), NOTICE);
  writeFileSync(join(dir, 'gold', 'notice.json'), JSON.stringify(READING));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts', 'scoreFolder.mjs'), ...args], { encoding: 'utf8' });

describe.runIf(existsSync(SCORER))('scoreFolder', () => {
  it('scores each text against its reading and prints the means', () => {
    const r = run(join(dir, 'texts'), join(dir, 'gold'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^notice\s+F1 1 {2}fields 1 /m);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 texts: mean F1 1.000, mean field 1.000');
  });
  it('names a text it could not score and exits 1', () => {
    writeFileSync(join(dir, 'texts', 'unread.txt'), NOTICE);
    const r = run(join(dir, 'texts'), join(dir, 'gold'));
    rmSync(join(dir, 'texts', 'unread.txt'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^unread\s+not scored: /m);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 texts: mean F1 1.000, mean field 1.000, 1 not scored');
  });
  it('asks for its two folders', () => {
    const r = run();
    expect([r.status, r.stderr.trim()]).toEqual([2, 'usage: node scripts/scoreFolder.mjs TEXTS_DIR GOLD_DIR [--verbose]']);
  });
});
