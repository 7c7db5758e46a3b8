import { describe, expect, it } from 'vitest';
import { withoutNoteMarks } from '../../src/text/noteMark.js';

describe('withoutNoteMarks', () => {
  it.each([
    ['某市人口普查公报[1](第二号)', '某市人口普查公报(第二号)'],
    ['全市总人口［2］为1234人', '全市总人口为1234人'],
  ])('%s → %s', (text, want) => expect(withoutNoteMarks(text)).toBe(want));
  // (a note's own mark opening it, a mark after a space, a number's year in brackets)
  it.each([['[1]本公报数据均为初步汇总数据。'], ['见附表 [1]'], ['某政发[2015]1号']])('must keep: %s', (text) => expect(withoutNoteMarks(text)).toBe(text));
});
