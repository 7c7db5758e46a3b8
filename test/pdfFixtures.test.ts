/**
 * PDFs typeset from real texts (fixtures/pdf, made by fixtures/pdf/make.mjs): three saved pages' documents, read
 * against the hand-checked readings of those pages (fixtures/expected/html), and two statutes, read against the law
 * corpus's gold (fixtures/expected/pdf) and against the same statute's markdown, article by article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseBytes, type BytesOutcome } from '../src/parseBytes.js';
import { parseGazette } from '../src/parse.js';
import { computeCoverage } from '../src/output/coverage.js';
import { countNodes } from '../src/output/counts.js';
import type { Document, Node } from '../src/types.js';
import { fieldAccuracy, norm, type Gold } from './helpers/goldScore.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(`${ROOT}/schema/parse-result.schema.json`, 'utf8')));
const read = (name: string): Promise<BytesOutcome> => parseBytes(`fixtures/pdf/${name}.pdf`, readFileSync(join(FIXTURES, 'pdf', `${name}.pdf`)));
const docsOf = (o: BytesOutcome): Document[] => o.result.issues.flatMap((i) => i.documents);

// what page furniture looks like inside a document: a page number `— 3 —`, the running header
const FURNITURE = /—\s*\d+\s*—|公报\s*2023年第5期/;
// a heading drawn twice for bold and read twice: 第三十条第三十条, 一、一、
const DOUBLED = /(第[一二三四五六七八九十百]+条)\1|([一二三四五六七八九十]+、)\2/;

function expectCleanParse(o: BytesOutcome): void {
  expect(o.result.source.format).toBe('pdf');
  expect(validate(o.result), JSON.stringify(validate.errors)).toBe(true);
  expect(computeCoverage(o.result, o.accountable).unaccounted).toEqual([]);
  for (const d of docsOf(o)) {
    const text = JSON.stringify([d.title, d.body, d.issuedTexts, d.attachments]);
    expect(text).not.toMatch(FURNITURE);
    expect(text).not.toMatch(DOUBLED);
  }
}

describe.each(['cqjjxxw_yujingxinguifan_2025_13_notice_joint5', 'ndrc_fagaibantigai_2026_275_reply_joint', 'nea_sdb_lujianneng_2024_35_notice_joint3'])('%s.pdf (typeset from the saved page)', (name) => {
  let o: BytesOutcome;
  beforeAll(async () => {
    o = await read(name);
  });
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'html', `${name}.json`), 'utf8')) as Gold;

  it('gives the document of the page, every field as its reading has it', () => {
    const r = fieldAccuracy(gold, docsOf(o));
    expect(r.f1).toBe(1);
    expect(r.accuracy, r.misses.join('\n')).toBe(1);
  });
  it('holds no page number or doubled glyph, accounts for every printed line, and fits the schema', () => expectCleanParse(o));
  it('drops each page number as page furniture', () => {
    const pages = o.result.source.pageStarts!.length;
    expect(o.result.dropped.filter((d) => d.reason === 'page-number').map((d) => d.text)).toEqual(Array.from({ length: pages }, (_, i) => `— ${i + 1} —`));
  });
});

/** Articles as `label text`, spaces aside: what the markdown and the PDF must agree on. */
function articles(d: Document): string[] {
  const out: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type === 'article') out.push(norm(`${n.label ?? ''}${n.text ?? ''}${n.children.map((c) => c.text ?? '').join('')}`)!);
      walk(n.children);
    }
  };
  walk(d.body);
  return out;
}

describe.each([
  ['law001-one-column', 'law001.md'],
  ['law004-two-columns', 'law004.md'],
])('%s.pdf (a statute of the law corpus)', (name, md) => {
  let o: BytesOutcome;
  beforeAll(async () => {
    o = await read(name);
  });
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'pdf', `${name}.json`), 'utf8')) as { title: string; chapters: number; articles: number; signDate: string };

  it('is one document with the title, date, chapters and articles of the gold', () => {
    const docs = docsOf(o);
    expect(docs.map((d) => [d.title, d.signDate, countNodes(d).chapters, countNodes(d).articles])).toEqual([[gold.title, gold.signDate, gold.chapters, gold.articles]]);
  });
  it('holds no page furniture or doubled glyph, accounts for every printed line, and fits the schema', () => expectCleanParse(o));
  it.runIf(existsSync(join(ROOT, '..', 'shared', 'corpus', 'laws', md)))('reads every article as the markdown of the same statute has it', () => {
    const fromMarkdown = docsOf({ result: parseGazette({ text: readFileSync(join(ROOT, '..', 'shared', 'corpus', 'laws', md), 'utf8'), path: md }) } as BytesOutcome);
    expect(articles(docsOf(o)[0])).toEqual(articles(fromMarkdown[0]));
  });
});

describe('law004-two-columns.pdf: two columns in reading order', () => {
  it('reads the articles in their order (left column before right, page after page)', async () => {
    const o = await read('law004-two-columns');
    const numbers = articles(docsOf(o)[0]).map((a) => /^第([一二三四五六七八九十]+)条/.exec(a)?.[1]);
    expect(numbers.length).toBe(32);
    expect(numbers.slice(0, 3)).toEqual(['一', '二', '三']);
    expect(numbers.slice(-2)).toEqual(['三十一', '三十二']);
  });
  it('fills the issue from the running header it drops', async () => {
    const o = await read('law004-two-columns');
    expect([o.result.issues[0].title, o.result.issues[0].year, o.result.issues[0].number]).toEqual(['某某省人民政府公报', 2023, 5]);
    expect(o.result.dropped.filter((d) => d.reason === 'running-header').length).toBe(o.result.source.pageStarts!.length);
  });
});

describe('shape-notice.pdf: a 公文 as office suites export it (a 某市 text written for the test)', () => {
  let o: BytesOutcome;
  beforeAll(async () => {
    o = await read('shape-notice');
  });
  const want = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'pdf', 'shape-notice.json'), 'utf8'));

  it('reads the 版头, number, title, 主送, signature, publicity and 附件 note', () => {
    const [d] = docsOf(o);
    expect(docsOf(o)).toHaveLength(1);
    expect([d.title, d.docNumber, d.issuer, d.recipients, d.signDate, d.publicity]).toEqual([want.title, want.docNumber, want.issuer, want.recipients, want.signDate, want.publicity]);
    expect(d.attachments.map((a) => a.title)).toEqual(want.attachments);
  });
  it('reads 一、 and （一） headings set in other fonts, digits in a Latin font inside CJK lines', () => {
    const [d] = docsOf(o);
    const items = d.body.filter((n) => n.type === 'item');
    expect(items.map((n) => n.label)).toEqual(want.level1);
    expect(items[0].children.map((n) => n.label)).toEqual(want.level2);
    expect(JSON.stringify(d.body)).toContain('到2025年底');
  });
  it('reads the 版记 at the foot of the last page', () => expect(docsOf(o)[0].imprint).toEqual(want.imprint));
  it('holds no page number, accounts for every printed line, and fits the schema', () => expectCleanParse(o));
});
