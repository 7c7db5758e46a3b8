import { describe, expect, it } from 'vitest';
import { isTitleFragment, titleBlockAbove, titleBlockBelow } from '../../../src/segment/header/titleBlock.js';
import { linesOf } from '../../helpers/lines.js';

/** The title block above the last line (a 发文字号) of these lines. */
function blockAbove(...texts: string[]) {
  const lines = linesOf(texts.join('\n'));
  const b = titleBlockAbove(lines, lines.length - 1, 0);
  return b && { title: b.title, issuer: b.issuer, first: lines[b.first].text.trim() };
}

describe('titleBlockAbove', () => {
  it.each([
    // a wrapped title, the issuer on its first line
    [['某省人民政府办公厅关于加快发展某某经济的', '实施意见', '某政办发〔2024〕15号'], '某省人民政府办公厅关于加快发展某某经济的实施意见', '某省人民政府办公厅'],
    // a section heading (栏目) above the title is not part of it
    [['省政府办公厅文件', '某省人民政府办公厅关于加快发展某某经济的', '实施意见', '某政办发〔2024〕15号'], '某省人民政府办公厅关于加快发展某某经济的实施意见', '某省人民政府办公厅'],
    [['省政府文件', '某省人民政府关于公布某某名单的通知', '某政发〔2024〕10号'], '某省人民政府关于公布某某名单的通知', '某省人民政府'],
    // the last lines of an attachment and a section heading above the next document's title
    [['某某名单', '某市某县某村', '省政府办公厅文件', '某省人民政府办公厅关于某某的', '实施意见', '某政办发〔2024〕15号'], '某省人民政府办公厅关于某某的实施意见', '某省人民政府办公厅'],
    // an attachment's last line right above a title that opens with its issuer
    [['某某名单', '某市某县某村', '某省人民政府关于公布某某名单的通知', '某政发〔2024〕10号'], '某省人民政府关于公布某某名单的通知', '某省人民政府'],
    // a page's separator bar after the title is no part of it
    [['某市卫生计生委关于印发某某工作要点的通知 |', '某卫发〔2017〕4号'], '某市卫生计生委关于印发某某工作要点的通知', '某市卫生计生委'],
    // the same title on two consecutive lines (the page's heading over the document's own): the title once
    [['《某市人民政府办公厅关于建立某事制度的通知》', '《某市人民政府办公厅关于建立某事制度的通知》', '某政办发〔2001〕4号'], '某市人民政府办公厅关于建立某事制度的通知', '某市人民政府办公厅'],
    // the same title twice, each copy wrapped over two lines (at different places): the title once
    [['《某市人民政府办公厅关于建立某事', '制度的通知》', '《某市人民政府办公厅关于', '建立某事制度的通知》', '某政办发〔2001〕4号'], '某市人民政府办公厅关于建立某事制度的通知', '某市人民政府办公厅'],
    // a compilation's headline, whole in itself, over a whole 关于 title: the title alone
    [['人民政府关于执行某事的公告、通告、通知汇编(10篇)', '关于全面禁止某事的通告', '某政通〔2020〕1号'], '关于全面禁止某事的通告', null],
    // a headline of another text over it, ending in its kind
    [['某市关于某事的通知', '关于全面禁止某事的通告', '某政通〔2020〕1号'], '关于全面禁止某事的通告', null],
    // a site's banner (its organ and its domain) and a column's name over a 关于 title are none of it
    [['某市人民政府 EXAMPLE.GOV.CN', '政府信息公开', '关于规范某事的通知', '某政办〔2022〕1号'], '关于规范某事的通知', null],
    // a site's column named in brackets before the title is no part of it
    [['【政策解读】某市人民政府关于某事的通知', '某政发〔2024〕1号'], '某市人民政府关于某事的通知', '某市人民政府'],
    // a notice titled by its kind alone, spaced out, under a page's banner: the kind alone
    [['某某网官网_某某备用网址', '通 告', '某政通〔2022〕1号'], '通告', null],
    // must not: an organ's name over its kind spaced out (the title is the organ's 通告)
    [['某县某某疫情防控指挥部', '通 告', '某县疫情防控指挥部第1号'], '某县某某疫情防控指挥部通告', '某县某某疫情防控指挥部'],
    // must not: a wrapped title's tail that is a kind word, printed unspaced
    [['某省人民政府办公厅关于加强某某工作的实施', '意见', '某政办发〔2024〕1号'], '某省人民政府办公厅关于加强某某工作的实施意见', '某省人民政府办公厅'],
    // a news headline that exclaims over the 公告's own title: the title alone
    [['4月15日至11月15日为禁牧期!某区最新公告', '某区草原禁牧公告', '某区公告〔2024〕1号'], '某区草原禁牧公告', null],
    // must not: a title with no mark wrapped over two lines stays whole
    [['某区人民政府关于做好草原禁牧', '工作的公告', '某区公告〔2024〕1号'], '某区人民政府关于做好草原禁牧工作的公告', '某区人民政府'],
    // a whole title in book brackets on its own line, under a line of the page's
    [['相关法律规定', '《关于敦促某某人员投案自首的通告》', '某政通〔2020〕1号'], '关于敦促某某人员投案自首的通告', null],
    // must not: a 转发 title wrapped after the organ it forwards (the line above is left open)
    [['某省人民政府关于转发某部', '关于某事的通知的通知', '某政发〔2020〕1号'], '某省人民政府关于转发某部关于某事的通知的通知', '某省人民政府'],
    // a title printed whole in book brackets names its issuer inside them
    [['《某市人民政府办公厅关于建立某事制度的通知》', '某政办发〔2001〕4号'], '某市人民政府办公厅关于建立某事制度的通知', '某市人民政府办公厅'],
    // an issuer line over a 关于 line stays in the block
    [['某市人民政府办公室', '关于印发某某办法的通知', '某市政办发〔2024〕2号'], '某市人民政府办公室关于印发某某办法的通知', '某市人民政府办公室'],
    // an organ name wrapped over two lines is one issuer: the wrapped tail does not open the title
    [['某某省人民政府办', '公厅关于加快发展某某经济的实施意见', '某政办发〔2024〕15号'], '某某省人民政府办公厅关于加快发展某某经济的实施意见', '某某省人民政府办公厅'],
    // joint issuers stacked one a line above 关于… (five organs): every one is in the title and the issuer
    [['某某市经济和信息化委员会', '某某市财政局', '中共某某市委金融委员会办公室', '国家金融监督管理总局某某监管局', '某某市商务委员会', '关于印发《某某政策措施》的通知', '某经信规范〔2025〕13号'],
      '某某市经济和信息化委员会某某市财政局中共某某市委金融委员会办公室国家金融监督管理总局某某监管局某某市商务委员会关于印发《某某政策措施》的通知',
      '某某市经济和信息化委员会、某某市财政局、中共某某市委金融委员会办公室、国家金融监督管理总局某某监管局、某某市商务委员会'],
    // an organ line whose name goes on in the next line is no issuer line: a statute's title wrapped in its maker's name
    [['某某自治州人民代表大会', '常务委员会机关公文处理办法', '第一章'], '某某自治州人民代表大会常务委员会机关公文处理办法', null],
    // (a 关于 after the whole name names it)
    [['某某自治州人民代表大会', '常务委员会关于某某事项的决定', '某常发〔2024〕1号'], '某某自治州人民代表大会常务委员会关于某某事项的决定', '某某自治州人民代表大会常务委员会'],
    // a heading naming the text short of its full title, over the title: the title alone
    [['某县委工作规则', '中共某县委工作规则(试行)', '第一章 总则'], '中共某县委工作规则(试行)', null],
    // (its note on a line of its own: 某市某事办法 over 某市某事办法 / (草案))
    [['某市闲置土地处置办法', '某市闲置土地处置办法', '(草案)', '第一章 总则'], '某市闲置土地处置办法(草案)', null],
    // a file's name over the title is no part of it
    [['某县委工作规则.docx', '中共某县委工作规则(试行)', '第一章 总则'], '中共某县委工作规则(试行)', null],
    // must not: a title wrapped after a kind's word (某某办法 / 的实施细则) is whole
    [['某市人民政府关于印发某某办法', '某某办法实施细则的通知', '某政发〔2024〕2号'], '某市人民政府关于印发某某办法某某办法实施细则的通知', '某市人民政府'],
    // two organs on one line above the 关于 line, a ministry's 司 among them
    [['某某部办公厅 某某局综合司', '关于修订某某规则的复函', '某办某〔2026〕275号'], '某某部办公厅某某局综合司关于修订某某规则的复函', '某某部办公厅、某某局综合司'],
    // a site's banner over a title that opens with a ministry's organ (no place before it): the title alone
    [['某某城镇发展官方网站', '某部办公厅关于开展某某示范工作的通知', '某办发〔2015〕12号'], '某部办公厅关于开展某某示范工作的通知', '某部办公厅'],
    // must not: an organ's name wrapped where its first part is no organ (某某省发展和改革 / 委员会关于…) is one issuer
    [['某某省发展和改革', '委员会关于某某事项的通知', '某发改〔2024〕3号'], '某某省发展和改革委员会关于某某事项的通知', '某某省发展和改革委员会'],
  ])('%j', (texts, title, issuer) => expect(blockAbove(...texts)).toMatchObject({ title, issuer }));

  it.each([
    // a report's headline naming texts in book brackets, wrapped, over the 关于 title of the first of them
    [['某市印发《关于加强某事工作的实施意见》和《关于加强', '某事工作的实施方案》', '关于加强某事工作的实施意见', '某政发〔2022〕3号'], '关于加强某事工作的实施意见'],
    // must not fire: a paragraph's last line above a title is not an issuer
    [['本办法自印发之日起施行。', '关于印发某某办法的通知', '某政发〔2024〕2号'], '关于印发某某办法的通知'],
    // a site's heading of number and title above the title it prints in book brackets: neither the heading nor the brackets
    [['某政办发〔2016〕26号《某市人民政府办公厅关于印发〈某市某事工作要点〉的通知》', '《某市人民政府办公厅关于印发〈某市某事工作要点〉的通知》', '某政办发〔2016〕26号'], '某市人民政府办公厅关于印发〈某市某事工作要点〉的通知'],
    // must not: a title whose second half repeats its first is one title (某某的通知的通知 is no pair of copies)
    [['某市人民政府关于转发某某的通知', '的通知', '某政发〔2001〕4号'], '某市人民政府关于转发某某的通知的通知'],
  ])('keeps other text out: %j', (texts, title) => expect(blockAbove(...texts)?.title).toBe(title));
});

describe('a whole title over a law database\'s maker line, above the number', () => {
  it('is no title opening the maker line goes on from: no block (the title below the number titles the document)', () =>
    expect(blockAbove('某市人民政府办公厅转发市某局关于某某办法的通知', '某某省某市人民政府办公厅', '某府办〔2008〕75号')).toBeNull());
});

describe('isTitleFragment and attachment labels', () => {
  it.each([
    // a title wrapped before 附件三所列… (a decision amending a law's annex)
    ['附件三所列全国性法律增减的决定', true],
    ['某某人民代表大会常务委员会关于', true],
    // must not: the labels of attachments
    ['附件', false],
    ['附件三', false],
    ['附件2：某某名单', false],
    ['附件一：某某区域图', false],
    ['附件：', false],
    ['4月15日至11月15日为禁牧期!某区最新公告', false], // a news headline that exclaims
    ['关于开展“安全生产月”活动的通知', true],
    ['附:某县人民政府办公室《关于进一步加强某事的通知》', false], // the short note naming what the text forwards
    ['附属设施管理办法', true], // 附 opening a title's word
    // must not: a page's time stamp with its column and author (社会热点2022-10-12 06:32:26未知)
    ['社会热点2022-10-12 06:32:26未知', false],
    // must not: a line naming a site's address (a spam line a site put under the title)
    ['某某彩注册开户网址 www.example.com', false],
    // (a title naming a date in words is a title)
    ['关于2022年10月12日某某活动期间交通管制的通告', true],
    // must not: a 版头's mark, a page's date stamp
    ['某某省某某厅文件', false],
    ['2017-09-04', false],
    ['归档时间:2018-11-21', false], // a page's labelled field
    ['{ 2017 6 23', false], // no Chinese: a date whose 年月日 were lost
    ['二三年十月十五日', false], // a date whose year lost its 〇〇
    ['二〇〇三年十月十五日', false],
    ['年2月5日', false], // a date whose year's digits a page lost

    // must not: contact text with a telephone number
    ['联系人:某某某010-68208219', false],
    ['某某某 0743-8229745', false],
    ['某某某12345678', false],
    // a standard's number or a year range in a title is no telephone number
    ['关于实施GB/T 9704-2012的通知', true],
    ['某市促进就业行动实施方案(2023—2025年)', true],
    // a colon a page typed after a whole title's kind (over a salutation) leaves it a title
    ['关于2022年清明期间暂停某某活动的通告:', true],
    // must not: a clause ending in a colon (an announcing sentence, a 主送, a clause citing a title)
    ['现将有关事项通告:', false],
    ['各乡镇人民政府:', false],
    ['根据省政府关于某事的通知，现就有关事项通知:', false],
    ['关于某事的通知要求如下:', false],
  ])('%s → %s', (text, want) => expect(isTitleFragment(linesOf(text)[0])).toBe(want));
});

describe('a page\'s table of values without labels above the document', () => {
  it('is not glued to the title; the document is found once', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['000000000000000000/2017-26749960', '某县政府', '综合政务;应急管理', '2017-09-04', '某县人民政府办公室关于印发某县某事应急预案的通知', '有效', '无', '2017-09-04', '某政办发〔2017〕83号', '某县人民政府办公室关于印发某县某事应急预案的通知', '某政办发〔2017〕83号', '各乡镇人民政府，县直有关部门：', '《某县某事应急预案》已经县政府研究同意，现印发给你们。', '某县人民政府办公室', '2017年9月4日', '某县某事应急预案', '1.总则'].join('\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.docNumber, d.recipients, d.signDate])).toEqual([['某县人民政府办公室关于印发某县某事应急预案的通知', '某政办发〔2017〕83号', '各乡镇人民政府，县直有关部门', '2017-09-04']]);
  });
});

describe('a law database page: its title, the maker\'s line, the document\'s own title again', () => {
  it.each([
    // the title starts with 关于: the maker's line between two copies of it is a label
    [['关于颁发《某某管理办法》(试行)的通知', '某某部', '关于颁发《某某管理办法》(试行)的通知', '(78)某公路字412号'], '关于颁发《某某管理办法》(试行)的通知', '某某部'],
    // the document's own line lost its end: the heading above has it whole
    [['关于印发某市某事工作规则的通知', '某某省某市人民政府办公室', '关于印发某市某事', '某政办发〔2010〕15号'], '关于印发某市某事工作规则的通知', '某某省某市人民政府办公室'],
    // must not take the heading when the document's own title is whole (the heading adds a site's note)
    [['关于印发某市某事工作规则的通知(2019修订)', '某某省某市人民政府办公室', '关于印发某市某事工作规则的通知', '某政办发〔2010〕15号'], '关于印发某市某事工作规则的通知', '某某省某市人民政府办公室'],
    // the heading is the name of the text the document issues: the maker's line is a label too
    [['某某暂行规定', '某某部', '关于发布《某某暂行规定》的通知', '某部发(2002)570号'], '关于发布《某某暂行规定》的通知', '某某部'],
    // (the name without its book marks, as a title that issues it may print it)
    [['某市某事工作实施细则', '某某省某市人民政府办公室', '关于印发某市某事工作实施细则的通知', '某府发〔2003〕37号'], '关于印发某市某事工作实施细则的通知', '某某省某市人民政府办公室'],
  ])('%j', (texts, title, issuer) => expect(blockAbove(...texts)).toMatchObject({ title, issuer }));
  it('must not take a heading the title holds that is no text\'s whole name (no kind at its end)', () => {
    expect(blockAbove('上文结束。', '某市某事', '某某部', '关于印发某市某事工作实施细则的通知', '某府发〔2003〕37号')?.title).toBe('某某部关于印发某市某事工作实施细则的通知');
  });
  it('must not take a heading that only begins the name for the issued text', () => {
    expect(blockAbove('上文结束。', '某某', '某某部', '关于发布《某某暂行规定》的通知', '某部发(2002)570号')?.title).toBe('某某部关于发布《某某暂行规定》的通知');
  });
  it('must not fire without the copy above: an organ line over 关于… is the title\'s start', () => {
    expect(blockAbove('上文结束。', '某某部', '关于颁发某某管理办法的通知', '某发〔2024〕1号')?.title).toBe('某某部关于颁发某某管理办法的通知');
  });
});

describe('a statute with a law database\'s date and maker line under its title, and articles numbered 第1条', () => {
  it('is dated by that line and its articles are counted', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['热门站点| 某某资料网 | 某某网 | 某某网论坛', '某某货物管理办法', '某某部', '某某货物管理办法', '1990年3月10日,某某部', '第1条 为了加强管理，特制定本办法。', '第2条 本办法适用于某某运输。', '第3条 本办法由某某部负责解释。'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    const articles = docs[0].body.filter((n) => n.type === 'article').length;
    expect(docs.map((d) => [d.title, d.issuer, d.signDate])).toEqual([['某某货物管理办法', '某某部', '1990-03-10']]);
    expect(articles).toBe(3);
  });
});

describe('an unsigned issuing notice whose contact lines stand above the text it issues', () => {
  it('is one document issuing the text: the contact lines are no part of its title', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某某暂行规定', '某某部', '关于发布《某某暂行规定》的通知', '某部发(2002)570号', '各省、自治区、直辖市某某主管部门:', '某某部特制定《某某暂行规定》，现予发布。', '实施中有何问题，请及时与部联系。', '联系人:某某某010-68208219', '某某某010-66068504', '某某暂行规定', '第一章 总则', '第一条 为规范管理，制定本规定。', '第二条 本规定适用于某某。'].join('\n\n');
    const docs = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.issuer, d.issuedTexts.map((t) => t.title)])).toEqual([['关于发布《某某暂行规定》的通知', '某某部', ['某某暂行规定']]]);
  });
});

describe('titleBlockBelow', () => {
  /** The title block under the first line (a 发文字号) of these lines. */
  const blockBelow = (...texts: string[]) => {
    const lines = linesOf(texts.join('\n'));
    return titleBlockBelow(lines, 0, lines.length)?.title ?? null;
  };
  it.each([
    // a whole title right over its text's first line, wrapped before its first clause mark: the title alone
    [['某国土资发[2006]83号', '关于推进某某勘查规范某某延续登记有关问题的通知', '为认真贯彻落实《某某关于全面整顿某某秩序的通知》(某发', '[2005]28号)和《某某关于某某的通知》'], '关于推进某某勘查规范某某延续登记有关问题的通知'],
    // a whole title right over a recipients line wrapped at the page width
    [['某行办发〔2008〕31号', '关于印发某地区消防安全管理办法(暂行)的通知', '各县市人民政府,行署各部门、各直属机构,各事业、企业单位', ',驻某各单位、各群众团体:'], '关于印发某地区消防安全管理办法(暂行)的通知'],
    // must not: a title wrapped over two lines is whole
    [['某政办发〔2024〕2号', '某某市人民政府办公室关于印发某某管理办法', '实施细则的通知'], '某某市人民政府办公室关于印发某某管理办法实施细则的通知'],
    [['某政办发〔2024〕2号', '某某市人民政府关于转发某某省人民政府关于某事的通知', '的通知'], '某某市人民政府关于转发某某省人民政府关于某事的通知的通知'],
    // joint issuers and the verb on the first line, the 关于 of the text they issue on the next: one title
    [['某政发〔2025〕4号', '某市人民政府 某市中级人民法院印发', '关于完善某某机制的意见的通知'], '某市人民政府某市中级人民法院印发关于完善某某机制的意见的通知'],
    [['某政办发〔2025〕4号', '某市人民政府办公室转发', '关于某某工作的意见的通知'], '某市人民政府办公室转发关于某某工作的意见的通知'],
    // must not: a line that is no issuer over a 关于 line stays out of the title
    [['某政发〔2025〕4号', '某某网站首页', '关于完善某某机制的意见的通知'], '关于完善某某机制的意见的通知'],
  ])('%j', (texts, title) => expect(blockBelow(...texts)).toBe(title));
});
