import { describe, expect, it } from 'vitest';
import { findMetadataBlock, parseMetadataLine, splitLabelledRun, splitMetadataTail, labelRow, labelRowTableAt } from '../../../src/segment/page/metadataBlock.js';
import { linesOf } from '../../helpers/lines.js';

describe('parseMetadataLine', () => {
  it.each([
    ['发文字号：某政办发〔2024〕6号', { 发文字号: '某政办发〔2024〕6号' }],
    ['索 引 号：11330000002482028M/2024-00123', { 索引号: '11330000002482028M/2024-00123' }],
    ['发文机关：某某省人民政府办公厅    成文日期：2024年02月18日', { 发文机关: '某某省人民政府办公厅', 成文日期: '2024年02月18日' }],
    ['主题分类: 综合政务\t发布日期: 2024-02-23', { 主题分类: '综合政务', 发布日期: '2024-02-23' }],
    ['更新时间:2023-07-17 06:35:24', { 更新时间: '2023-07-17 06:35:24' }], // when the page was last updated
    ['更新日期：2024-01-12', { 更新日期: '2024-01-12' }],
    // a law database's labels in black brackets, a bullet glued before them or not
    ['•【字号】某政通〔2020〕3号', { 字号: '某政通〔2020〕3号' }],
    ['【制定机关】某市人民政府', { 制定机关: '某市人民政府' }],
    ['发布时间：2024-03-05 09:30    来源：市政府办公室    【字体：大 中 小】', { 发布时间: '2024-03-05 09:30', 来源: '市政府办公室' }],
    ['(发布日期：2021-03-02 文号：某政发〔2021〕5号)', { 发布日期: '2021-03-02', 文号: '某政发〔2021〕5号' }], // in brackets under a title
    ['发 文 字 号 ：', { 发文字号: '' }], // the label alone: its value is on the next line
    ['2018-12-22 10:35 来源： 某某省能源局', { 发布时间: '2018-12-22 10:35', 来源: '某某省能源局' }], // a page's stamp before its label
    ['稿件来源:某某人大网 发布时间:2023-03-30 11:03:42', { 稿件来源: '某某人大网', 发布时间: '2023-03-30 11:03:42' }], // a CMS's 稿件来源
    ['• 时间:2023-05-04 08:58:16', { 时间: '2023-05-04 08:58:16' }], // a bulleted time and publisher
    ['• 发布:某市卫生健康委', { 发布: '某市卫生健康委' }],
    ['2017-02-22 11:47 来源：', { 发布时间: '2017-02-22 11:47', 来源: '' }],
    ['  • 发文机构:', { 发文机构: '' }], // a table drawn as a list: the bullet before the label
    ['- 发文文号：某政发〔2024〕7号', { 发文文号: '某政发〔2024〕7号' }],
    ['颁布单位:某市人民代表大会常务委员会', { 颁布单位: '某市人民代表大会常务委员会' }],
    ['归档时间:2018-11-21', { 归档时间: '2018-11-21' }],
    ['发表时间:2014-10-08 10:58:00 | 来源:', { 发表时间: '2014-10-08 10:58:00', 来源: '' }], // a site's posting time, a pipe before its source
    // a table flattened with its pipes: the pipes are no part of the values
    ['标 题: | 某某区人民政府办公室关于印发某某方案的通知 | ||', { 标题: '某某区人民政府办公室关于印发某某方案的通知' }],
    ['成文日期: | 发布日期: | 2020-04-09 08:44 | |', { 成文日期: '', 发布日期: '2020-04-09 08:44' }],
    // labels and values without colons, two pairs or more
    ['索 引 号 MB1534522/2023-05475 发文日期 2023-01-03', { 索引号: 'MB1534522/2023-05475', 发文日期: '2023-01-03' }],
    ['发布机构 区人民政府办公室 文    号 某政办〔2023〕1号', { 发布机构: '区人民政府办公室', 文号: '某政办〔2023〕1号' }],
    ['文 号: 文件分类: 综合政务 所属机构:', { 文号: '', 文件分类: '综合政务', 所属机构: '' }],
    // a table flattened with its pipes, label cells and value cells
    ['文 号 | 某政办〔2020〕2 号 | 发文日期 | 2020-04-19 00:00 |', { 文号: '某政办〔2020〕2 号', 发文日期: '2020-04-19 00:00' }],
    // a 规范性文件's registration row: an empty 文号 before the 统一登记号, the dates it was signed and registered
    ['索引号:698598533/2012-1370466 文号: 统一登记号:某DR-2012-00006', { 索引号: '698598533/2012-1370466', 文号: '', 统一登记号: '某DR-2012-00006' }],
    ['签署日期:2012-09-20 登记日期:2012-09-20 所属机构:', { 签署日期: '2012-09-20', 登记日期: '2012-09-20', 所属机构: '' }],
    // the publisher (发布人) a page names beside its time; a field the tables do not know stays in the value before it
    ['发布人：张某     联络点：某镇     时间：7月8号', { 发布人: '张某     联络点：某镇', 时间: '7月8号' }],
  ])('%s', (t, fields) => expect(parseMetadataLine(t)).toEqual(fields));
  it.each([
    ['各市、县（市、区）人民政府，省政府直属各单位：'], // a 主送 line
    ['联系人：张某某，电话：12345678'], // not a metadata label
    ['发布人员名单如下：张某、李某'], // 发布人 inside a longer word, no colon after it
    ['根据发文字号：某政发〔2024〕1号的要求'], // the label is not at the line's start
    ['发布机构改革方案的通知'], // a label's word running on, no pair
    ['更新时间表由各单位报送'], // the words, no colon
    ['【重要提示】请各单位按时报送'], // a bracketed word that is no field label
    ['来源 某某网'], // one pair
    ['时间 7月8号 地点 某镇'], // one known label
    ['某某 | 某某 | 某某 |'], // cells that are no labels
    ['标 题 | 某某的通知 |'], // one pair
    ['（来源于某市人民政府网站的说明）'], // brackets, but no label
    ['2024-03-05 各区要做好来源：统计工作'], // a date before a sentence, the label not right after it
    ['2024-03-05'], // a date alone
    ['• 各区要做好来源：统计工作'], // a bullet before a sentence
  ])('%s is not a metadata line', (t) => expect(parseMetadataLine(t)).toBeNull());
});

describe('findMetadataBlock', () => {
  it('takes two or more metadata lines in a row near the top', () => {
    const lines = linesOf('首页 > 政策文件\n发文机关：某市人民政府\n成文日期：2024年1月5日\n发文字号：某政发〔2024〕1号\n\n某市人民政府关于某某的通知');
    expect(findMetadataBlock(lines)).toEqual({ indexes: [1, 2, 3], fields: { 发文机关: '某市人民政府', 成文日期: '2024年1月5日', 发文字号: '某政发〔2024〕1号' } });
  });
  it('takes one line of two fields under a title', () => {
    const lines = linesOf('某市人民政府关于某某的通知\n发布时间：2024-03-05    来源：市政府办公室\n\n各区人民政府：');
    expect(findMetadataBlock(lines)).toEqual({ indexes: [1], fields: { 发布时间: '2024-03-05', 来源: '市政府办公室' } });
  });
  it('takes a table flattened one cell a line: spaced labels alone, each value on the next line', () => {
    const lines = linesOf('索 引 号 ：\n000000000/2021-00012\n发 文 字 号 ：\n某政办发〔2021〕7号\n成 文 日 期 ：\n2021年04月06日\n某市人民政府办公室关于做好某事工作的通知');
    expect(findMetadataBlock(lines)).toEqual({ indexes: [0, 1, 2, 3, 4, 5], fields: { 索引号: '000000000/2021-00012', 发文字号: '某政办发〔2021〕7号', 成文日期: '2021年04月06日' } });
  });
  it('a label alone does not take a next line that is a label of its own', () => {
    const lines = linesOf('发 文 字 号 ：\n成文日期：2021年04月06日\n\n某市人民政府关于某某的通知');
    expect(findMetadataBlock(lines)).toEqual({ indexes: [0, 1], fields: { 发文字号: '', 成文日期: '2021年04月06日' } });
  });
  it('takes a list of labels, each value on the next line (a page that draws its table as a list)', () => {
    const lines = linesOf('某县人民政府工作规则\n  • 索引号:\n    0000000000/2024-001005\n  • 主题分类:\n  • 发文机构:\n    县政府网站\n  • 发文字号:\n    某政发〔2024〕7号\n  • 发文日期:\n    2024年04月06日 16:40\n  • 内容概述:\n某县人民政府工作规则');
    // (the last field, 内容概述:, is empty: the document's title under it is no value of it)
    expect(findMetadataBlock(lines)).toEqual({ indexes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], fields: { 索引号: '0000000000/2024-001005', 主题分类: '', 发文机构: '县政府网站', 发文字号: '某政发〔2024〕7号', 发文日期: '2024年04月06日 16:40', 内容概述: '' } });
  });
  it('takes every run near the top: a page\'s stamp above the title, its fields under it', () => {
    const lines = linesOf('某市某事条例\n作者:某某网 来源:某某网\n某市某事条例\n颁布日期:2001-6-3\n颁布单位:某市人民代表大会常务委员会\n(2001年4月29日某市人民代表大会通过)');
    expect(findMetadataBlock(lines)).toEqual({ indexes: [1, 3, 4], fields: { 作者: '某某网', 来源: '某某网', 颁布日期: '2001-6-3', 颁布单位: '某市人民代表大会常务委员会' } });
  });
  it('an empty field does not take the 主送 below it as its value', () => {
    const lines = linesOf('来源:某市政府门户网 日期:2017-01-12 17:08 字号:【\n视力保护色:\n浏览量:\n各县市区人民政府,市直各单位:\n现将有关事项通知如下。');
    expect(findMetadataBlock(lines)).toEqual({ indexes: [0, 1, 2], fields: { 来源: '某市政府门户网', 日期: '2017-01-12 17:08', 字号: '【', 视力保护色: '', 浏览量: '' } });
  });
  it('nor the first line of a 主送 wrapped at the page width (a list cut after its 、)', () => {
    const lines = linesOf('来源:某市政府门户网 日期:2017-01-12 17:08 字号:【\n视力保护色:\n浏览量:\n各县市区委、人民政府,某某经济技术开发区、某某新港区、\n某某新区,市直各单位:\n现将有关事项通知如下。');
    expect(findMetadataBlock(lines)?.indexes).toEqual([0, 1, 2]);
  });
  it("an empty count (浏览次数:) takes a number under it, never the issuing organ's line over the title", () => {
    const organ = linesOf('- 发布日期:2021-07-19\n- 浏览次数:\n某市人民政府\n关于某事的实施意见\n某政字〔2021〕30号');
    expect(findMetadataBlock(organ)).toEqual({ indexes: [0, 1], fields: { 发布日期: '2021-07-19', 浏览次数: '' } });
    const count = linesOf('- 发布日期:2021-07-19\n- 浏览次数:\n1,024\n某市人民政府\n关于某事的实施意见');
    expect(findMetadataBlock(count)).toEqual({ indexes: [0, 1, 2], fields: { 发布日期: '2021-07-19', 浏览次数: '1,024' } });
  });
  it("takes in a list's bullets left on lines of their own between its fields", () => {
    const lines = linesOf('某县人民政府工作规则\n•\n索引号:\n6107280000/2024-001005\n•\n发文字号:\n某政发〔2024〕7号\n•\n发文日期:\n2024年04月06日\n某县人民政府工作规则\n•\n第一章总则');
    const block = findMetadataBlock(lines);
    expect(block?.indexes).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(block?.fields).toEqual({ 索引号: '6107280000/2024-001005', 发文字号: '某政发〔2024〕7号', 发文日期: '2024年04月06日' });
  });
  it('reads the fields of a 信息公开 catalogue entry (信息分类, 生成日期, 生效时间, 废止时间, 关键词, 内容概述)', () => {
    const lines = linesOf('索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n信息分类: 通知   发布机构: 某某县人民政府办公室\n生成日期: 2019-01-23 文号:\n发文日期: 2019-01-23 生效时间: 2019-01-23\n废止时间: 2020-01-23 名称: 某某县人民政府关于某事的通知\n信息来源: 关键词:\n浏览次数: 590 内容概述:\n各乡、镇人民政府:');
    const block = findMetadataBlock(lines);
    expect(block?.indexes).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(block?.fields).toMatchObject({ 信息分类: '通知', 生成日期: '2019-01-23', 发文日期: '2019-01-23', 生效时间: '2019-01-23', 废止时间: '2020-01-23', 名称: '某某县人民政府关于某事的通知' });
  });
  it('reads a catalogue entry without colons to its last line of one field (内容概况 and the title), numbered labels too', () => {
    const lines = linesOf('某市人民政府关于表彰某某的决定\n索引号 014046317/2023-04570 生成日期 2023-11-21 公开日期 2023-11-21\n文件编号 某政发〔2023〕158号 公开时限 长期公开\n效力状况 有效 公开程序 部门编制,经办公室审核后公开\n主题(一) 综合政务 主题(二) 文秘工作 体裁 决定\n关键词 决定,公开 分类词 文秘工作,综合\n文件下载 下载\n内容概况 某市人民政府关于表彰某某的决定\n各镇人民政府,各街道办事处:');
    const block = findMetadataBlock(lines);
    expect(block?.indexes).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(block?.fields).toMatchObject({ 文件编号: '某政发〔2023〕158号', 效力状况: '有效', '主题(一)': '综合政务', 体裁: '决定', 内容概况: '某市人民政府关于表彰某某的决定' });
  });
  it('a line of one field opens no run (the first line of a body that opens with a label word)', () => {
    expect(findMetadataBlock(linesOf('某市人民政府关于某事的通知\n体裁 决定\n文件下载 下载\n各镇人民政府:'))).toBeNull();
  });
  it('is no line that runs on into the document (a page saved on one line: its fields, then its text)', () => {
    const lines = linesOf('归档时间:2018-11-21 来源:某市政府门户网 日期:2017-01-12 某市人民政府关于某事的通知 各区人民政府: 现将有关事项通知如下。一、某某。\n发布日期:2017-01-12 来源:某市政府网');
    expect(findMetadataBlock(lines)?.indexes).toEqual([1]);
  });
  it('is null on one metadata-like line alone', () => {
    expect(findMetadataBlock(linesOf('来源：某市政府网站\n\n某市人民政府关于某某的通知\n\n各区人民政府：'))).toBeNull();
  });
});

describe('splitMetadataTail', () => {
  it.each([
    ['关于某某市补助办法的通知(发布日期：2019年05月31日 文号：某发改规范〔2019〕7号)', '关于某某市补助办法的通知', '(发布日期：2019年05月31日 文号：某发改规范〔2019〕7号)'],
    ['某市人民政府关于某某的通知 （发布时间：2024-03-05）', '某市人民政府关于某某的通知', '（发布时间：2024-03-05）'],
  ])('%s → the title and its metadata', (text, title, tail) => {
    const [line] = linesOf(text);
    expect(splitMetadataTail(line).map((l) => l.text)).toEqual([title, tail]);
  });
  it.each([
    ['关于印发《某某办法（试行）》的通知'], // a bracket of the title, no label
    ['某某市人民政府关于某某的批复（某政函〔2024〕3号）'], // a number in brackets is not labelled metadata
    ['联系人：张某（电话：12345678）'], // a label that is not metadata
    ['(发布日期：2019年05月31日)'], // metadata alone on its line: nothing to split off
  ])('%s stays one line', (text) => {
    const [line] = linesOf(text);
    expect(splitMetadataTail(line)).toEqual([line]);
  });
});

describe('a page whose table is drawn as a list', () => {
  it('gives the number and date; the site named as the issuing organ is not an issuer', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = ['某县人民政府工作规则', '  • 索引号:', '    0000000000/2024-001005', '  • 发文机构:', '    县政府网站', '  • 发文字号:', '    某政发〔2024〕7号', '  • 发文日期:', '    2024年04月06日 16:40', '  • 内容概述:', '某县人民政府工作规则', '第一章总则', '一、根据有关法律，制定本规则。', '二、县政府工作的准则是依法行政。'].join('\n\n');
    const [d] = parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents);
    expect([d.title, d.docNumber, d.docNumberSource, d.signDate, d.issuer]).toEqual(['某县人民政府工作规则', '某政发〔2024〕7号', 'pageMetadata', '2024-04-06', null]);
  });
});

describe("a page's publication date among its metadata lines", () => {
  const parse = async (text: string) => (await import('../../../src/parse.js')).parseGazette({ text, path: 'x.txt' }).issues.flatMap((i) => i.documents)[0];
  it('is not the date the document was signed (发布日期: the day the site put it up)', async () => {
    const d = await parse('- 发布日期:2021-07-19\n- 浏览次数:\n某市人民政府\n关于某事的实施意见\n某政字〔2021〕30号\n各区人民政府：\n为做好某事，制定本意见。\n一、目标要求');
    expect([d.docNumber, d.signDate, d.signDateSource]).toEqual(['某政字〔2021〕30号', null, null]);
  });
  it('成文日期 is (the text printing no signature)', async () => {
    const d = await parse('- 成文日期:2021-07-15\n- 发布日期:2021-07-19\n某市人民政府\n关于某事的实施意见\n某政字〔2021〕30号\n各区人民政府：\n为做好某事，制定本意见。\n一、目标要求');
    expect([d.signDate, d.signDateSource]).toEqual(['2021-07-15', 'pageMetadata']);
  });
});

describe('splitLabelledRun', () => {
  it('a title, the fields after it and the labelled 题注 are three lines', () => {
    const [line] = linesOf('某某自治州自治条例(2006年修正本)制定机关: 某某自治州人民代表大会常务委员会 效力级别: 地方性法规 施行日期: 2006.08.18 题 注 : (1986年7月12日某某省人民代表大会常务委员会批准)');
    expect(splitLabelledRun(line).map((l) => l.text)).toEqual(['某某自治州自治条例(2006年修正本)', '制定机关: 某某自治州人民代表大会常务委员会 效力级别: 地方性法规 施行日期: 2006.08.18', '(1986年7月12日某某省人民代表大会常务委员会批准)']);
  });
  it('a 题注 at the end of a fields line', () => {
    const [line] = linesOf('制定机关：某市人民代表大会常务委员会 公布日期：2010.01.05 题注：（2009年12月25日某市人民代表大会常务委员会通过）');
    expect(splitLabelledRun(line).map((l) => l.text)).toEqual(['制定机关：某市人民代表大会常务委员会 公布日期：2010.01.05', '（2009年12月25日某市人民代表大会常务委员会通过）']);
  });
  it.each([
    ['联系人：张某 电话：12345678'], // labels that are no metadata
    ['某市人民政府关于某事的通知 发布日期：2024-03-05'], // one field after a title: not a database's field list
    ['请于2024年3月5日前报送。来源：某某网 发布日期：2024-03-05'], // a sentence before the labels is no title
    ['本条例的题注：说明了通过的会议'], // 题注 in running text, no 题注 after it
  ])('%s stays one line', (text) => {
    const [line] = linesOf(text);
    expect(splitLabelledRun(line)).toEqual([line]);
  });
});

describe('a table drawn as a row of labels and rows of values', () => {
  it.each([
    ['索  引  号 文       号 发布机构 发布日期 公开范围 公开方式', ['索引号', '文号', '发布机构', '发布日期', '公开范围', '公开方式']],
    ['发文机关 成文日期 发文字号', ['发文机关', '成文日期', '发文字号']],
  ])('labelRow %s', (text, want) => expect(labelRow(text)).toEqual(want));
  it.each([['来源 日期'], ['发文机关：某市人民政府 成文日期：2024年1月1日'], ['发布日期 发布机构 以及其他说明']])('no label row: %s', (text) => expect(labelRow(text)).toBeNull());
  it('reads the values under the labels in order, over several lines', () => {
    const lines = linesOf('索  引  号 文       号 发布机构 发布日期 公开范围 公开方式\nN001-2011-000627 某政〔2011〕7号\n某市人民政府办公室 2011-03-04\n面向社会 主动公开\n标签:');
    expect(labelRowTableAt(lines, 0)).toEqual({ indexes: [0, 1, 2, 3], fields: { 索引号: 'N001-2011-000627', 文号: '某政〔2011〕7号', 发布机构: '某市人民政府办公室', 发布日期: '2011-03-04', 公开范围: '面向社会', 公开方式: '主动公开' } });
  });
  it('must not read values that do not fill the row (a sentence under it)', () => {
    expect(labelRowTableAt(linesOf('发文机关 成文日期 发文字号\n各单位要认真贯彻执行。'), 0)).toBeNull();
  });
  it('at the foot of a page, gives the document its number and publisher', async () => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = '关于对某某竞赛活动进行表彰的决定\n\n经综合检查评定，市政府决定对某县人民政府等单位进行表彰。\n\n希望受表彰的单位珍惜荣誉，再创佳绩。\n\n二○一一年二月二十三日\n\n索  引  号 文       号 发布机构 发布日期 公开范围 公开方式\nN001-2011-000627 某政〔2011〕7号\n某市人民政府办公室 2011-03-04\n面向社会 主动公开';
    const d = parseGazette({ text, path: 'x.txt' }).issues[0].documents[0];
    expect([d.docNumber, d.docNumberSource, d.issuer, d.signDate]).toEqual(['某政〔2011〕7号', 'pageMetadata', '某市人民政府办公室', '2011-02-23']);
  });
});

describe('a page field for the number that holds no number', () => {
  it.each([
    ['发文字号: | 无 |'],
    ['文 号: 文件分类: 综合政务 所属机构:'],
  ])('gives the document none: %s', async (field) => {
    const { parseGazette } = await import('../../../src/parse.js');
    const text = `索 引 号: 000014349/2020-105482 发布日期: 2020-06-28\n${field}\n某区人民政府办公室关于印发某某方案的通知\n各街道办事处：\n现将某某方案印发给你们，请认真贯彻执行。\n某区人民政府办公室\n2020年6月28日`;
    expect(parseGazette({ text, path: 'x.txt' }).issues[0].documents[0].docNumber).toBeNull();
  });
});

describe('a label alone over the number printed under the table', () => {
  it('does not take the number for its value unless it is the number\'s field', () => {
    const lines = linesOf('发文字号: | 发布日期: | 2010-12-13 | |\n主 题 词: |\n某政发〔2010〕22号\n某市人民政府关于某事的决定');
    const block = findMetadataBlock(lines);
    expect(block?.indexes).toEqual([0, 1]);
    expect(findMetadataBlock(linesOf('发布日期: 2010-12-13 来源: 某市政府\n发文字号:\n某政发〔2010〕22号'))?.fields['发文字号']).toBe('某政发〔2010〕22号');
  });
});
