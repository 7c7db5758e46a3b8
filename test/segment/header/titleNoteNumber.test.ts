import { describe, expect, it } from 'vitest';
import { titleNoteNumber } from '../../../src/segment/header/titleNoteNumber.js';
import { parseGazette } from '../../../src/parse.js';

describe('titleNoteNumber', () => {
  it.each([
    ['a promulgation under a 发文字号, then an amendment by order', '（1984年7月4日某政发〔1984〕88号公布 根据2011年2月25日某某省人民政府令第148号修订）', '某政发〔1984〕88号'],
    ['印发, the number in square brackets', '(2003年5月6日某府发[2003]21号印发)', '某府发〔2003〕21号'],
    ['an adoption clause before the promulgation', '（2010年3月1日某某省人民政府第12次常务会议通过 2010年3月5日某政发〔2010〕9号发布）', '某政发〔2010〕9号'],
  ])('%s', (_name, note, number) => expect(titleNoteNumber(note)).toBe(number));
  it.each([
    ['an order\'s serial (令第N号: the order, not a 发文字号)', '（2005年1月10日某某省人民政府令第43号公布）'],
    ['an amendment\'s number', '（2001年3月1日公布 根据2011年2月25日某政发〔2011〕3号修订）'],
    ['an adoption with no number', '（2011年12月22日某市第十四届人民代表大会常务委员会第四次会议通过）'],
    ['a number the clause cites', '（2012年5月1日根据某政发〔2011〕3号精神公布）'],
  ])('must not fire: %s', (_name, note) => expect(titleNoteNumber(note)).toBeNull());
});

describe('a rule whose 题注 names the 发文字号 it was issued under', () => {
  it('gives the document that number', () => {
    const text = '某某省某某工作人员试行办法\n（1984年7月4日某政发〔1984〕88号公布 根据2011年2月25日某某省人民政府令第148号修订）\n第一条 为健全制度，制定本办法。\n第二条 本办法自公布之日起施行。\n';
    const [doc] = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect([doc.title, doc.docNumber, doc.signDate]).toEqual(['某某省某某工作人员试行办法', '某政发〔1984〕88号', '1984-07-04']);
  });
});
