import { describe, expect, it } from 'vitest';
import { isIssuerAboveTitle, isIssuerOverNamedTitle } from '../../../src/segment/header/issuerAboveTitle.js';

describe('isIssuerAboveTitle', () => {
  it.each([
    // the organ line is the 发文机关标志; the title repeats it before 关于
    ['某县人民政府', '某县人民政府关于进一步加强耕地保护工作的通知', true],
    ['某市人民政府办公室', '某市人民政府办公室关于印发某市数据管理办法的通知', true],
    ['某 某 省 财 政 厅', '某某省财政厅 某某省税务局关于某事的通知', true],
    // the title's prefix is the organ's name without its place (县人民政府 under 某某县人民政府)
    ['某某县人民政府', '县人民政府关于印发《某某县人民政府工作规则》的通知', true],
    ['某某市人民政府办公室', '市政府办公室关于某事的通知', false], // 人民 left out as well: not the organ's own ending
    // the organ with its province before the title's prefix (a law database's maker line)
    ['某某省某市人民政府办公室', '某市人民政府办公室转发市发改委等部门《某某办法》的通知', true],
    ['某某自治区某市人民政府', '某市人民政府关于某事的通知', true],
    ['某某省某市人民政府办公室', '某县人民政府办公室关于某事的通知', false], // another organ
    ['某某市某区人民政府', '某区人民政府关于某事的通知', false], // a city before the district: not a province
    // must not fire: a wrapped title (organ line, then 关于…), another organ, not an organ line, the same line
    ['某县人民政府', '关于进一步加强耕地保护工作的通知', false],
    ['某县人民政府', '某县财政局关于某事的通知', false],
    ['关于进一步加强', '关于进一步加强耕地保护工作的通知', false],
    ['某县人民政府', '某县人民政府', false],
    ['某县人民政府', '某县人民政府令', false],
  ])('%s / %s → %s', (organ, title, want) => expect(isIssuerAboveTitle(organ, title)).toBe(want));
});

describe('a document under an issuer mark without 文件', () => {
  it('has the title once and the issuer from the mark', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某县人民政府', '某县人民政府关于进一步加强耕地保护工作的通知', '某县政发〔2023〕1号', '各乡镇人民政府：', '现就有关事项通知如下。', '某县人民政府', '2023年7月1日'].join('\n\n');
    const [d, ...rest] = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(rest).toEqual([]);
    expect([d.title, d.issuer, d.docNumber]).toEqual(['某县人民政府关于进一步加强耕地保护工作的通知', '某县人民政府', '某县政发〔2023〕1号']);
  });
});

describe('an organ line over a title that names the organ by its level alone', () => {
  it('is the mark: the title as printed, the organ in full as the issuer', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某某县人民政府', '县人民政府关于印发《某某县人民政府工作规则》的通知', '某政发〔2017〕1号', '各乡镇人民政府：', '现予印发。', '某某县人民政府', '2017年1月24日'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.issuer])).toEqual([['县人民政府关于印发《某某县人民政府工作规则》的通知', '某某县人民政府']]);
  });
  it('must not replace a title prefix that names its place: a database\'s organ line over it leaves the prefix the issuer', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某市人民政府关于印发某事办法的通知', '某某省某市人民政府', '某市人民政府关于印发某事办法的通知', '各县(市、区)人民政府：', '现印发给你们。', '二○○七年二月十二日'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.issuer])).toEqual([['某市人民政府关于印发某事办法的通知', '某市人民政府']]);
  });
});

describe('isIssuerOverNamedTitle', () => {
  it.each([['某市循环经济促进条例'], ['某某省人工影响天气管理规定'], ['某某省 某事 管理办法']])('%s names its own subject', (t) => expect(isIssuerOverNamedTitle(t)).toBe(true));
  it.each([['关于进一步加强耕地保护工作的通知'], ['印发《关于某事的意见》的通知'], ['转发某某厅关于某事的通知'], ['、某某局关于某事的通知'], ['常务委员会监督法'], ['办公厅某事工作规则'], [''],
    // a formal kind named by its matter is the organ's: 某县人民政府 / 森林防火禁火令, 某市公安局 / 关于某事的通告
    ['森林防火禁火令'], ['森林高火险期禁火令'], ['通告']])('must not fire: %s reads on from the organ above', (t) => expect(isIssuerOverNamedTitle(t)).toBe(false));
});

describe('a law database page: the statute\'s name, its maker under it, the name again', () => {
  it('keeps the maker out of the title', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某市某事促进条例', '某某省某市人大常委会', '某市某事促进条例', '(2010年6月22日某市第十四届人民代表大会常务委员会第十七次会议通过)', '第一章 总则', '第一条 为了促进某事，制定本条例。', '第二条 本市行政区域内的某事工作，适用本条例。'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.signDate])).toEqual([['某市某事促进条例', '2010-06-22']]);
  });
  it('an order number under the name: the order promulgates the statute printed after its signature', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某某省某事管理规定', '某某省人民政府', '某某省某事管理规定', '政府令〔2010〕第15号', '《某某省某事管理规定》已经2010年12月14日省政府第76次常务会议通过，现予公布，自2011年2月1日起施行。', '省长', '二○一○年十二月二十五日', '某某省某事管理规定', '第一章总则', '第一条为加强某事管理，制定本规定。'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.docNumber, d.issuer, d.signDate, d.issuedTexts.map((t) => t.title)])).toEqual([['某某省某事管理规定', '政府令〔2010〕第15号', '某某省人民政府', '2010-12-25', ['某某省某事管理规定']]]);
  });
});
