import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/cite/findCitations.js';

const brief = (text: string, own: string | null = null) => findCitations(text, own).map((c) => [c.kind, c.title, c.docNumber, c.article]);

describe('findCitations', () => {
  it.each([
    ['根据《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）要求', [['document', '国务院关于开展第五次全国经济普查的通知', '国发〔2022〕22号', null]]],
    ['按照《某省优化营商环境条例》，', [['title', '某省优化营商环境条例', null, null]]],
    ['你局《关于某事的请示》（运交请〔2022〕60号）收悉', [['document', '关于某事的请示', '运交请〔2022〕60号', null]]],
    ['依据《中华人民共和国网络安全法》《中华人民共和国数据安全法》等', [['title', '中华人民共和国网络安全法', null, null], ['title', '中华人民共和国数据安全法', null, null]]],
    ['依据《中华人民共和国民法典》和《中华人民共和国民法通则》', [['title', '中华人民共和国民法典', null, null], ['title', '中华人民共和国民法通则', null, null]]], // a code and general principles are statutes
    ['根据《A办法》《B规定》（某发〔2021〕3号）', [['title', 'A办法', null, null], ['document', 'B规定', '某发〔2021〕3号', null]]],
    ['按照省政府要求（晋政办发〔2021〕80号），做好工作', [['number', null, '晋政办发〔2021〕80号', null]]],
    ['按照（晋政办发[2021] 80号）和（公网安（2020）1960号）要求', [['number', null, '晋政办发〔2021〕80号', null], ['number', null, '公网安〔2020〕1960号', null]]],
    ['《某意见》(某政办发〔2019〕10号,以下简称《意见》)', [['document', '某意见', '某政办发〔2019〕10号', null]]],
    ['违反本办法第十二条规定的，依照第五条处理', [['internal', null, null, 12], ['internal', null, null, 5]]],
    ['有第十七条、第十八条情形之一的', [['internal', null, null, 17], ['internal', null, null, 18]]],
    ['依照《中华人民共和国行政诉讼法》第十二条', [['title', '中华人民共和国行政诉讼法', null, null]]],
    ['现将《某市科技计划项目管理办法》印发给你们，请认真贯彻执行。', [['issued', '某市科技计划项目管理办法', null, null]]],
    ['《某市工作规则》已经区政府同意，现印发给你们', [['issued', '某市工作规则', null, null]]],
    ['现将《A实施方案》《B实施方案》和《C实施方案》印发给你们', [['issued', 'A实施方案', null, null], ['issued', 'B实施方案', null, null], ['issued', 'C实施方案', null, null]]],
    ['开展《健康中国行》宣传，核发《模拟批复》', [['other', '健康中国行', null, null], ['title', '模拟批复', null, null]]],
    ['打造《幸福家园》品牌，阅读《资本论》', [['other', '幸福家园', null, null], ['other', '资本论', null, null]]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('the article label at the start of its own text is not a reference', () => {
    expect(brief('第十二条 本办法自印发之日起施行。')).toEqual([]);
  });
  it("the document's own number is not a citation", () => {
    expect(brief('（某政发〔2023〕4号）', '某政发〔2023〕4号')).toEqual([]);
  });
});
