import { describe, expect, it } from 'vitest';
import { withoutDatabaseLabel } from '../../../src/segment/page/databaseLabel.js';
import { parseGazette } from '../../../src/parse.js';

describe('withoutDatabaseLabel', () => {
  it.each([
    ['【题注】 (2001年4月29日某市人民代表大会通过)', '(2001年4月29日某市人民代表大会通过)'],
    ['【章名】 第一章 总则', '第一章 总则'],
    ['【法规全文】', ''],
  ])('%s → %s', (text, want) => expect(withoutDatabaseLabel(text)).toBe(want));
  it.each([
    ['第一条 为了规范某事，制定本条例。'],
    ['【字体：大 中 小】'], // a page's button, not a field label
    ['本条例所称【题注】是指……'], // a label inside the text
  ])('must not fire: %s', (text) => expect(withoutDatabaseLabel(text)).toBeNull());
});

describe('a statute copied with a law database\'s field labels', () => {
  it('has its 题注 date and its chapter', () => {
    const text = ['某市制定地方性法规条例', '某某自治区某市人大常委会', '某市制定地方性法规条例', '颁布日期:2001-6-3', '实施日期:2001-8-1', '颁布单位:某市人民代表大会常务委员会', '【题注】 (2001年4月29日某市第十一届人民代表大会第四次会议通过 2001年6月3日某某自治区第九届人民代表大会常务委员会第二十三次会议批准)', '【章名】 第一章 总则', '第一条 为了规范立法活动，制定本条例。', '第二条 本条例适用于本市。'].join('\n');
    const [d, ...rest] = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(rest).toEqual([]);
    expect([d.title, d.signDate, d.body.filter((n) => n.type === 'chapter').map((n) => n.label)]).toEqual(['某市制定地方性法规条例', '2001-04-29', ['第一章']]);
  });
});
