import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../src/search/indexer.js';
import { loadIndex, readMeta, IndexError, INDEX_FORMAT } from '../../src/search/indexStore.js';
import { IndexBusy } from '../../src/search/indexLock.js';
import { parseQuery } from '../../src/search/queryParser.js';
import { search } from '../../src/search/search.js';
import { BIN, fixture, ROOT } from '../helpers/fixtures.js';
import { createRequire } from 'node:module';

const judged = JSON.parse(readFileSync(join(ROOT, 'test', 'search', 'queries.json'), 'utf8')) as { queries: { q: string; expect: string[]; exact?: boolean; kind: string }[] };

let base: string;
let dir: string;
let corpus: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'gongbao-search-'));
  corpus = join(base, 'corpus');
  mkdirSync(corpus);
  for (const p of ['000', '002', '003']) copyFileSync(fixture(p), join(corpus, `${p}.txt`));
  dir = join(base, 'index');
  const s = await runIndex([corpus], { dir });
  expect(s).toMatchObject({ added: 3, documents: 36, failed: 0 });
}, 60000);

describe('judged queries', () => {
  it('has at least 30 queries of every kind', () => {
    expect(judged.queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(judged.queries.map((q) => q.kind))).toEqual(new Set(['number', 'word', 'and', 'phrase', 'short', 'organ', 'exclude', 'filter']));
  });
  it.each(judged.queries.map((q) => [q.q, q] as const))('%s', async (_q, q) => {
    const idx = (await loadIndex(dir))!;
    const hits = search(idx, parseQuery(q.q), 20).map((h) => h.doc.docNumber);
    if (q.exact) expect([...hits].sort()).toEqual([...q.expect].sort());
    else for (const e of q.expect) expect(hits.slice(0, 10)).toContain(e);
  });
});
// tests clean up after themselves: nothing left in the temp folder
afterAll(() => rmSync(base, { recursive: true, force: true }));


describe('ranking', () => {
  it('a title hit ranks above body hits', async () => {
    const idx = (await loadIndex(dir))!;
    const hits = search(idx, parseQuery('营商环境'), 10);
    expect(hits[0].doc.docNumber).toBe('城政发〔2023〕7号'); // the only one with 营商环境 in its title
    expect(hits[0].scores.title).toBe(1);
  });
  it('ties go to the newer document', async () => {
    const idx = (await loadIndex(dir))!;
    const hits = search(idx, parseQuery('from:2021-11-01 to:2021-11-30'), 10);
    expect(hits.map((h) => h.doc.signDate)).toEqual(['2021-11-22', '2021-11-15', '2021-11-12', '2021-11-02']);
  });
  it('points at the matching article and highlights the words', async () => {
    const idx = (await loadIndex(dir))!;
    const [hit] = search(idx, parseQuery('"行政执法监督" 移交'), 5);
    expect(hit.doc.docNumber).toBe('晋市政发〔2021〕23号');
    expect(hit.record.path).toMatch(/第.+条/);
    expect(hit.snippet.marks.length).toBeGreaterThan(0);
  });
});

describe('query parsing', () => {
  it('normalises 发文字号 in no: and bare numbers', () => {
    expect(parseQuery('no:晋市政发[2022]17号').filters.no).toBe('晋市政发〔2022〕17号');
    expect(parseQuery('晋市政发［2022］ 17号 营商').filters.no).toBe('晋市政发〔2022〕17号');
  });
  it('phrases, exclusions and filters', () => {
    expect(parseQuery('营商环境 "企业 开办" -印章 “一网通办” year:2022 from:2022-03 to:2022 type:通知 issuer:市人民政府 section:部门文件')).toEqual({
      terms: ['营商环境'], phrases: ['企业 开办', '一网通办'], alternatives: [], excludes: ['印章'],
      filters: { year: 2022, from: '2022-03-01', to: '2022-12-31', type: '通知', issuer: '市人民政府', section: '部门文件' },
    });
  });
});

describe('index maintenance', () => {
  it('re-indexing an unchanged file is a no-op; a changed file replaces its documents; --remove takes them out', async () => {
    const d = join(base, 'idx2');
    const c = join(base, 'c2');
    mkdirSync(c);
    const f = join(c, 'g.txt');
    copyFileSync(fixture('002'), f);
    expect(await runIndex([c], { dir: d })).toMatchObject({ added: 1, documents: 12 });
    const gen1 = readFileSync(join(d, 'CURRENT'), 'utf8');
    expect(await runIndex([c], { dir: d })).toMatchObject({ added: 0, unchanged: 1 });
    expect(readFileSync(join(d, 'CURRENT'), 'utf8')).toBe(gen1); // nothing rewritten
    // change the file: keep only the first document (up to the line before 晋市政发〔2019〕21号's title)
    const text = readFileSync(fixture('002'), 'utf8').split('\n').slice(0, 77).join('\n');
    writeFileSync(f, text);
    expect(await runIndex([c], { dir: d })).toMatchObject({ replaced: 1, documents: 1 });
    let idx = (await loadIndex(d))!;
    expect(Object.keys(idx.meta.docs)).toHaveLength(1);
    expect(search(idx, parseQuery('焦化'), 10)).toEqual([]);
    expect(search(idx, parseQuery('风险防控'), 10).map((h) => h.doc.docNumber)).toEqual(['晋市政发〔2019〕20号']);
    expect(await runIndex([f], { dir: d, remove: true })).toMatchObject({ removed: 1 });
    idx = (await loadIndex(d))!;
    expect(Object.keys(idx.meta.docs)).toHaveLength(0);
    expect(search(idx, parseQuery('风险防控'), 10)).toEqual([]);
  });

  it('a second writer is refused while the first holds the lock', async () => {
    const d = join(base, 'locked');
    mkdirSync(d);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    writeFileSync(join(d, 'lock'), String(sleeper.pid));
    await expect(runIndex([fixture('000')], { dir: d })).rejects.toThrow(IndexBusy);
    sleeper.kill();
    await new Promise((r) => sleeper.on('exit', r));
    // the lock of a dead process is stale and taken over
    expect(await runIndex([fixture('000')], { dir: d })).toMatchObject({ added: 1 });
    expect(existsSync(join(d, 'lock'))).toBe(false);
  });

  it('an index of another format version is refused with a rebuild hint', async () => {
    const d = join(base, 'old');
    await runIndex([fixture('000')], { dir: d });
    const gen = readFileSync(join(d, 'CURRENT'), 'utf8').trim();
    const metaPath = join(d, gen, 'meta.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    writeFileSync(metaPath, JSON.stringify({ ...meta, format: 99 }));
    expect(() => readMeta(d)).toThrow(/incompatible version.*rebuild/);
    await expect(loadIndex(d)).rejects.toThrow(IndexError);
    // --rebuild starts again
    expect(await runIndex([fixture('000')], { dir: d, rebuild: true })).toMatchObject({ added: 1 });
    expect(readMeta(d)?.format).toBe(INDEX_FORMAT);
  });

  it('a damaged index gives a clear error, also from the CLI (no stack trace)', async () => {
    const d = join(base, 'damaged');
    await runIndex([fixture('000')], { dir: d });
    const gen = readFileSync(join(d, 'CURRENT'), 'utf8').trim();
    const flex = join(d, gen, 'flex');
    const key = readdirSync(flex)[0];
    writeFileSync(join(flex, key), '{"truncated": [1, 2');
    await expect(loadIndex(d)).rejects.toThrow(/damaged/);
    const r = spawnSync(process.execPath, [BIN, 'search', '营商环境', '--index', d], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^gongbao: the index is damaged/);
  });
});

describe('CLI', () => {
  it('search --json gives scores and the article path; show prints a document and one article', () => {
    const r = spawnSync(process.execPath, [BIN, 'search', '模拟审批', '--json', '--index', dir], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.hits.map((h: { docNumber: string }) => h.docNumber).sort()).toEqual(['晋市审管发〔2021〕27号', '晋市政办〔2021〕46号']);
    expect(j.hits[0]).toHaveProperty('score');
    expect(j.hits[0]).toHaveProperty('article');
    const show = spawnSync(process.execPath, [BIN, 'show', '晋市政办[2021]42号', '--index', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('晋城市人民政府办公室关于印发晋城市科技计划项目管理办法的通知');
    expect(show.stdout).toContain('第一章');
    const art = spawnSync(process.execPath, [BIN, 'show', '晋市政办〔2021〕42号', '--article', '12', '--index', dir, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(art.stdout)).toMatchObject({ type: 'article', label: '第十二条', number: 12 });
    for (const label of ['第十二条', '十二']) {
      const cn = spawnSync(process.execPath, [BIN, 'show', '晋市政办〔2021〕42号', '--article', label, '--index', dir, '--json'], { encoding: 'utf8' });
      expect(JSON.parse(cn.stdout)).toMatchObject({ type: 'article', number: 12 });
    }
  });
  it('A OR B finds the documents of either, and only those', () => {
    const ids = (q: string) => (JSON.parse(spawnSync(process.execPath, [BIN, 'search', q, '--json', '--limit', '50', '--index', dir], { encoding: 'utf8' }).stdout).hits as { id: string }[]).map((h) => h.id).sort();
    const a = ids('模拟审批');
    const b = ids('经济普查');
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(ids('模拟审批 OR 经济普查')).toEqual([...new Set([...a, ...b])].sort());
    // OR binds tighter than AND: 普查 (模拟审批 OR 经济普查) = the 经济普查 documents that also say 普查
    expect(ids('普查 模拟审批 OR 经济普查')).toEqual([...new Set([...a.filter((x) => ids('普查').includes(x)), ...b])].sort());
  });
  it('search exits 1 when nothing matches (as grep and rg do), 0 when something does', () => {
    const none = spawnSync(process.execPath, [BIN, 'search', '这个词组不会出现在任何公报里', '--index', dir], { encoding: 'utf8' });
    expect([none.status, none.stdout, none.stderr]).toEqual([1, '', 'no documents found\n']);
    const noneJson = spawnSync(process.execPath, [BIN, 'search', '这个词组不会出现在任何公报里', '--index', dir, '--json'], { encoding: 'utf8' });
    expect([noneJson.status, JSON.parse(noneJson.stdout).hits]).toEqual([1, []]);
  });
  it('index --list shows files and document counts', () => {
    const r = spawnSync(process.execPath, [BIN, 'index', '--list', '--json', '--index', dir], { encoding: 'utf8' });
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { documents: number }) => f.documents)).toEqual([13, 12, 11]);
    expect(j.segmenter.name).toBe('node-rs-jieba');
  });
});

describe('segmenters', () => {
  let hasNodeJieba = true;
  try {
    createRequire(import.meta.url)('nodejieba');
  } catch {
    hasNodeJieba = false;
  }
  it.skipIf(!hasNodeJieba)('an index built with nodejieba records it, and queries use it', async () => {
    const d = join(base, 'nj');
    await runIndex([fixture('002')], { dir: d, segmenter: 'nodejieba' });
    const idx = (await loadIndex(d))!;
    expect(idx.meta.segmenter.name).toBe('nodejieba');
    expect(idx.seg.name).toBe('nodejieba');
    expect(search(idx, parseQuery('焦化'), 10).map((h) => h.doc.docNumber).sort()).toEqual(['晋市政办〔2019〕46号', '晋市政办〔2019〕47号']);
    await expect(loadIndex(d, 'node-rs-jieba')).rejects.toThrow(/built with nodejieba/);
  });
  it('the default index records @node-rs/jieba and the dictionary it loaded', () => {
    const meta = readMeta(dir)!;
    expect(meta.segmenter).toMatchObject({ name: 'node-rs-jieba' });
    expect(meta.segmenter.dictionary).toMatch(/^[0-9a-f]{16}$/);
  });
});
