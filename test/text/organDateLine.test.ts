import { describe, expect, it } from 'vitest';
import { parseOrganDateLine } from '../../src/text/organDateLine.js';

describe('parseOrganDateLine', () => {
  it.each([
    ['某市人民政府办公室 2023年7月12日', { organ: '某市人民政府办公室', date: '2023-07-12' }],
    ['某某省人民政府办公厅\u30002014年5月11日', { organ: '某某省人民政府办公厅', date: '2014-05-11' }],
    [' 某县教育局 二〇二三年七月十二日 ', { organ: '某县教育局', date: '2023-07-12' }],
  ])('%s', (text, want) => expect(parseOrganDateLine(text)).toEqual(want));
  it.each([
    ['no space between them', '某市人民政府办公室2023年7月12日'],
    ['a sentence, not an organ', '会议于 2023年7月12日'],
    ['a date that is none', '某市人民政府 2023年13月12日'],
    ['the date alone', '2023年7月12日'],
  ])('must not read %s', (_name, text) => expect(parseOrganDateLine(text)).toBeNull());
});
