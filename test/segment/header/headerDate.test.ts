import { describe, expect, it } from 'vitest';
import { parseHeaderDate } from '../../../src/segment/header/headerDate.js';

describe('parseHeaderDate', () => {
  it.each([
    ['2024年3月5日', { iso: '2024-03-05', organs: [] }],
    ['2024年3月5日 某某省人民政府', { iso: '2024-03-05', organs: ['某某省人民政府'] }],
    ['某某省人民政府　2024年3月5日', { iso: '2024-03-05', organs: ['某某省人民政府'] }],
    ['（2024年3月5日）', { iso: '2024-03-05', organs: [] }],
    ['2024年3月5日 某某省发展和改革委员会 某某省能源局', { iso: '2024-03-05', organs: ['某某省发展和改革委员会', '某某省能源局'] }],
    ['1990年3月10日,某某部', { iso: '1990-03-10', organs: ['某某部'] }], // a law database's date and maker
    ['(1985年5月4日某政〔1985〕38号)', { iso: '1985-05-04', organs: [] }], // a compilation's note of date and number
  ])('%s', (text, want) => expect(parseHeaderDate(text)).toEqual(want));
  it.each([
    ['a sentence with a date', '2024年3月5日，某某省人民政府召开常务会议。'],
    ['a date and words that are no organ', '2024年3月5日 发布'],
    ['no date', '某某省人民政府'],
    ['a date and a cited number in a sentence', '2024年3月5日印发的某政发〔2024〕5号文件继续有效'],
  ])('must not fire: %s', (_, text) => expect(parseHeaderDate(text)).toBeNull());
});
