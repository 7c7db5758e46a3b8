/**
 * Resolution of citations against an index, `gongbao refs` / `--cited-by` / `--graph`, and `search cites:`.
 * Two small gazettes written here: a city notice issuing a 办法, and a department notice (indexed first)
 * that cites the 办法 by title and the city notice by number.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../src/search/indexer.js';
import { readMeta } from '../../src/search/indexStore.js';
import { makeResolver } from '../../src/cite/resolve.js';
import { citationGraph, toDot } from '../../src/cite/graph.js';
import { BIN, fixture } from '../helpers/fixtures.js';

const CITY = ['某市人民政府', '关于印发某市企业投资项目承诺制办法的通知', '某市政发〔2023〕7号', '各县（市、区）人民政府：',
  '现将《某市企业投资项目承诺制办法》印发给你们，请认真贯彻执行。', '某市人民政府', '2023年5月8日', '（此件公开发布）',
  '某市企业投资项目承诺制办法', '第一条 为推进企业投资项目承诺制，制定本办法。', '第二条 本办法自印发之日起施行，第一条所称项目以备案为准。'].join('\n\n');
const DEPT = ['某市行政审批服务管理局', '关于做好企业投资项目承诺制工作的通知', '某市审管发〔2023〕12号', '局属各单位：',
  '为落实《某市企业投资项目承诺制办法》，根据《某市人民政府关于印发某市企业投资项目承诺制办法的通知》（某市政发[2023] 7号）和《国务院关于某事的通知》（国发〔2022〕22号）要求，现就有关事项通知如下。',
  '一、各单位要按照《某市企业投资项目承诺制办法》第二条做好备案。', '某市行政审批服务管理局', '2023年6月1日'].join('\n\n');

let dir: string;
let base: string;
beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'gongbao-refs-'));
  mkdirSync(join(base, 'in'));
  writeFileSync(join(base, 'in', 'dept.txt'), DEPT);
  dir = join(base, 'index');
  await runIndex([join(base, 'in', 'dept.txt')], { dir }); // the citing document first
  writeFileSync(join(base, 'in', 'city.txt'), CITY);
  await runIndex([join(base, 'in', 'city.txt')], { dir }); // indexed later, it resolves the older citations
}, 60000);

const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--index', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('resolution', () => {
  it('by number, by the title of an issued text, and unresolved for documents not indexed', () => {
    const meta = readMeta(dir)!;
    const dept = Object.values(meta.docs).find((d) => d.docNumber === '某市审管发〔2023〕12号')!;
    const city = Object.values(meta.docs).find((d) => d.docNumber === '某市政发〔2023〕7号')!;
    const r = makeResolver(meta.docs);
    expect(dept.cites).toEqual([
      ['title', '某市企业投资项目承诺制办法', null],
      ['document', '某市人民政府关于印发某市企业投资项目承诺制办法的通知', '某市政发〔2023〕7号'],
      ['document', '国务院关于某事的通知', '国发〔2022〕22号'],
      ['title', '某市企业投资项目承诺制办法', null],
    ]);
    expect(r.resolve('title', '某市企业投资项目承诺制办法', null, dept.id)).toEqual({ doc: city.id, by: 'issued-text' });
    expect(r.resolve('document', null, '某市政发[2023]7号', dept.id)).toEqual({ doc: city.id, by: 'number' });
    expect(r.resolve('document', '国务院关于某事的通知', '国发〔2022〕22号', dept.id)).toBeNull();
    // a citation of a text the document itself issues is not a link to itself
    expect(r.resolve('title', '某市企业投资项目承诺制办法', null, city.id)).toBeNull();
  });

  it('the city notice names its issued text and its internal article references', () => {
    const r = JSON.parse(run(['refs', '某市政发〔2023〕7号', '--json']).stdout);
    expect(r.citations.map((c: { kind: string; target?: string; article?: number }) => [c.kind, c.target ?? c.article ?? null])).toEqual([
      ['issued', '某市企业投资项目承诺制办法'], ['internal', 1],
    ]);
  });
});
// tests clean up after themselves: nothing left in the temp folder
afterAll(() => rmSync(base, { recursive: true, force: true }));


describe('gongbao refs', () => {
  it('lists what a document cites, resolved ones marked', () => {
    const r = run(['refs', '某市审管发〔2023〕12号']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/《某市企业投资项目承诺制办法》\s+✓ 某市政发〔2023〕7号/);
    expect(r.stdout).toMatch(/国发〔2022〕22号\s+unresolved/);
  });
  it('the text output lists other texts first and its own article references in one line; --internal lists them', () => {
    const r = run(['refs', '某市政发〔2023〕7号']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^\s+issued\s+《某市企业投资项目承诺制办法》/);
    expect(lines[2]).toBe('  internal 1 reference to its own articles (第1条; --internal lists them)');
    expect(lines).toHaveLength(3);
    const all = run(['refs', '某市政发〔2023〕7号', '--internal']).stdout.trimEnd().split('\n');
    expect(all[2]).toMatch(/^\s+internal 第1条\s+L\d+$/);
  });
  it('--cited-by lists the citing documents with their sentences', () => {
    const r = JSON.parse(run(['refs', '某市政发〔2023〕7号', '--cited-by', '--json']).stdout);
    expect(r.citedBy.map((c: { docNumber: string; by: string }) => [c.docNumber, c.by])).toEqual([
      ['某市审管发〔2023〕12号', 'issued-text'], ['某市审管发〔2023〕12号', 'number'], ['某市审管发〔2023〕12号', 'issued-text'],
    ]);
    expect(r.citedBy[2].sentence).toBe('一、各单位要按照《某市企业投资项目承诺制办法》第二条做好备案。');
  });
  it('--graph exports JSON and Graphviz DOT', () => {
    const g = JSON.parse(run(['refs', '--graph']).stdout);
    expect(g.edges.filter((e: { by: string | null }) => e.by).length).toBe(1); // dept → city (deduplicated)
    expect(g.nodes.find((n: { id: string }) => n.id === 'ext:国发〔2022〕22号')).toMatchObject({ indexed: false });
    const dot = run(['refs', '--graph', '--graph-format', 'dot']).stdout;
    expect(dot.startsWith('digraph gongbao_citations {')).toBe(true);
    expect(dot).toContain('->');
    expect(toDot(citationGraph(readMeta(dir)!.docs))).toBe(dot);
  });
});

describe('search cites:', () => {
  it('finds every document citing a number, in any bracket form', () => {
    const hits = (q: string) => JSON.parse(run(['search', q, '--json']).stdout).hits.map((h: { docNumber: string }) => h.docNumber);
    expect(hits('cites:国发[2022]22号')).toEqual(['某市审管发〔2023〕12号']);
    expect(hits('cites:某市政发〔2023〕7号')).toEqual(['某市审管发〔2023〕12号']);
    expect(hits('cites:《某市企业投资项目承诺制办法》')).toEqual(['某市审管发〔2023〕12号']);
  });
  it('a hit shows the sentence that cites, in the part of the document that holds it', () => {
    const hit = (q: string) => JSON.parse(run(['search', q, '--json']).stdout).hits[0] as { article: string; snippet: string };
    // DEPT: the notice's opening sentence cites the city notice by title and number; item 一、 cites the 办法 again
    const byNumber = hit('cites:某市政发〔2023〕7号');
    expect(byNumber.article).toBe('正文');
    // (as the source prints it: full-width brackets stay)
    expect(byNumber.snippet).toContain('根据《某市人民政府关于印发某市企业投资项目承诺制办法的通知》（某市政发[2023] 7号）');
    const other = hit('cites:国发〔2022〕22号');
    expect(other.snippet).toContain('《国务院关于某事的通知》（国发〔2022〕22号）');
  });
});

describe('fixtures', () => {
  it('003: the 办法 cited with a superseded department number stays unresolved (not linked to the new text of the same title)', async () => {
    const d = join(base, 'fx');
    await runIndex([fixture('003')], { dir: d });
    const r = JSON.parse(spawnSync(process.execPath, [BIN, 'refs', '晋市政办〔2021〕46号', '--json', '--index', d], { encoding: 'utf8' }).stdout);
    const old = r.citations.find((c: { docNumber: string | null }) => c.docNumber === '晋市审管发〔2020〕19号');
    expect(old).toMatchObject({ kind: 'document', title: '晋城市企业投资项目政府统一服务实施办法（试行）', resolved: null });
    expect(old.sentence).toContain('同时作废');
    // the 3 fixtures hold no citation between two of their documents (checked by reading: every cited number is outside them)
    const all = join(base, 'fx3');
    await runIndex([fixture('000'), fixture('002'), fixture('003')], { dir: all });
    expect(citationGraph(readMeta(all)!.docs).edges.filter((e) => e.by)).toEqual([]);
  });
  it('000: the economic census notice cites the State Council, province and city notices by number', () => {
    const file = readFileSync(fixture('000'), 'utf8');
    expect(file).toContain('（国发〔2022〕22号）');
    const res = spawnSync(process.execPath, [BIN, 'parse', fixture('000'), '--json'], { encoding: 'utf8' });
    const doc = JSON.parse(res.stdout).issues[0].documents[0];
    expect(doc.citations.filter((c: { kind: string }) => c.kind === 'document').map((c: { docNumber: string }) => c.docNumber)).toEqual(['国发〔2022〕22号', '晋政发〔2023〕3号', '晋市政发〔2023〕9号']);
  });
});
