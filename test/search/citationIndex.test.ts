/**
 * Citations in SQL (citationIndex.ts) give the same answers as makeResolver over the whole index, and the
 * bigram pigeonhole filter never loses a title similar enough to resolve.
 * Four small texts written here: a city notice issuing a 办法 (A), an office notice issuing a 细则 that
 * cites A by number and the 办法 by title (B), a bureau notice citing B by its issued text, by its title
 * and by its title with a slip (C), and a reprint of A under the same number and title, indexed last (D).
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../src/search/indexer.js';
import { citationsOf, closeIndex, loadIndex, DB_FILE, type LoadedIndex } from '../../src/search/indexStore.js';
import Database from 'better-sqlite3';
import { gramToken, probeCount } from '../../src/search/citationIndex.js';
import { makeResolver, titleKey, TITLE_SIMILARITY } from '../../src/cite/resolve.js';
import { distinctBigrams, titleSimilarity } from '../../src/text/similarity.js';
import { normalizeDocNumber } from '../../src/text/docNumber.js';
import type { IndexDoc } from '../../src/search/records.js';

describe('probeCount', () => {
  it.each([
    // no bigram: nothing can be similar, nothing to probe
    ['', 0],
    ['法', 0],
    // a bigrams allow floor(a · (1 − 0.9/1.1)) missing: 1 bigram → 0 missing → 1 probe
    ['办法', 1],
    ['某市数据管理办法', 2], // 7 bigrams → 1 missing
    ['某市人民政府关于印发某市数据资源管理办法的通知', 5], // 22 bigrams → 4 missing
    ['人人人人人', 1], // 4 bigrams, 1 distinct: never more probes than distinct bigrams
  ])('%s → %i', (key, n) => expect(probeCount(key)).toBe(n));

  // any probeCount distinct bigrams of the key include one that every title at least TITLE_SIMILARITY similar
  // holds: fewer distinct bigrams than that are missing from it (substitutions, insertions, deletions and two
  // slips of a long title, the shapes OCR and retyping produce)
  const base = '某某省人民政府办公厅关于印发某某省推进政务服务标准化规范化便利化实施方案的通知';
  const variants: string[] = [];
  for (let i = 0; i < base.length; i++) {
    variants.push(base.slice(0, i) + '侧' + base.slice(i + 1)); // one character wrong
    variants.push(base.slice(0, i) + base.slice(i + 1)); // one dropped
    variants.push(base.slice(0, i) + '的' + base.slice(i)); // one inserted
    for (let j = i + 3; j < base.length; j += 7) variants.push(base.slice(0, i) + '侧' + base.slice(i + 1, j) + '测' + base.slice(j + 1)); // two wrong
  }
  const similar = variants.filter((v) => titleSimilarity(v, base) >= TITLE_SIMILARITY);
  const missing = (from: string, to: string) => distinctBigrams(from).filter((g) => !to.includes(g)).length;
  it('has similar variants to check, some missing several of the key\'s bigrams', () => {
    expect(similar.length).toBeGreaterThan(100);
    expect(Math.max(...similar.map((v) => missing(base, v)))).toBeGreaterThanOrEqual(3);
  });
  it('fewer bigrams of the key are missing from each similar variant than probeCount (both ways)', () => {
    for (const v of similar) {
      expect(missing(base, v)).toBeLessThan(probeCount(base));
      expect(missing(v, base)).toBeLessThan(probeCount(v));
    }
  });
});

describe('gramToken', () => {
  it.each([
    ['关于', '0g370fim'], // U+5173 = 20851 = 0g37 in base 36, U+4E8E = 20110 = 0fim
    ['A1', '001t001d'],
  ])('%s → %s (letters and digits only, 4 per character)', (g, t) => expect(gramToken(g)).toBe(t));
  it('is distinct for distinct bigrams', () => expect(new Set(['关于', '于关', '关干', '〔2'].map(gramToken)).size).toBe(4));
});

const A = ['某市人民政府', '关于印发某市数据资源管理办法的通知', '某市政发〔2023〕3号', '各县（市、区）人民政府：',
  '现将《某市数据资源管理办法》印发给你们，请认真贯彻执行。', '某市人民政府', '2023年3月1日',
  '某市数据资源管理办法', '第一条 为规范数据资源管理，制定本办法。', '第二条 本办法自印发之日起施行。'].join('\n\n');
const B = ['某市人民政府办公室', '关于印发某市公共数据开放实施细则的通知', '某市政办发〔2023〕9号', '各县（市、区）人民政府：',
  '根据《某市人民政府关于印发某市数据资源管理办法的通知》（某市政发〔2023〕3号），现将《某市公共数据开放实施细则》印发给你们。',
  '某市人民政府办公室', '2023年4月2日', '某市公共数据开放实施细则', '第一条 为落实《某市数据资源管理办法》，制定本细则。', '第二条 本细则自印发之日起施行。'].join('\n\n');
const C = ['某市大数据管理局', '关于做好公共数据开放工作的通知', '某市数据发〔2023〕15号', '局属各单位：',
  '为落实《某市公共数据开放实施细则》和《某市人民政府办公室关于印发某市公共数据开放实施细则的通知》，按照《某市人民政府办公室关于印发某市公共数据开放实施细侧的通知》要求，现就有关事项通知如下。',
  '一、各单位要按照《某市数据资源管理办法》做好开放。', '某市大数据管理局', '2023年5月6日'].join('\n\n');
// two county notices one character apart, and a notice citing a third variant: equally similar to both
const E = ['某县人民政府', '某县人民政府关于进一步加强某县耕地保护和生态修复工作的通知', '某县政发〔2023〕1号', '各乡镇人民政府：', '现就有关事项通知如下。', '某县人民政府', '2023年7月1日'].join('\n\n');
const F = E.replace('耕地', '林地').replace('〕1号', '〕2号').replace('7月1日', '7月2日');
const G = ['某县自然资源局', '关于做好生态修复工作的通知', '某县自然资发〔2023〕5号', '局属各单位：',
  '根据《某县人民政府关于进一步加强某县草地保护和生态修复工作的通知》要求，现就有关事项通知如下。', '某县自然资源局', '2023年8月1日'].join('\n\n');
const D = A.replace('2023年3月1日', '2023年3月2日').replace('第二条 本办法自印发之日起施行。', '第二条 本办法自2023年4月1日起施行。');

let base: string;
let idx: LoadedIndex;
let docs: Record<string, IndexDoc>;
beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'gongbao-citeidx-'));
  mkdirSync(join(base, 'in'));
  const dir = join(base, 'index');
  for (const [name, text] of [['c.txt', C], ['b.txt', B], ['a.txt', A], ['d.txt', D], ['e.txt', E], ['f.txt', F], ['g.txt', G]]) {
    writeFileSync(join(base, 'in', name), text);
    await runIndex([join(base, 'in', name)], { dir }); // one at a time: C is indexed before what it cites
  }
  idx = loadIndex(dir)!;
  docs = idx.meta.docs;
}, 60000);
afterAll(() => {
  closeIndex(idx);
  rmSync(base, { recursive: true, force: true });
});

const byNumber = (n: string) => Object.values(docs).filter((d) => d.docNumber === n);

describe('citationIndex', () => {
  it('resolves as the text says: number and title to the last indexed copy, issued texts, a slip by similarity', () => {
    const r = citationsOf(idx);
    const [a, d] = byNumber('某市政发〔2023〕3号');
    const [b] = byNumber('某市政办发〔2023〕9号');
    const [c] = byNumber('某市数据发〔2023〕15号');
    expect([a, b, c, d].every(Boolean)).toBe(true);
    expect(r.resolve('document', null, '某市政发[2023]3号', b.id)).toEqual({ doc: d.id, by: 'number' });
    expect(r.resolve('title', '某市数据资源管理办法', null, c.id)).toEqual({ doc: d.id, by: 'issued-text' });
    expect(r.resolve('title', '某市公共数据开放实施细则', null, c.id)).toEqual({ doc: b.id, by: 'issued-text' });
    expect(r.resolve('title', '某市人民政府办公室关于印发某市公共数据开放实施细则的通知', null, c.id)).toEqual({ doc: b.id, by: 'title' });
    expect(r.resolve('title', '某市人民政府办公室关于印发某市公共数据开放实施细侧的通知', null, c.id)).toEqual({ doc: b.id, by: 'similar-title' });
    // not a link to itself, and nothing for kinds that are not documents or for an unknown number
    expect(r.resolve('title', '某市公共数据开放实施细则', null, b.id)).toBeNull();
    expect(r.resolve('law', '某市数据资源管理办法', null, c.id)).toBeNull();
    expect(r.resolve('document', null, '某市政发〔2023〕4号', c.id)).toBeNull();
    expect(r.isCited(normalizeDocNumber('某市政发〔2023〕3号'))).toBe(true);
    expect(r.isCited(normalizeDocNumber('某市政发〔2023〕4号'))).toBe(false);
  });

  it('a title equally similar to two documents resolves to the later indexed, as an exact title does', () => {
    const [e] = byNumber('某县政发〔2023〕1号');
    const [f] = byNumber('某县政发〔2023〕2号');
    const [g] = byNumber('某县自然资发〔2023〕5号');
    const cited = '某县人民政府关于进一步加强某县草地保护和生态修复工作的通知';
    expect(titleSimilarity(cited, e.title)).toBe(titleSimilarity(cited, f.title));
    expect(titleSimilarity(cited, e.title)).toBeGreaterThanOrEqual(TITLE_SIMILARITY);
    expect(citationsOf(idx).resolve('title', cited, null, g.id)).toEqual({ doc: f.id, by: 'similar-title' });
    expect(makeResolver(docs).resolve('title', cited, null, g.id)).toEqual({ doc: f.id, by: 'similar-title' });
  });

  it('answers every citation of every document as makeResolver over the whole index does', () => {
    const sql = citationsOf(idx);
    const whole = makeResolver(docs);
    let n = 0;
    for (const d of Object.values(docs)) {
      for (const [kind, title, number] of d.cites!) {
        expect(sql.resolve(kind, title, number, d.id)).toEqual(whole.resolve(kind, title, number, d.id));
        n++;
      }
    }
    // B cites A's notice (title and number) and the 办法; C the 细则, B's notice, B's notice with a slip, the 办法; G the county notice
    expect(n).toBe(7);
  });

  it('citingDocs(num) is the scan of every document resolving to it', () => {
    const sql = citationsOf(idx);
    const whole = makeResolver(docs);
    for (const t of Object.values(docs)) {
      const scan = Object.values(docs).filter((d) => d.id !== t.id && d.cites!.some(([k, ti, no]) => whole.resolve(k, ti, no, d.id)?.doc === t.id)).map((d) => d.num);
      expect(sql.citingDocs(t.num)).toEqual(scan);
    }
    const [b] = byNumber('某市政办发〔2023〕9号');
    const [c] = byNumber('某市数据发〔2023〕15号');
    expect(sql.citingDocs(b.num)).toEqual([c.num]);
  });

  it('citingTarget (cites:) finds what the scan over the metadata finds, for numbers and titles', () => {
    const sql = citationsOf(idx);
    const whole = makeResolver(docs);
    const scan = (target: string) => Object.values(docs).filter((d) => d.cites!.some(([kind, title, number]) => {
      if (number && normalizeDocNumber(number) === target) return true;
      if (title && titleKey(title) === titleKey(target)) return true;
      const r = whole.resolve(kind, title, number, d.id);
      const to = r ? docs[r.doc] : undefined;
      return !!to && ((!!to.docNumber && normalizeDocNumber(to.docNumber) === target) || titleKey(to.title) === titleKey(target));
    })).map((d) => d.num).sort((x, y) => x - y);
    const targets = [normalizeDocNumber('某市政发〔2023〕3号'), normalizeDocNumber('某市政办发〔2023〕9号'), '某市数据资源管理办法', '关于印发某市公共数据开放实施细则的通知', '某市公共数据开放实施细则', '某市政发〔2023〕4号'];
    for (const t of targets) expect(sql.citingTarget(t)).toEqual(scan(t));
    expect(sql.citingTarget(normalizeDocNumber('某市政办发〔2023〕9号')).length).toBe(1);
  });

  it('the title keys in the index are the resolver\'s', () => {
    const keys = idx.db.prepare('SELECT key FROM titles WHERE issued = 1').pluck().all() as string[];
    expect(keys).toContain(titleKey('《某市数据资源管理办法》'));
  });
});

describe('after a VACUUM', () => {
  // SQLite documents that VACUUM may renumber the rowids of tables without an INTEGER PRIMARY KEY; the gram rows
  // point at titles.id and cites.id, declared so
  it('citations still resolve by similar title after rows were removed and the database compacted', async () => {
    const dir = join(base, 'vacuum');
    for (const [name, text] of [['a.txt', A], ['e.txt', E], ['f.txt', F], ['g.txt', G]]) {
      writeFileSync(join(base, 'in', `v-${name}`), text);
      await runIndex([join(base, 'in', `v-${name}`)], { dir });
    }
    // take out the first file (a gap below every later row), then compact the database
    await runIndex([join(base, 'in', 'v-a.txt')], { dir, remove: true });
    const db = new Database(join(dir, DB_FILE));
    db.exec('VACUUM');
    db.close();
    const v = loadIndex(dir)!;
    try {
      const g = Object.values(v.meta.docs).find((d) => d.docNumber === '某县自然资发〔2023〕5号')!;
      const f = Object.values(v.meta.docs).find((d) => d.docNumber === '某县政发〔2023〕2号')!;
      expect(citationsOf(v).resolve('title', '某县人民政府关于进一步加强某县草地保护和生态修复工作的通知', null, g.id)).toEqual({ doc: f.id, by: 'similar-title' });
      expect(citationsOf(v).citingDocs(f.num)).toEqual([g.num]);
    } finally {
      closeIndex(v);
    }
  });
});

describe('cites: hits', () => {
  it('point at the article whose sentence cites the target', async () => {
    const dir = join(base, 'statutes');
    const text = ['某某省松材线虫病防治条例', '（2009年7月31日某某省第十一届人民代表大会常务委员会第十二次会议通过）', '第一章 总则',
      '第一条 为了有效防治松材线虫病，保护森林资源，根据有关法律法规，结合本省实际，制定本条例。', '第二条 本条例适用于本省行政区域内松材线虫病的防治。',
      '第二章 防治', '第三条 林业主管部门应当依照《某某省森林条例》的规定组织除治。'].join('\n\n');
    writeFileSync(join(base, 'in', 'statute.txt'), text);
    await runIndex([join(base, 'in', 'statute.txt')], { dir });
    const { search } = await import('../../src/search/search.js');
    const { parseQuery } = await import('../../src/search/queryParser.js');
    const s = loadIndex(dir)!;
    try {
      const [hit, ...rest] = search(s, parseQuery('cites:《某某省森林条例》'), 10);
      expect(rest).toEqual([]);
      expect(hit.record.path).toBe('第二章 第三条');
      expect(hit.snippet.text).toContain('依照《某某省森林条例》的规定');
      expect(hit.snippet.marks.length).toBe(1);
    } finally {
      closeIndex(s);
    }
  });
});
