import { describe, expect, it } from 'vitest';
import { parseDatedNumberNote } from '../../src/text/datedNumberNote.js';

describe('parseDatedNumberNote', () => {
  it.each([
    ['(1985年5月4日某政〔1985〕38号)', '1985-05-04', '某政〔1985〕38号'],
    ['（2019年3月6日 某政发〔2019〕5号）', '2019-03-06', '某政发〔2019〕5号'],
    ['（某政发〔2019〕5号，2019年3月6日）', '2019-03-06', '某政发〔2019〕5号'],
    ['(1985年5月4日某政〔1985〕38号)  根据某某规定,现将有关问题通知如下:', '1985-05-04', '某政〔1985〕38号'],
  ])('%s', (text, iso, number) => expect(parseDatedNumberNote(text)).toMatchObject({ iso, number: { normalized: number } }));
  it.each([
    ['(某政发〔2019〕5号)'], // a number alone: parseDocNumber reads it
    ['(2019年3月6日)'], // a date alone
    ['(2019年3月6日某某会议通过)'], // a 题注
    ['根据(2019年3月6日某政发〔2019〕5号)的规定'], // inside a sentence
    ['(2019年3月6日印发的某政发〔2019〕5号文件)'],
  ])('must not read %s', (text) => expect(parseDatedNumberNote(text)).toBeNull());
});
