import { describe, expect, it } from 'vitest';
import { findDocumentStarts } from '../../src/segment/documentStarts.js';
import { mergeRepeatedHeaders } from '../../src/segment/repeatedHeader.js';
import { linesOf } from '../helpers/lines.js';

function merged(text: string): { first: number; title: string; number: string | null; noteAt: number | undefined }[] {
  const lines = linesOf(text);
  return mergeRepeatedHeaders(lines, findDocumentStarts(lines, 0, lines.length)).map((s) => ({ first: s.first, title: s.title.title, number: s.number?.normalized ?? null, noteAt: s.noteAt }));
}

describe('mergeRepeatedHeaders', () => {
  it('a title + 题注, then the same title printed with its 版头 and 发文字号, is one document', () => {
    const text = ['最高人民法院关于审理某类案件若干问题的规定', '2021年12月27日 最高人民法院审判委员会第1858次会议通过', '2022年5月1日 施行',
      '最高人民法院', '关于审理某类案件若干问题的规定', '法释〔2022〕13号', '第一条 为了……'].join('\n\n');
    expect(merged(text)).toEqual([{ first: 0, title: '最高人民法院关于审理某类案件若干问题的规定', number: '法释〔2022〕13号', noteAt: 1 }]);
  });
  it('two documents of the same title with a body between them stay two', () => {
    const text = ['某市物业管理条例', '（2010年1月1日某市人大常委会通过）', '第一条 为了规范物业管理，制定本条例。',
      '某市物业管理条例', '（2020年1月1日某市人大常委会修订通过）', '第一条 为了规范物业管理活动，制定本条例。'].join('\n\n');
    expect(merged(text).map((s) => s.first)).toEqual([0, 3]);
  });
  it('different titles are not merged', () => {
    const text = ['某市物业管理条例', '（2010年1月1日某市人大常委会通过）', '某市养犬管理条例', '（2011年1月1日某市人大常委会通过）', '第一条 为了……'].join('\n\n');
    expect(merged(text).map((s) => s.title)).toEqual(['某市物业管理条例', '某市养犬管理条例']);
  });
});
