import { describe, expect, it } from 'vitest';
import { distinctBigrams } from '../../src/text/similarity.js';

describe('distinctBigrams', () => {
  it.each([
    ['', []],
    ['办', []],
    ['办法', ['办法']],
    ['人民人民', ['人民', '民人']],
    ['某市办法', ['某市', '市办', '办法']],
  ])('%s', (key, want) => expect(distinctBigrams(key)).toEqual(want));
});
