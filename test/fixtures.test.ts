/**
 * Fixture tests: the parse of each sample gazette against its hand-checked annotation (fixtures/expected,
 * made by reading the gazettes), JSON Schema validation, and line coverage.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parseGazette } from '../src/parse.js';
import { computeCoverage } from '../src/output/coverage.js';
import { splitLines } from '../src/blocks/splitLines.js';
import type { Document, Node } from '../src/types.js';
import { fieldAccuracy, norm, type Gold } from './helpers/goldScore.js';
import { expectedFor, fixture, ROOT } from './helpers/fixtures.js';

const schema = JSON.parse(readFileSync(`${ROOT}/schema/parse-result.schema.json`, 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function parseFixture(prefix: string) {
  const path = fixture(prefix);
  const text = readFileSync(path, 'utf8');
  return { result: parseGazette({ text, path }), raw: splitLines(text) };
}

describe.each([
  ['000', 1.0],
  ['002', 0.95],
  ['003', 0.95],
])('fixture %s', (prefix, minAccuracy) => {
  const { result, raw } = parseFixture(prefix);
  const gold = JSON.parse(readFileSync(expectedFor(prefix), 'utf8')) as Gold;
  const docs = result.issues.flatMap((i) => i.documents);

  it('finds every document, no more, no fewer', () => {
    expect(docs.map((d) => norm(d.docNumber))).toEqual(gold.documents.map((d) => norm(d.docNumber)));
    expect(fieldAccuracy(gold, docs).f1).toBe(1);
  });

  it(`reaches field accuracy ≥ ${minAccuracy}`, () => {
    const r = fieldAccuracy(gold, docs);
    expect(r.accuracy, r.misses.join('\n')).toBeGreaterThanOrEqual(minAccuracy);
  });

  it('validates against the JSON Schema', () => {
    const ok = validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accounts for every non-blank line exactly once', () => {
    const cov = computeCoverage(result, raw.flatMap((r, i) => (r.trim() === "" ? [] : [i + 1])));
    expect(cov.unaccounted).toEqual([]);
    expect(cov.overlapping).toEqual([]);
    expect(cov.documents).toBeGreaterThan(cov.nonBlank * 0.8);
  });

  it('reads the issue masthead and the TOC as annotated', () => {
    expect(result.issues).toHaveLength(Math.max(1, gold.issues.length));
    for (const [k, gi] of gold.issues.entries()) {
      const pi = result.issues[k];
      expect({ title: pi.title, year: pi.year, number: pi.number, totalNumber: pi.totalNumber }).toEqual({ title: gi.title, year: gi.year, number: gi.number, totalNumber: gi.totalNumber });
    }
    const toc = result.issues.flatMap((i) => i.toc);
    expect(toc.map((e) => [norm(e.title), norm(e.docNumber), e.section])).toEqual(gold.toc.map((e) => [norm(e.title), norm(e.docNumber), e.section]));
    // every entry is linked to the document with the same number
    for (const e of toc) expect(docs.find((d) => d.id === e.documentId)?.docNumber).toBe(e.docNumber);
  });
});

describe('fixture 003 (two-column extraction, repaired)', () => {
  const { result, raw } = parseFixture('003');
  const gold = JSON.parse(readFileSync(expectedFor('003'), 'utf8')) as Gold & { documents: { docNumber: string; bodyLineRanges: [number, number][] }[] };
  const docs = result.issues.flatMap((i) => i.documents);

  it('takes year and issue number from the running header', () => {
    expect(result.issues[0]).toMatchObject({ title: gold.issues[0].title, year: gold.issues[0].year, number: gold.issues[0].number });
  });

  it('no text of one document ends up in another (annotated line ranges)', () => {
    const owned = (d: Document) => {
      const set = new Set<number>();
      for (const r of d.ranges ?? [d.lines]) for (let n = r.start; n <= r.end; n++) set.add(n);
      return set;
    };
    for (const g of gold.documents) {
      const mine = docs.find((d) => d.docNumber === g.docNumber)!;
      const others = docs.filter((d) => d !== mine).map(owned);
      const set = owned(mine);
      for (const [a, b] of g.bodyLineRanges) {
        for (let n = a; n <= b; n++) {
          if (raw[n - 1].trim() === '' || result.dropped.some((x) => x.lines.start === n)) continue;
          expect(set.has(n), `${g.docNumber} line ${n}`).toBe(true);
          expect(others.some((o) => o.has(n)), `${g.docNumber} line ${n} claimed by another document`).toBe(false);
        }
      }
    }
  });

  it('no doubled heading survives', () => {
    const texts: string[] = [];
    const walk = (nodes: Node[]) => nodes.forEach((n) => { texts.push(n.text ?? '', n.title ?? ''); walk(n.children); });
    for (const d of docs) { walk(d.body); d.issuedTexts.forEach((t) => walk(t.body)); }
    const doubled = texts.filter((t) => /（（[一二三四五六七八九十]+）|““|””|。。/.test(t));
    expect(doubled).toEqual([]);
    expect(result.warnings.filter((w) => w.code === 'doubled-glyphs')).toHaveLength(121); // the annotation counts 121 affected lines
  });

  it('records every moved block as a reading-order warning', () => {
    const moved = result.warnings.filter((w) => w.code === 'reading-order').map((w) => w.line);
    expect(moved).toEqual([65, 521, 878, 1299, 2611, 2936, 3362, 3699, 4315, 4388]);
  });

  it('a citation split across lines stays a citation', () => {
    expect(docs.map((d) => d.docNumber)).not.toContain('晋政办发〔2021〕80号');
    const d45 = docs.find((d) => d.docNumber === '晋市政办〔2021〕45号')!;
    expect(JSON.stringify(d45.issuedTexts[1].body)).toContain('（晋政办发〔2021〕80号）');
  });

  it('the running header gives the section of the document it stands in, and of the same series', () => {
    expect(docs.map((d) => [d.docNumber, d.section])).toEqual(gold.documents.map((g) => [g.docNumber, g.section]));
  });
});

describe('specific readings of the clean fixtures', () => {
  it('000: back cover is back matter, not part of the last document', () => {
    const { result } = parseFixture('000');
    const issue = result.issues[0];
    const last = issue.documents[issue.documents.length - 1];
    expect(last.lines.end).toBe(1831); // 本方案自2023年9月8日起施行,有效期五年。
    expect(issue.backMatter.map((b) => b.lines)).toEqual([{ start: 1833, end: 1857 }]);
    expect(result.dropped.filter((d) => d.reason === 'repeated-masthead').map((d) => d.lines.start)).toEqual([15, 17, 19, 21, 23]);
  });
  it('000: a 专栏 table inserted mid-sentence does not cut the paragraph', () => {
    const { result } = parseFixture('000');
    const doc = result.issues[0].documents.find((d) => d.docNumber === '城政发〔2023〕6号')!;
    const text = JSON.stringify(doc.issuedTexts[0].body);
    expect(text).toContain('残疾人充分享有平等参与、融合发展的权利');
  });
  it('002: the 大事记 chronicle is back matter; duplicate line 283 and repeated table headers are dropped', () => {
    const { result } = parseFixture('002');
    expect(result.issues[0].backMatter.map((b) => [b.kind, b.lines.start])).toEqual([['chronicle', 1928]]);
    expect(result.dropped.map((d) => [d.lines.start, d.reason])).toEqual([
      [283, 'duplicate-line'], [445, 'repeated-table-header'], [455, 'repeated-table-header'], [466, 'repeated-table-header'],
      [1794, 'repeated-table-header'], [1858, 'repeated-table-header'], [1895, 'repeated-table-header'],
    ]);
  });
});
