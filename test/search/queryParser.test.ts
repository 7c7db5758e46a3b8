import { describe, expect, it } from 'vitest';
import { dateBound, MAX_QUERY_WORDS, parseQuery, QueryError, yearValue } from '../../src/search/queryParser.js';

describe('one validator for --year and year:', () => {
  it.each([['2022', 2022], ['２０２２', 2022]])('%s', (v, y) => {
    expect(yearValue(v)).toBe(y);
    expect(parseQuery(`year:${v}`).filters.year).toBe(y);
  });
  it.each([['abc'], ['22'], ['20221'], ['1800'], ['']])('%s is refused', (v) => {
    expect(() => yearValue(v)).toThrow(QueryError);
  });
});

describe('dateBound', () => {
  it.each([
    ['2022', false, '2022-01-01'], ['2022', true, '2022-12-31'], ['2022-02', true, '2022-02-28'], ['2024-02', true, '2024-02-29'],
    ['2022年3月5日', false, '2022-03-05'], ['2022-3', false, '2022-03-01'],
  ])('%s (end %s) → %s', (v, end, iso) => expect(dateBound(v, end)).toBe(iso));
  it.each([['2022-13'], ['2022-02-30'], ['2022-00'], ['22-03-01'], ['三月']])('%s is refused', (v) => expect(() => dateBound(v, false)).toThrow(QueryError));
});

describe('OR', () => {
  it.each([
    ['营商环境 OR 放管服', [], [['营商环境', '放管服']]],
    ['审批 营商环境 OR 放管服 OR "一网通办"', ['审批'], [['营商环境', '放管服', '一网通办']]],
    ['or 是普通的词', ['or', '是普通的词'], []],
  ])('%s', (q, terms, alternatives) => {
    const p = parseQuery(q);
    expect([[...p.terms, ...p.phrases], p.alternatives]).toEqual([terms, alternatives]);
  });
  it.each([['OR 营商环境'], ['营商环境 OR'], ['营商环境 OR OR 放管服']])('%s is a usage error', (q) => expect(() => parseQuery(q)).toThrow(QueryError));
});

describe('a query of hundreds of words', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `词${i}`).join(' ');
  it('is a usage error naming the limit', () => expect(() => parseQuery(words(MAX_QUERY_WORDS + 1))).toThrow(`at most ${MAX_QUERY_WORDS}`));
  it('must not fire at the limit', () => expect(parseQuery(words(MAX_QUERY_WORDS)).terms).toHaveLength(MAX_QUERY_WORDS));
});

describe('words of punctuation only', () => {
  it.each([
    ['。', { terms: [], ignored: ['。'] }],
    ['""', { terms: [], ignored: ['""'] }],
    ['营商 。', { terms: ['营商'], ignored: ['。'] }],
    ['-， 营商', { terms: ['营商'], excludes: [], ignored: ['-，'] }],
    // must not drop: a word with a letter, a digit or a character, a field, OR
    ['A.', { terms: ['A.'], ignored: [] }],
    ['2023', { terms: ['2023'], ignored: [] }],
    ['营商 OR 审批', { alternatives: [['营商', '审批']], ignored: [] }],
    ['year:2023', { ignored: [] }],
  ])('%s', (q, want) => expect(parseQuery(q)).toMatchObject(want));
});
