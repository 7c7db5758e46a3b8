import { describe, expect, it } from 'vitest';
import { splitDatedNumberNotes } from '../../src/blocks/datedNoteBreak.js';
import { linesOf } from '../helpers/lines.js';

describe('splitDatedNumberNotes', () => {
  it('cuts the body run on after a dated number note', () => {
    expect(splitDatedNumberNotes(linesOf('(1985年5月4日某政〔1985〕38号)  根据某某规定,现将有关问题通知如下:')).map((l) => l.text)).toEqual(['(1985年5月4日某政〔1985〕38号)', '根据某某规定,现将有关问题通知如下:']);
  });
  it.each([['(1985年5月4日某政〔1985〕38号)'], ['(2019年3月6日某某会议通过)第一章 总则'], ['根据(2019年3月6日某政发〔2019〕5号)的规定执行。']])('must not cut %s', (text) => {
    const lines = linesOf(text);
    expect(splitDatedNumberNotes(lines)).toBe(lines);
  });
});
