import { describe, expect, it } from 'vitest';
import { sentenceAt, MAX_SENTENCE, SENTENCE_REACH } from '../../src/cite/sentenceAt.js';

const at = (text: string, marker: string) => sentenceAt(text, text.indexOf(marker));

describe('sentenceAt', () => {
  it.each([
    ['the sentence between two full stops', '前文。按照《某市办法》执行。后文。', '《某市办法》', '按照《某市办法》执行。'],
    ['a semicolon ends a clause', '一是加强领导；二是按照《某市办法》落实；三是督查。', '《某市办法》', '二是按照《某市办法》落实；'],
    ['from the paragraph start', '根据《某某省条例》，制定本办法。其他。', '《某某省条例》', '根据《某某省条例》，制定本办法。'],
    ['to the paragraph end without a stop', '其他。依照《某市规定》执行', '《某市规定》', '依照《某市规定》执行'],
  ])('%s', (_name, text, marker, expected) => expect(at(text, marker)).toBe(expected));

  it('a paragraph without sentence ends is looked at only within the reach, and the cut is marked', () => {
    const filler = '某'.repeat(SENTENCE_REACH * 3);
    const s = at(`${filler}按照《某市办法》执行${filler}`, '《某市办法》');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('《某市办法》');
    expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE + 2);
  });

  it('a long sentence is cut around the citation, not at its start', () => {
    const text = `${'某'.repeat(250)}按照《某市办法》执行。`;
    const s = at(text, '《某市办法》');
    expect(s).toContain('《某市办法》执行。');
    expect(s.startsWith('…')).toBe(true);
  });
});
