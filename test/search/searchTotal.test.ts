/** How many documents matched: searchTotal against every matching document found the slow way (matchingDocs). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runIndex } from '../../src/search/indexer.js';
import { closeIndex, loadIndex, type LoadedIndex } from '../../src/search/indexStore.js';
import { parseQuery } from '../../src/search/queryParser.js';
import { matchingDocs, search, searchTotal } from '../../src/search/search.js';
import { BIN, FIXTURES, fixture } from '../helpers/fixtures.js';

let dir: string;
let idx: LoadedIndex;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongbao-total-'));
  await runIndex([fixture('000'), fixture('002'), fixture('003')], { dir });
  idx = loadIndex(dir)!;
});
afterAll(() => {
  closeIndex(idx);
  rmSync(dir, { recursive: true, force: true });
});

describe('searchTotal', () => {
  it.each(['营商环境', '通知', '"企业开办"', '营商 -审批', '年', '营商环境 OR 双创'])('%s: exactly the documents that hold the words', (query) => {
    const q = parseQuery(query);
    const t = searchTotal(idx, q);
    expect(t.kind).toBe('exact');
    expect(t.count).toBe(matchingDocs(idx, q).size);
  });
  it('words checked on the text (punctuation inside): an upper bound', () => {
    const q = parseQuery('一、');
    const t = searchTotal(idx, q);
    expect(t.kind).toBe('at-most');
    expect(t.count).toBeGreaterThanOrEqual(matchingDocs(idx, q).size);
  });
  it('filters only: the documents that pass them', () => {
    const q = parseQuery('year:2023');
    expect(searchTotal(idx, q)).toEqual({ count: search(idx, q, 1000).length, kind: 'exact' });
  });
});

describe('gongbao search says how many matched', () => {
  it('"2 of N documents" on stderr when the limit cuts the hits; total in --json', () => {
    const q = parseQuery('营商环境');
    const n = matchingDocs(idx, q).size;
    expect(n).toBeGreaterThan(2);
    const r = spawnSync(process.execPath, [BIN, 'search', '营商环境', '--limit', '2', '--index', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`2 of ${n} documents (--limit N shows more)\n`);
    const j = spawnSync(process.execPath, [BIN, 'search', '营商环境', '--limit', '2', '--json', '--index', dir], { encoding: 'utf8' });
    expect(JSON.parse(j.stdout)).toMatchObject({ total: n, totalKind: 'exact' });
  });
  it('nothing on stderr when every match is shown', () => {
    const r = spawnSync(process.execPath, [BIN, 'search', '营商环境', '--limit', '100', '--index', dir], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });
});

describe('a 发文字号 typed alone', () => {
  it('finds the documents that mention it, in any of its printed bracket forms', () => {
    // fixture 000 cites 国务院关于开展第五次全国经济普查的通知（国发〔2022〕22号）; no indexed document has that number
    const want = [...matchingDocs(idx, parseQuery('"国发〔2022〕22号"'))];
    expect(want.length).toBeGreaterThan(0);
    for (const typed of ['国发〔2022〕22号', '国发[2022]22号', '国发（2022）22号']) {
      expect(search(idx, parseQuery(typed), 10).map((h) => h.doc.id)).toEqual(want);
    }
    expect(searchTotal(idx, parseQuery('国发[2022]22号'))).toEqual({ count: want.length, kind: 'exact' });
  });
  it('puts the document that has the number first', () => {
    const q = parseQuery('晋市政办〔2021〕42号');
    const hits = search(idx, q, 10);
    expect(hits[0].doc.docNumber).toBe('晋市政办〔2021〕42号');
    expect(hits.slice(1).every((h) => h.doc.docNumber !== '晋市政办〔2021〕42号')).toBe(true);
  });
  it('no: finds only the document itself', () => {
    expect(search(idx, parseQuery('no:国发〔2022〕22号'), 10)).toEqual([]);
  });
});

describe('where a hit is', () => {
  it.each(['营商环境', '"企业开办"', '安全生产 检查'])('%s: each hit line is the line its article or item starts on', (query) => {
    const hits = search(idx, parseQuery(query), 10);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const label = h.record.path.split(' ').pop()!;
      if (h.record.path === '正文' || label.startsWith('《')) continue;
      const line = readFileSync(h.doc.path, 'utf8').split(/\r?\n/)[h.record.line! - 1];
      expect(line.replace(/[\s*#]/g, ''), `${h.doc.path}:${h.record.line}`).toContain(label.replace(/\s/g, ''));
    }
  });
  it('the CLI prints it as file:line', () => {
    const r = spawnSync(process.execPath, [BIN, 'search', '营商环境', '--limit', '1', '--index', dir], { encoding: 'utf8', cwd: join(FIXTURES) });
    const [hit] = search(idx, parseQuery('营商环境'), 1);
    expect(r.stdout.split('\n')[1]).toMatch(new RegExp(` · ${basename(hit.doc.path).replace(/\./g, '\\.')}:${hit.record.line}$`));
  });
});

describe('a 发文字号 typed alone, decided on the index without reading texts', () => {
  const small = mkdtempSync(join(tmpdir(), 'gongbao-mentions-'));
  const texts: Record<string, string> = {
    'own.txt': '某市人民政府关于某某的通知\n\n某政发〔2024〕1号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某市人民政府\n\n2024年1月5日\n',
    'square.txt': '某市某某局关于落实某某的通知\n\n某局发〔2024〕2号\n\n各科室：\n\n根据某政发[2024]1号要求，现将有关事项通知如下。\n\n某市某某局\n\n2024年2月1日\n',
    'spaced.txt': '某市某某局关于推进某某的通知\n\n某局发〔2024〕3号\n\n各科室：\n\n按照某政发（2024） 1号文件精神，现将有关事项通知如下。\n\n某市某某局\n\n2024年2月2日\n',
    'other.txt': '某市某某局关于另一事项的通知\n\n某局发〔2024〕4号\n\n各科室：\n\n根据某政发〔2024〕11号和某政发2024年1号的要求，现将有关事项通知如下。\n\n某市某某局\n\n2024年2月3日\n',
  };
  let s: LoadedIndex;
  beforeAll(async () => {
    const { writeFileSync } = await import('node:fs');
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(small, name), text);
    await runIndex(Object.keys(texts).map((n) => join(small, n)), { dir: join(small, 'index'), jobs: 1 });
    s = loadIndex(join(small, 'index'))!;
  });
  afterAll(() => {
    closeIndex(s);
    rmSync(small, { recursive: true, force: true });
  });
  it('the document itself, then those printing the number in any brackets; never another serial or a 年 between', () => {
    const hits = search(s, parseQuery('某政发〔2024〕1号'), 10).map((h) => h.doc.docNumber);
    expect(hits[0]).toBe('某政发〔2024〕1号');
    expect(hits.slice(1).sort()).toEqual(['某局发〔2024〕2号', '某局发〔2024〕3号']);
    expect(searchTotal(s, parseQuery('某政发[2024]1号'))).toEqual({ count: 3, kind: 'exact' });
  });
});
