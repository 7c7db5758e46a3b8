import { describe, expect, it } from 'vitest';
import { isIssuerMarkLine } from '../../../src/segment/header/issuerMark.js';
import { findDocumentStarts } from '../../../src/segment/header/documentStarts.js';
import { linesOf } from '../../helpers/lines.js';

describe('isIssuerMarkLine', () => {
  it.each([['某市人民政府文件'], ['某某省财政厅 某某省教育厅文件'], ['中共某某市委办公室　某某市人民政府办公室文件'], ['某某省教育厅文件']])('fires: %s', (t) => expect(isIssuerMarkLine(t)).toBe(true));
  it.each([['部门文件'], ['行政规范性文件'], ['关于印发某某文件'], ['某市人民政府'], ['请各单位认真学习文件']])('does not fire: %s', (t) => expect(isIssuerMarkLine(t)).toBe(false));
});

function firstOf(text: string): { first: number; title: string }[] {
  const lines = linesOf(text);
  return findDocumentStarts(lines, 0, lines.length).map((s) => ({ first: s.first, title: s.title.title }));
}

describe('版头 belongs to the document it heads', () => {
  it('a joint document: two organ lines, the last with 文件, then 发文字号 and title', () => {
    expect(firstOf('某某省财政厅\n某某省教育厅文件\n\n某财教〔2022〕15号\n\n某某省财政厅 某某省教育厅关于印发某某办法的通知\n\n各市财政局、教育局：')).toEqual([
      { first: 0, title: '某某省财政厅某某省教育厅关于印发某某办法的通知' },
    ]);
  });
  it('份号, 密级 and 紧急程度 lines above the mark', () => {
    expect(firstOf('000123\n\n秘密★1年\n\n特急\n\n某市人民政府文件\n\n某政发〔2023〕1号\n\n某市人民政府关于某事的通知\n\n各区人民政府：')[0].first).toBe(0);
  });
  it('a mark above a title that is above its number', () => {
    expect(firstOf('某市人民政府文件\n\n某市人民政府关于某事的通知\n\n某政发〔2023〕1号\n\n各区人民政府：')[0].first).toBe(0);
  });
  it('a gazette section label is not a 版头', () => {
    expect(firstOf('上文结束。\n\n部门文件\n\n某政发〔2023〕1号\n\n某市人民政府关于某事的通知\n\n各区人民政府：')[0].first).toBe(2);
  });
});

describe('a 版头 copied as page text: a site label, the mark, the number, the separator rule, a title without its organ', () => {
  it('the mark is no title line, the rule does not part number and title, and the mark names the issuer', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['第一篇:某某省关于推进某事有关问题的通知', '某某省某某厅文件', '某国土资发[2006]83号', '------------------', '关于推进某事有关问题的通知', '为认真贯彻落实有关文件精神，现就有关问题通知如下。', '一、申请的项目应当达到普查阶段。'].join('\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.issuerSource])).toEqual([['关于推进某事有关问题的通知', '某国土资发〔2006〕83号', '某某省某某厅', 'title']]);
  });
  it('must not name an issuer the title already gives', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某市人民政府办公室文件', '某政办发〔2023〕2号', '某市人民政府办公室关于某事的通知', '各区人民政府：', '现将有关事项通知如下。'].join('\n');
    const [d] = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect([d.title, d.issuer]).toEqual(['某市人民政府办公室关于某事的通知', '某市人民政府办公室']);
  });
});

describe('a 版头 whose mark is the organ\'s name alone (GB/T 9704 7.2.3: 文件 may be left out)', () => {
  const parse = async (text: string) => (await import('../../../src/parse.js')).parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
  it('names the issuer of a title that starts with 关于', async () => {
    const text = ['某某地区行署办公室', '某行办发〔2008〕31号', '关于印发某地区某事管理办法的通知', '各县市人民政府，行署各部门：', '《某地区某事管理办法》已经行署常务会议通过，现印发你们，请认真遵照执行。', '二〇〇八年六月六日', '某地区某事管理办法', '第一条 为了加强某事管理，制定本办法。'].join('\n\n');
    const [d] = await parse(text);
    expect([d.title, d.docNumber, d.issuer, d.signDate]).toEqual(['关于印发某地区某事管理办法的通知', '某行办发〔2008〕31号', '某某地区行署办公室', '2008-06-06']);
  });
  it('must not take a line of text above the number as the mark', async () => {
    const text = ['现将有关事项通知如下', '某行办发〔2008〕31号', '关于某事的通知', '各县市人民政府：', '现就有关事项通知如下。'].join('\n\n');
    const docs = await parse(text);
    expect(docs.map((d) => d.issuer)).toEqual([null]);
  });
});
