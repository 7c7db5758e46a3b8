import { describe, expect, it } from 'vitest';
import { distinctBigrams, titleSimilarity } from '../../src/text/similarity.js';

describe('distinctBigrams', () => {
  it.each([
    ['', []],
    ['办', []],
    ['办法', ['办法']],
    ['人民人民', ['人民', '民人']],
    ['某市办法', ['某市', '市办', '办法']],
  ])('%s', (key, want) => expect(distinctBigrams(key)).toEqual(want));
});

describe('titleSimilarity', () => {
  it.each([
    // a title named inside another (《某某区〈某某条例〉实施办法》) is the same name as the one printed with 《》
    ['某某区〈某某工作条例〉实施办法', '某某区《某某工作条例》实施办法', 1],
    ['《某市某事办法》', '某市某事办法', 1],
  ])('%s ~ %s → %d', (a, b, want) => expect(titleSimilarity(a, b)).toBe(want));
  it('must not make different names alike', () => {
    expect(titleSimilarity('某某区〈某某工作条例〉实施办法', '某某区某某管理规定')).toBeLessThan(0.5);
  });
});
