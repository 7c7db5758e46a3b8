import { describe, expect, it } from 'vitest';
import { withoutInvisible } from '../../src/blocks/withoutInvisible.js';
import { plainLines } from '../../src/blocks/plainLines.js';

describe('withoutInvisible', () => {
  it('takes invisible characters out of the text and keeps the raw line', () => {
    const [l] = withoutInvisible(plainLines(['某政发〔2023〕\u200b9号']));
    expect([l.text, l.raw]).toEqual(['某政发〔2023〕9号', '某政发〔2023〕\u200b9号']);
  });
  it('a line of invisible characters only is a blank line before the next', () => {
    const out = withoutInvisible(plainLines(['第一段', '\u200b\u2060', '第二段']));
    expect(out.map((l) => [l.text, l.line, l.blankBefore])).toEqual([['第一段', 1, true], ['第二段', 3, true]]);
  });
  it('cells of a table row too', () => {
    const [l] = withoutInvisible(plainLines(['1\t某\u200d市\t2023年']));
    expect(l.text).toBe('1\t某市\t2023年');
  });
  it('must not fire: lines without them are the same objects', () => {
    const lines = plainLines(['某市人民政府', '2023年1月5日']);
    withoutInvisible(lines).forEach((l, i) => expect(l).toBe(lines[i]));
  });
});
