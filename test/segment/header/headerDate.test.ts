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
  ])('%s', (text, want) => expect(parseHeaderDate(text)).toEqual(want));
  it.each([
    ['a sentence with a date', '2024年3月5日，某某省人民政府召开常务会议。'],
    ['a date and words that are no organ', '2024年3月5日 发布'],
    ['no date', '某某省人民政府'],
  ])('must not fire: %s', (_, text) => expect(parseHeaderDate(text)).toBeNull());
});
