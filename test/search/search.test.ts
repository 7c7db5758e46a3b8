import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../src/search/indexer.js';
import { closeIndex, loadIndex, readMeta, IndexError, INDEX_FORMAT, DB_FILE } from '../../src/search/indexStore.js';
import Database from 'better-sqlite3';
import { parseQuery } from '../../src/search/queryParser.js';
import { matchingDocs, search } from '../../src/search/search.js';
import { fullText } from '../../src/search/records.js';
import { comparableText } from '../../src/text/normalize.js';
import { parseGazette } from '../../src/parse.js';
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
    const idx = loadIndex(dir)!;
    const hits = search(idx, parseQuery(q.q), 20).map((h) => h.doc.docNumber);
    if (q.exact) expect([...hits].sort()).toEqual([...q.expect].sort());
    else for (const e of q.expect) expect(hits.slice(0, 10)).toContain(e);
  });
});
describe('matches are exactly the documents whose text contains the words (substring scan)', () => {
  // the expected sets come from a plain scan of each document's text, not from the index
  const texts = () => ['000', '002', '003'].flatMap((p) => parseGazette({ text: readFileSync(fixture(p), 'utf8'), path: p }).issues.flatMap((i) => i.documents)).map((d) => ({ id: d.id, cmp: comparableText(fullText(d)) }));
  const extra = ['年', '号', '年 号', '局 审批', '年 OR 局', '局 OR 审批', '审批 -局', '年 -号', '27号', '2021', '审批服务', '管理局', '局', '第十二条', '一、', '“一网通办”', 'gdp', '营商 -环境', '条例 -办法'];
  it.each(judged.queries.filter((q) => q.kind !== 'filter').map((q) => q.q).concat(extra))('%s', (query) => {
    const idx = loadIndex(dir)!;
    const q = parseQuery(query);
    q.filters = {};
    const words = [...q.terms, ...q.phrases].map(comparableText);
    const alts = q.alternatives.map((g) => g.map(comparableText));
    const excl = q.excludes.map(comparableText);
    const expected = texts().filter((t) => words.every((w) => t.cmp.includes(w)) && alts.every((g) => g.some((w) => t.cmp.includes(w))) && !excl.some((w) => t.cmp.includes(w))).map((t) => t.id).sort();
    expect([...matchingDocs(idx, q)].sort()).toEqual(expected);
    closeIndex(idx);
  });
});

// tests clean up after themselves: nothing left in the temp folder
afterAll(() => rmSync(base, { recursive: true, force: true }));


describe('ranking', () => {
  it('a title hit ranks above body hits', async () => {
    const idx = loadIndex(dir)!;
    const hits = search(idx, parseQuery('营商环境'), 10);
    expect(hits[0].doc.docNumber).toBe('城政发〔2023〕7号'); // the only one with 营商环境 in its title
    expect(hits[0].scores.title).toBe(1);
  });
  it('ties go to the newer document', async () => {
    const idx = loadIndex(dir)!;
    const hits = search(idx, parseQuery('from:2021-11-01 to:2021-11-30'), 10);
    expect(hits.map((h) => h.doc.signDate)).toEqual(['2021-11-22', '2021-11-15', '2021-11-12', '2021-11-02']);
  });
  it('points at the matching article and highlights the words', async () => {
    const idx = loadIndex(dir)!;
    const [hit] = search(idx, parseQuery('"行政执法监督" 移交'), 5);
    expect(hit.doc.docNumber).toBe('晋市政发〔2021〕23号');
    expect(hit.record.path).toMatch(/第.+条/);
    expect(hit.snippet.marks.length).toBeGreaterThan(0);
  });
});

describe('type: filter', () => {
  it('matches the 文种 or its end (type:意见 → 实施意见), and nothing else', () => {
    const idx = loadIndex(dir)!;
    try {
      const types = (q: string) => search(idx, parseQuery(q), 50).map((h) => h.doc.docType);
      // the fixtures hold 4 实施意见, 1 实施方案 and 1 函 among their 36 documents
      expect(types('type:意见')).toEqual(['实施意见', '实施意见', '实施意见', '实施意见']);
      expect(types('type:实施方案')).toEqual(['实施方案']);
      expect(types('type:方案')).toEqual(['实施方案']);
      expect(types('type:函')).toEqual(['函']);
      expect(types('type:施意')).toEqual([]);
      expect(types('type:公告')).toEqual([]);
    } finally {
      closeIndex(idx);
    }
  });
});

describe('filters only', () => {
  // newest first by sign date (documents without one last), ties by id: the date-index scan must give what
  // sorting every match gives, at every page size
  const order = (a: IndexDocLike, b: IndexDocLike) => (a.signDate === b.signDate ? (a.id < b.id ? -1 : 1) : a.signDate === null ? 1 : b.signDate === null ? -1 : a.signDate < b.signDate ? 1 : -1);
  type IndexDocLike = { id: string; signDate: string | null; year: number | null; issuer: string | null; docType: string | null };
  it.each([
    ['year:2021', 3, (d: IndexDocLike) => d.year === 2021],
    ['year:2019', 50, (d: IndexDocLike) => d.year === 2019],
    ['issuer:人民政府', 5, (d: IndexDocLike) => !!d.issuer?.includes('人民政府')],
    ['type:通知', 4, (d: IndexDocLike) => !!d.docType?.endsWith('通知')],
    ['from:2021-11-01 to:2021-11-30', 2, (d: IndexDocLike) => !!d.signDate && d.signDate >= '2021-11-01' && d.signDate <= '2021-11-30'],
    ['from:2019', 100, (d: IndexDocLike) => !!d.signDate && d.signDate >= '2019-01-01'],
  ] as const)('%s (limit %i) lists the documents the filter passes, newest first', (q, limit, pass) => {
    const idx = loadIndex(dir)!;
    try {
      const want = Object.values(idx.meta.docs).filter(pass).sort(order).slice(0, limit).map((d) => d.id);
      expect(want.length).toBeGreaterThan(0);
      expect(search(idx, parseQuery(q), limit).map((h) => h.doc.id)).toEqual(want);
    } finally {
      closeIndex(idx);
    }
  });
});

describe('query parsing', () => {
  it('normalises 发文字号 in no: and bare numbers', () => {
    expect(parseQuery('no:晋市政发[2022]17号').filters.no).toBe('晋市政发〔2022〕17号');
    // typed alone, a number asks for its document and for those that mention it (no: only for the document)
    expect(parseQuery('晋市政发［2022］ 17号 营商')).toMatchObject({ bareNumber: '晋市政发〔2022〕17号', filters: {} });
  });
  it('phrases, exclusions and filters', () => {
    expect(parseQuery('营商环境 "企业 开办" -印章 “一网通办” year:2022 from:2022-03 to:2022 type:通知 issuer:市人民政府 section:部门文件')).toEqual({
      terms: ['营商环境'], phrases: ['企业 开办', '一网通办'], alternatives: [], excludes: ['印章'],
      filters: { year: 2022, from: '2022-03-01', to: '2022-12-31', type: '通知', issuer: '市人民政府', section: '部门文件' }, ignored: [],
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
    const at1 = readMeta(d)!.files[f].indexedAt;
    expect(await runIndex([c], { dir: d })).toMatchObject({ added: 0, unchanged: 1 });
    expect(readMeta(d)!.files[f].indexedAt).toBe(at1); // nothing rewritten
    // change the file: keep only the first document (up to the line before 晋市政发〔2019〕21号's title)
    const text = readFileSync(fixture('002'), 'utf8').split('\n').slice(0, 77).join('\n');
    writeFileSync(f, text);
    expect(await runIndex([c], { dir: d })).toMatchObject({ replaced: 1, documents: 1 });
    // the replaced documents' stored parses and tokens went with them: one row each, nothing orphaned
    const rows = (table: string) => {
      const db = new Database(join(d, DB_FILE), { readonly: true });
      try {
        return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    expect([rows('docs'), rows('bodies'), rows('fts_docsize'), rows('chars_docsize')]).toEqual([1, 1, 1, 1]);
    let idx = loadIndex(d)!;
    expect(Object.keys(idx.meta.docs)).toHaveLength(1);
    // its title rows (its own and its issued texts') and citation rows, none of the 11 documents replaced
    const [only] = Object.values(idx.meta.docs);
    expect([rows('titles'), rows('title_grams_docsize'), rows('cites')]).toEqual([1 + only.issued.length, 1 + only.issued.length, only.cites!.length]);
    expect(search(idx, parseQuery('焦化'), 10)).toEqual([]);
    expect(search(idx, parseQuery('风险防控'), 10).map((h) => h.doc.docNumber)).toEqual(['晋市政发〔2019〕20号']);
    closeIndex(idx);
    expect(await runIndex([f], { dir: d, remove: true })).toMatchObject({ removed: 1 });
    idx = loadIndex(d)!;
    expect(Object.keys(idx.meta.docs)).toHaveLength(0);
    expect(search(idx, parseQuery('风险防控'), 10)).toEqual([]);
    closeIndex(idx);
    expect([rows('docs'), rows('bodies'), rows('fts_docsize'), rows('chars_docsize'), rows('titles'), rows('cites'), rows('title_grams_docsize'), rows('cite_grams_docsize')]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('--prune takes out files that no longer exist, and only those', async () => {
    const d = join(base, 'prune');
    const c = join(base, 'c-prune');
    mkdirSync(c);
    copyFileSync(fixture('000'), join(c, 'a.txt'));
    copyFileSync(fixture('003'), join(c, 'b.txt'));
    await runIndex([c], { dir: d });
    rmSync(join(c, 'a.txt'));
    expect(await runIndex([], { dir: d, prune: true })).toMatchObject({ removed: 1, documents: 13 });
    expect(Object.keys(readMeta(d)!.files)).toEqual([join(c, 'b.txt')]);
  });

  it('two index runs at the same time are serialised by SQLite: both succeed, both files are indexed', async () => {
    const d = join(base, 'concurrent');
    const run = (f: string) => new Promise<number>((res) => spawn(process.execPath, [BIN, 'index', f, '--index', d, '-q']).on('exit', (code) => res(code ?? -1)));
    const codes = await Promise.all([run(fixture('000')), run(fixture('002')), run(fixture('003'))]);
    expect(codes).toEqual([0, 0, 0]);
    expect(Object.keys(readMeta(d)!.docs)).toHaveLength(36);
  }, 60000);

  it('kill -9 during a --rebuild leaves the previous index searchable', async () => {
    const d = join(base, 'killed');
    await runIndex([fixture('002')], { dir: d });
    const big = join(base, 'big');
    mkdirSync(big);
    for (let i = 0; i < 60; i++) writeFileSync(join(big, `g${i}.txt`), readFileSync(fixture('000'), 'utf8').replace(/〔2022〕(\d+)号/g, (_, n) => `〔2022〕${Number(n) + 100 * (i + 1)}号`));
    const child = spawn(process.execPath, [BIN, 'index', '--rebuild', big, '--index', d, '-q', '--jobs', '1']);
    await new Promise((r) => setTimeout(r, 1500));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL'); // killed mid-run, not after it finished
    const r = spawnSync(process.execPath, [BIN, 'search', '焦化', '--index', d, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).hits.map((h: { docNumber: string }) => h.docNumber).sort()).toEqual(['晋市政办〔2019〕46号', '晋市政办〔2019〕47号']);
  }, 60000);

  it('Ctrl-C during index stops after the file being written: exit 130, and the summary counts exactly what was committed', async () => {
    const d = join(base, 'interrupted');
    const big = join(base, 'big-int');
    mkdirSync(big);
    for (let i = 0; i < 60; i++) writeFileSync(join(big, `g${i}.txt`), readFileSync(fixture('002'), 'utf8').replace(/〔2019〕(\d+)号/g, (_, n) => `〔2019〕${Number(n) + 100 * (i + 1)}号`));
    const child = spawn(process.execPath, [BIN, 'index', big, '--index', d, '-q', '--jobs', '1']);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    await new Promise((r) => setTimeout(r, 1500));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    const added = Number(/(\d+) added/.exec(stdout)?.[1]);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(60);
    expect(Object.keys(readMeta(d)!.files)).toHaveLength(added);
  }, 60000);

  it('an index of another format version is refused with a rebuild hint; --rebuild starts again', async () => {
    const d = join(base, 'old');
    await runIndex([fixture('000')], { dir: d });
    const db = new Database(join(d, DB_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => readMeta(d)).toThrow(/incompatible version.*rebuild/);
    expect(() => loadIndex(d)).toThrow(IndexError);
    expect(await runIndex([fixture('000')], { dir: d, rebuild: true })).toMatchObject({ added: 1 });
    expect(readMeta(d)?.format).toBe(INDEX_FORMAT);
  });

  it('an index folder of the FlexSearch format (CURRENT, gen-*) asks for --rebuild, which replaces it', async () => {
    const d = join(base, 'format2');
    mkdirSync(join(d, 'gen-000001'), { recursive: true });
    writeFileSync(join(d, 'CURRENT'), 'gen-000001\n');
    expect(() => loadIndex(d)).toThrow(/older gongbao.*--rebuild/);
    await expect(runIndex([fixture('000')], { dir: d })).rejects.toThrow(/older gongbao/);
    expect(await runIndex([fixture('000')], { dir: d, rebuild: true })).toMatchObject({ added: 1 });
    expect(existsSync(join(d, 'CURRENT'))).toBe(false);
    expect(existsSync(join(d, 'gen-000001'))).toBe(false);
  });

  it('a damaged index gives a clear error, also from the CLI (no stack trace)', async () => {
    const d = join(base, 'damaged');
    await runIndex([fixture('000')], { dir: d });
    writeFileSync(join(d, DB_FILE), 'this is not a database'.repeat(100));
    expect(() => loadIndex(d)).toThrow(/damaged/);
    const r = spawnSync(process.execPath, [BIN, 'search', '营商环境', '--index', d], { encoding: 'utf8' });
    expect(r.status).toBe(3);
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
  it('search --in FILE searches files without an index (nothing written); a bad file is one line and the rest is searched', () => {
    const home = join(base, 'no-index-here');
    const r = spawnSync(process.execPath, [BIN, 'search', '焦化', '--in', fixture('002'), '--in', join(base, 'missing.txt'), '--json'], { encoding: 'utf8', env: { ...process.env, GONGBAO_INDEX: home } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).hits.map((h: { docNumber: string }) => h.docNumber).sort()).toEqual(['晋市政办〔2019〕46号', '晋市政办〔2019〕47号']);
    expect(r.stderr).toBe(`gongbao: ${join(base, 'missing.txt')}: no such file\n`);
    expect(existsSync(home)).toBe(false);
    const both = spawnSync(process.execPath, [BIN, 'search', '焦化', '--in', fixture('002'), '--index', dir], { encoding: 'utf8' });
    expect(both.status).toBe(2);
  });
  it('search --in takes a list of files (a shell glob), and the query after -- ', () => {
    const numbers = (args: string[]) => (JSON.parse(spawnSync(process.execPath, [BIN, 'search', '--json', ...args], { encoding: 'utf8' }).stdout).hits as { docNumber: string }[]).map((h) => h.docNumber).sort();
    const expected = ['晋市政办〔2019〕46号', '晋市政办〔2019〕47号'];
    expect(numbers(['焦化', '--in', fixture('000'), fixture('002')])).toEqual(expected);
    expect(numbers(['--in', fixture('000'), fixture('002'), '--', '焦化'])).toEqual(expected);
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
    expect(j.tokenizer).toBe('bigram');
    const text = spawnSync(process.execPath, [BIN, 'index', '--list', '--index', dir, '--no-color'], { encoding: 'utf8' });
    expect(text.stdout.trim().split('\n').pop()).toBe('3 files, 36 documents');
  });
});

describe('tokenizers', () => {
  let hasNodeJieba = true;
  try {
    createRequire(import.meta.url)('nodejieba');
  } catch {
    hasNodeJieba = false;
  }
  it('the default index is bigram and needs no segmenter', () => {
    const meta = readMeta(dir)!;
    expect([meta.tokenizer, meta.segmenter]).toEqual(['bigram', null]);
  });
  it('a jieba index records its segmenter and dictionary and finds the judged documents too', async () => {
    const d = join(base, 'jieba');
    await runIndex([corpus], { dir: d, tokenizer: 'jieba' });
    const idx = loadIndex(d)!;
    expect(idx.info.tokenizer).toBe('jieba');
    expect(idx.info.segmenter).toMatchObject({ name: 'node-rs-jieba' });
    expect(idx.info.segmenter!.dictionary).toMatch(/^[0-9a-f]{16}$/);
    for (const q of judged.queries) {
      const hits = search(idx, parseQuery(q.q), 20).map((h) => h.doc.docNumber);
      if (q.exact) expect([...hits].sort(), q.q).toEqual([...q.expect].sort());
      else for (const e of q.expect) expect(hits.slice(0, 10), q.q).toContain(e);
    }
    // an exclusion takes out exactly the documents whose text holds the word (FTS5 takes out those holding its
    // one jieba word, the text decides the rest)
    const texts = new Map(['000', '002', '003'].flatMap((p) => parseGazette({ text: readFileSync(fixture(p), 'utf8'), path: p }).issues.flatMap((i) => i.documents)).map((doc) => [doc.id, fullText(doc)]));
    for (const [wanted, excluded] of [['应急', '演练'], ['营商环境', '审批'], ['"企业开办"', '印章'], ['审批', '营商环境'], ['通知', '数据']]) {
      const all = matchingDocs(idx, parseQuery(wanted));
      const expected = [...all].filter((id) => !comparableText(texts.get(id) ?? '').includes(excluded)).sort();
      expect(all.size, wanted).toBeGreaterThan(0);
      expect([...matchingDocs(idx, parseQuery(`${wanted} -${excluded}`))].sort(), `${wanted} -${excluded}`).toEqual(expected);
    }
    closeIndex(idx);
    // a word of two jieba pieces is not taken out by its pieces: 营商 and 环境 apart are not 营商环境
    const c2 = join(base, 'c-jieba-not');
    mkdirSync(c2);
    const doc = (n: number, body: string) => ['某市商务局', `关于做好第${n}批工作的通知`, `某市商发〔2023〕${n}号`, '各有关单位：', body, '某市商务局', '2023年5月1日'].join('\n\n');
    writeFileSync(join(c2, 'x.txt'), doc(1, '优化营商服务，改善生态环境，组织应急演练。'));
    writeFileSync(join(c2, 'y.txt'), doc(2, '持续优化营商环境。'));
    const d2 = join(base, 'jieba-not');
    await runIndex([c2], { dir: d2, tokenizer: 'jieba' });
    const idx2 = loadIndex(d2)!;
    const nums = (q: string) => search(idx2, parseQuery(q), 10).map((h) => h.doc.docNumber).sort();
    expect(nums('某市 -营商环境')).toEqual(['某市商发〔2023〕1号']);
    expect(nums('某市 -演练')).toEqual(['某市商发〔2023〕2号']);
    expect(nums('某市 -营商')).toEqual([]);
    closeIndex(idx2);
    await expect(runIndex([fixture('000')], { dir: d, tokenizer: 'bigram' })).rejects.toThrow(/jieba tokenizer/);
  }, 60000);
  it.skipIf(!hasNodeJieba)('a jieba index built with nodejieba records it, and queries use it', async () => {
    const d = join(base, 'nj');
    await runIndex([fixture('002')], { dir: d, tokenizer: 'jieba', segmenter: 'nodejieba' });
    const idx = loadIndex(d)!;
    expect(idx.info.segmenter!.name).toBe('nodejieba');
    expect(search(idx, parseQuery('焦化'), 10).map((h) => h.doc.docNumber).sort()).toEqual(['晋市政办〔2019〕46号', '晋市政办〔2019〕47号']);
    closeIndex(idx);
  });
});

describe('letters match as written (NFKC, lower case), accents included', () => {
  it('café is not cafe, CAFÉ is café', async () => {
    const d = join(base, 'accents');
    const c = join(base, 'c-accents');
    mkdirSync(c);
    writeFileSync(join(c, 'a.txt'), ['某市商务局', '关于举办 Café 文化周活动的通知', '某市商发〔2023〕5号', '各有关单位：', '现将 Café 文化周有关事项通知如下。', '某市商务局', '2023年5月1日'].join('\n\n'));
    writeFileSync(join(c, 'b.txt'), ['某市商务局', '关于举办 cafe 咖啡节活动的通知', '某市商发〔2023〕6号', '各有关单位：', '现将 cafe 咖啡节有关事项通知如下。', '某市商务局', '2023年6月1日'].join('\n\n'));
    await runIndex([c], { dir: d });
    const idx = loadIndex(d)!;
    try {
      const numbers = (q: string) => search(idx, parseQuery(q), 10).map((h) => h.doc.docNumber).sort();
      expect(numbers('café')).toEqual(['某市商发〔2023〕5号']);
      expect(numbers('CAFÉ')).toEqual(['某市商发〔2023〕5号']);
      expect(numbers('cafe')).toEqual(['某市商发〔2023〕6号']);
    } finally {
      closeIndex(idx);
    }
  });
});
