import { describe, expect, it } from 'vitest';
import { flattenedBreaks, runOnSignatureBreaks, splitFlattenedLines } from '../../src/blocks/splitFlattenedLines.js';
import { linesOf } from '../helpers/lines.js';

const pieces = (text: string) => splitFlattenedLines(linesOf(text)).map((l) => l.text);

describe('splitFlattenedLines', () => {
  it.each([
    [
      'a statute joined with spaces: chapter, articles in sequence, paragraphs after a full stop',
      '(1986年7月12日某某省人民代表大会常务委员会批准) 第一章 总则 第一条根据宪法，制定本条例。 第二条自治州是实行区域自治的地方。 自治州的首府设在某某县。 第三条自治州的自治机关是国家的一级地方政权机关。',
      ['(1986年7月12日某某省人民代表大会常务委员会批准)', '第一章 总则', '第一条根据宪法，制定本条例。', '第二条自治州是实行区域自治的地方。', '自治州的首府设在某某县。', '第三条自治州的自治机关是国家的一级地方政权机关。'],
    ],
    [
      'a line that starts with its first article',
      '第一条 为了加强管理，制定本办法。 第二条 本办法适用于本市。',
      ['第一条 为了加强管理，制定本办法。', '第二条 本办法适用于本市。'],
    ],
    [
      'a new chapter between articles',
      '第五条 某某。 第二章 管理 第六条 某某。',
      ['第五条 某某。', '第二章 管理', '第六条 某某。'],
    ],
  ])('%s', (_name, text, expected) => expect(pieces(text)).toEqual(expected));

  it.each([
    ['one article after a space: a paragraph, not a flattened text', '本办法自公布之日起施行。 第一条 的规定同时废止。'],
    ['a cited article out of sequence', '第三条 依照本条例 第十条 规定处理。 其他事项另行规定。'],
    ['a space after a full stop without articles', '现将有关事项通知如下。 请认真贯彻执行。'],
    ['references joined by 、 and 和 are no headings', '依照 第五条、 第六条和 第七条的规定执行。'],
  ])('must not cut: %s', (_name, text) => expect(pieces(text)).toEqual([text]));

  it('the pieces keep the line number and point to where they start', () => {
    const text = '第一条 甲。 第二条 乙。';
    const [a, b] = splitFlattenedLines(linesOf(text));
    expect([a.line, b.line]).toEqual([1, 1]);
    expect(text.slice((b.column ?? 1) - 1)).toBe('第二条 乙。');
  });
  it('nothing is lost: the pieces are the line without the spaces between them', () => {
    const text = '第一条 甲。 第二条 乙。 丙。 第三条 丁。';
    expect(flattenedBreaks(text).length).toBe(3);
    expect(pieces(text).join(' ')).toBe(text);
  });
});

describe('a body line that ran on into its attachment note, signature and date', () => {
  it.each([
    ['the note, the organ, the date', '现将《某某要点》印发给你们，请认真抓好贯彻落实。 附件:某某要点 某某省教育厅 2015年3月10日', ['现将《某某要点》印发给你们，请认真抓好贯彻落实。', '附件:某某要点', '某某省教育厅', '2015年3月10日']],
    ['the organ and the date', '特此通知。 某市人民政府办公室 2023年1月5日', ['特此通知。', '某市人民政府办公室', '2023年1月5日']],
  ])('%s', (_name, text, want) => expect(pieces(text)).toEqual(want));
  it.each([
    ['no sentence end before the organ', '会议由 某市人民政府 2023年1月5日'],
    ['a date in a clause, not a signature', '本办法自发布之日起施行。 有效期至 2025年12月31日'],
    ['a signature on its own line', '某市人民政府 2023年1月5日'],
  ])('must not cut: %s', (_name, text) => expect(runOnSignatureBreaks(text)).toEqual([]));
});
