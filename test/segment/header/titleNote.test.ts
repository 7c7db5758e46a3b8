import { describe, expect, it } from 'vitest';
import { parseTitleNote, titleNoteDate } from '../../../src/segment/header/titleNote.js';
import { linesOf } from '../../helpers/lines.js';

describe('titleNoteDate', () => {
  it.each([
    ['（2011年12月22日某某省第十一届人民代表大会常务委员会第二十七次会议通过）', '2011-12-22'],
    // 通过 wins over promulgation and 施行
    ['2005年1月5日 国务院第76次常务会议通过\n2005年1月10日 国务院令第431号公布\n2005年5月1日 施行', '2005-01-05'],
    // the first adoption, not a later revision that was also 通过
    ['（1990年6月1日某省人大常委会通过 2010年7月30日某省人大常委会修订通过）', '1990-06-01'],
    ['2005年1月6日 某市人大常委会会议通过\n2011年9月22日 某市人大常委会会议修订\n2016年2月23日 某市人大常委会《关于修改…的决定》第一次修正', '2005-01-06'],
    // approval where nothing says 通过
    ['2016年3月31日 某某省人民代表大会常务委员会第二十八次会议批准\n2016年4月10日 某市人民代表大会常务委员会公告公布', '2016-03-31'],
    ['1988年12月1日 国务院令第20号发布', '1988-12-01'],
  ])('%s → %s', (note, iso) => expect(titleNoteDate(note)).toBe(iso));
  it.each([['（自2023年9月8日起施行）'], ['2019年3月1日某市人大常委会第一次修正']])('no document date in %s', (note) => expect(titleNoteDate(note)).toBeNull());
  it('a note that only records (予以备案) dates the document by the record', () => expect(titleNoteDate('（2010年8月28日某某人民代表大会常务委员会第十六次会议予以备案）')).toBe('2010-08-28'));
  it('the record comes after adoption', () => expect(titleNoteDate('（2010年7月1日某某会议通过 2010年8月28日某某常务委员会予以备案）')).toBe('2010-07-01'));
});

describe('parseTitleNote', () => {
  it('several dated lines are one note', () => {
    const lines = linesOf('2005年1月5日 国务院第76次常务会议通过\n\n2005年1月10日 国务院令第431号公布\n\n2005年5月1日 施行\n\n第一章 总则');
    expect(parseTitleNote(lines, 0, lines.length)).toMatchObject({ first: 0, last: 2, signDate: '2005-01-05' });
  });
  it('a bracketed note wrapped over several lines', () => {
    const lines = linesOf('（2019年3月28日某某省第十三届人民代表大会常务委员会\n第十次会议通过 根据2021年5月1日某某省第十三届人民代表大会常务委员会\n第二十次会议修正）\n第一条 为了……');
    expect(parseTitleNote(lines, 0, lines.length)).toMatchObject({ first: 0, last: 2, signDate: '2019-03-28' });
  });
  it.each([
    // an unbracketed note line wrapped before its verb, one event a line
    ['2017年8月22日某某自治州第十二届人民代表大会\n常务委员会第六次主任会议修订\n2023年8月28日某某自治州第十届人民代表大会\n常务委员会第二十次主任会议修订\n第一章 总则', 3, null],
    ['2016年3月15日某市第三届人民代表大会\n第七次会议通过\n第一条 为了……', 1, '2016-03-15'],
    // a page that lost the 年 and 月 of its dates (2017822日): a note all the same, dated by nothing
    ['2017822日某某自治州第十二届人民代表大会\n常务委员会第六次主任会议修订\n第一章', 1, null],
  ])('a wrapped unbracketed note: %j', (text, last, signDate) => {
    const lines = linesOf(text);
    expect(parseTitleNote(lines, 0, lines.length)).toMatchObject({ first: 0, last, signDate });
  });
  it.each([
    // must not: a dated line over a sentence of the body, or over a note of its own
    ['2016年3月15日某市人民政府\n决定对某某事项予以公布。'],
    ['2023年7月12日\n2023年7月13日某某会议通过'],
    ['2017年8月22日,某某会议\n第一条 为了……'],
  ])('no wrapped note: %j', (text) => {
    const lines = linesOf(text);
    expect(parseTitleNote(lines, 0, lines.length)?.first === 0 && parseTitleNote(lines, 0, lines.length)?.last === 1).toBe(false);
  });
  it('an open bracket that never closes is not a note', () => {
    const lines = linesOf('（2019年3月28日某某省人民代表大会常务委员会通过\n第一条 为了……\n第二条 本条例……');
    expect(parseTitleNote(lines, 0, lines.length)).toBeNull();
  });
  it('body text is not a note', () => {
    const lines = linesOf('为了规范工作，2019年3月28日起施行。');
    expect(parseTitleNote(lines, 0, lines.length)).toBeNull();
  });
  it('a joint adoption printed a clause a line: the first meeting\'s line carries no verb, the next one 通过', () => {
    const lines = linesOf('2018年7月30日 某某法院审判委员会第1745次会议\n\n2018年10月19日 某某检察院第十三届检察委员会第七次会议通过\n\n2018年12月1日 施行\n\n根据司法实践情况，现决定作如下修改：');
    expect(parseTitleNote(lines, 0, lines.length)).toMatchObject({ first: 0, last: 2, signDate: '2018-10-19' });
  });
  it.each([
    ['a meeting line with no note below it', '2018年7月30日 某某法院审判委员会第1745次会议\n根据司法实践情况，现决定作如下修改：'],
    ['a sentence that names a meeting', '经2018年7月30日市政府常务会议\n2018年10月19日 某某检察院第十三届检察委员会第七次会议通过'],
  ])('no note: %s', (_shape, text) => {
    const lines = linesOf(text);
    expect(parseTitleNote(lines, 0, lines.length)).toBeNull();
  });
});

