/**
 * Saved government pages (fixtures/html, copied from ../shared/corpus/html) against hand-checked readings of each
 * page (fixtures/expected/html): the document and its fields, no page chrome in its text, every visible line
 * accounted for, and the JSON Schema.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseSource } from '../src/parse.js';
import { computeCoverage } from '../src/output/coverage.js';
import type { Node } from '../src/types.js';
import { fieldAccuracy, norm, type Gold } from './helpers/goldScore.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';

const schema = JSON.parse(readFileSync(`${ROOT}/schema/parse-result.schema.json`, 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const pages = readdirSync(join(FIXTURES, 'html')).filter((f) => f.endsWith('.html'));

// top-level 一、 items, as the gold counts them
const LEVEL1 = /^[一二三四五六七八九十百]+、/;
function level1(nodes: Node[], inside = false): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'item' && !inside && LEVEL1.test(node.label ?? '')) n++;
    n += level1(node.children, inside || node.type === 'item' || node.type === 'article');
  }
  return n;
}

// what page chrome looks like when it leaks into a document: script, markup, the site's footer and buttons
const CHROME = /function\s*\(|\$\(|document\.|var |<\/?[a-z]+[ >]|ICP备|版权所有|扫一扫|网站标识码|字体[:：]/;

describe.each(pages)('%s', (page) => {
  const path = join(FIXTURES, 'html', page);
  const { result, accountable } = parseSource({ text: readFileSync(path, 'utf8'), path });
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'expected', 'html', page.replace(/\.html$/, '.json')), 'utf8')) as Gold & { documents: { counts: { level1: number }; attachments?: { title: string; href?: string }[] }[] };
  const docs = result.issues.flatMap((i) => i.documents);

  it('is read as a web page', () => expect(result.source.format).toBe('html'));

  it('finds its document with every field right', () => {
    const r = fieldAccuracy(gold, docs);
    expect(r.f1).toBe(1);
    expect(r.accuracy, r.misses.join('\n')).toBe(1);
    expect(docs.map((d) => level1([...d.body, ...d.issuedTexts.flatMap((t) => t.body)]))).toEqual(gold.documents.map((d) => d.counts.level1));
  });

  it('lists each attachment the page links with its link', () => {
    const goldAttachments = gold.documents.map((d) => (d.attachments ?? []).map((a) => [a.title, a.href ?? null]));
    expect(docs.map((d) => d.attachments.map((a) => [a.title, a.href ?? null]))).toEqual(goldAttachments);
  });

  it('keeps page chrome out of the document', () => {
    for (const d of docs) {
      const text = JSON.stringify([d.title, d.body, d.issuedTexts, d.attachments]);
      expect(text).not.toMatch(CHROME);
      expect(norm(d.title)).toBe(norm(gold.documents[0].title));
    }
  });

  it('accounts for every line of visible text', () => {
    const cov = computeCoverage(result, accountable);
    expect(cov.unaccounted).toEqual([]);
    expect(cov.documents).toBeGreaterThan(0);
  });

  it('validates against the JSON Schema', () => {
    validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? []).toEqual([]);
  });
});
