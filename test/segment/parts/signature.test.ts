import { describe, expect, it } from 'vitest';
import { findSignature } from '../../../src/segment/parts/signature.js';
import { linesOf } from '../../helpers/lines.js';

describe('findSignature', () => {
  it.each([
    // two organs of a joint signature on one line (separated by a space), the third below
    [['特此通知。', '某某监管办公室 某某省发展和改革委员会', '某某省能源局', '2024年6月17日'], ['某某监管办公室', '某某省发展和改革委员会', '某某省能源局']],
    // must not split: an organ name spaced out to fill the line is one organ
    [['特此通知。', '某某发展改革委', '国 家 能 源 局', '2022年1月18日'], ['某某发展改革委', '国家能源局']],
  ])('organs of %j', (texts, organs) => {
    const lines = linesOf(texts.join('\n'));
    expect(findSignature(lines, 0, lines.length)?.organs).toEqual(organs);
  });

  it('finds issuer, date and publicity note', () => {
    const lines = linesOf('请认真贯彻落实。\n\n某区人民政府\n\n2023年7月20日\n\n(此件公开发布)\n\n某区人民政府工作规则');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, last: 3, organs: ['某区人民政府'], date: '2023-07-20', publicity: '此件公开发布' });
  });
  it('stacks joint signatures', () => {
    const lines = linesOf('特此通知。\n\n某市行政审批服务管理局\n\n某市公安局\n\n国家税务总局某市税务局\n\n2021年6月30日');
    expect(findSignature(lines, 0, lines.length)?.organs).toEqual(['某市行政审批服务管理局', '某市公安局', '国家税务总局某市税务局']);
  });
  it('an exclamation mark typed half-width ends the text above a signature whose date lost its year', () => {
    const lines = linesOf('恳请广大市民理解支持!\n\n某市疫情防控工作领导小组\n\n年2月5日');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, organs: ['某市疫情防控工作领导小组'], date: null });
  });
  it('joins an organ\'s name wrapped onto the line above its end', () => {
    const lines = linesOf('四、全市养老机构实施封闭式管理。\n\n某市新型冠状病毒感染的肺炎疫情\n\n防控指挥部\n\n2020年1月28日');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, organs: ['某市新型冠状病毒感染的肺炎疫情防控指挥部'], date: '2020-01-28' });
  });
  it.each([
    ['a closing formula above the organ', '现将有关事项通告如下。\n\n特此通告\n\n某市防控指挥部\n\n2020年1月28日'],
    ['two organs, one a line', '特此通知。\n\n某市人民政府\n\n某市防控指挥部\n\n2020年1月28日'],
    ['a wrapped sentence\'s last line', '全市各级各部门要按照\n\n全市统一部署认真落实\n\n某市防控指挥部\n\n2020年1月28日'],
  ])('must not join: %s', (_name, text) => {
    const lines = linesOf(text);
    expect(findSignature(lines, 0, lines.length)?.organs).not.toContainEqual(expect.stringMatching(/^(?:特此|全市).*指挥部$/));
  });
  it('ignores a date inside running text', () => {
    const lines = linesOf('普查标准时点为2023年12月31日，普查时期资料为2023年年度资料。');
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
});

describe('findSignature with a person signature', () => {
  it('省长 + name before the date is part of the block but not an organ', () => {
    const lines = linesOf('现予公布，自2023年3月1日起施行。\n\n省长 张三\n\n2023年1月20日');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, organs: [], signer: '省长 张三', date: '2023-01-20' });
  });
  it.each([
    ['市长　王某某', '市长 王某某'],
    ['主任：李某', '主任 李某'],
    ['代省长 赵某某', '代省长 赵某某'],
    // the post alone: a copy that dropped the name
    ['省长', '省长'],
    // the post with its body's name
    ['自治区主席 乌某某', '自治区主席 乌某某'],
  ])('keeps the signer %s', (line, signer) => {
    const lines = linesOf(`现予公布。\n\n${line}\n\n2023年1月20日`);
    expect(findSignature(lines, 0, lines.length)?.signer).toBe(signer);
  });
  it('an organ signature has no signer', () => {
    const lines = linesOf('请遵照执行。\n\n某市人民政府\n\n2023年1月20日');
    expect(findSignature(lines, 0, lines.length)?.signer).toBeNull();
  });
  it.each([
    ['an old text whose full stop is an ASCII point', '希随时函告该院.\n\n一九七八年三月二十三日'],
    ['a 附件说明 written 附：', '现制订出某某办法，定于四月一日起试行。\n\n附：某某办法(试行)\n\n一九七八年三月二十三日'],
  ])('a bare date closes the text: %s', (_what, text) => {
    const lines = linesOf(text);
    expect(findSignature(lines, 0, lines.length)?.date).toBe('1978-03-23');
  });
  it('must not take a bare date after a line that runs on', () => {
    const lines = linesOf('本办法自\n\n1978年3月23日\n\n起施行。');
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
  it('a post alone with nothing after it is not a signature without its date', () => {
    const lines = linesOf('请遵照执行。\n\n省长\n\n下一段文字。');
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
  it('a person named in running text is not a signer', () => {
    const lines = linesOf('会议由市长王某某主持，研究了有关事项。\n\n2023年1月20日');
    expect(findSignature(lines, 0, lines.length)?.signer ?? null).toBeNull();
  });
});

describe('findSignature on one line', () => {
  it('issuer and date on the same line', () => {
    const lines = linesOf('请认真贯彻执行。\n\n某市人民政府办公室 2023年7月12日\n\n（此件公开发布）');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 1, last: 2, organs: ['某市人民政府办公室'], date: '2023-07-12', publicity: '此件公开发布' });
  });
  it('a sentence ending in a date is not a signature', () => {
    const lines = linesOf('本办法自印发之日起施行，有效期至 2025年12月31日');
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
});

describe('findSignature dated to a month (a plan or a report: 市某某局 / 二○○八年七月)', () => {
  it('takes the organ over a year and a month after the text has ended; its date is null', () => {
    const lines = linesOf('帮助社区解决一两个创建方面的难题。\n市某某局\n二○○八年七月\n用户登录');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, last: 2, organs: ['市某某局'], date: null, publicity: null });
  });
  it('takes the organ over a date that lost its 年 and 月 (2019114): its date is null', () => {
    const lines = linesOf('区政府督查室将加大督查力度。\n某市某区人民政府办公室\n2019114\n某某方案');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, organs: ['某市某区人民政府办公室'], date: null });
  });
  it.each([
    ['eight digits (20171116)', '20171116', '2017-11-16'],
    ['six digits (202465)', '202465', '2024-06-05'],
    ['the parts spaced (2017 6 23)', '2017 6 23', '2017-06-23'],
  ])('takes the organ over a date that lost its 年月日, its digits splitting one way only, %s: the date is read', (_name, dateLine, iso) => {
    const lines = linesOf(`五、本通告自公布之日起执行。\n某某市人民政府\n${dateLine}\n相关信息`);
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, organs: ['某某市人民政府'], date: iso });
  });
  it.each([['(略)'], ['……']])('takes the organ over a masked date under a mark for text left out, %s: its date is null', (mark) => {
    const lines = linesOf(`六、保障措施\n${mark}\n××市人民政府\n二〇〇×年七月五日\n4.建议性意见`);
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 2, dateIndex: 3, organs: ['××市人民政府'], date: null });
  });
  it('must not take an organ under a heading with no text after it', () => {
    const lines = linesOf('六、保障措施\n××市人民政府\n二〇〇×年七月五日');
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
  it('takes the organ over a date a template masked (x年2月3日), under a closing formula with no stop: its date is null', () => {
    const lines = linesOf('请社会各界给予理解支持。\n特此通告\nxx市公安局\nx年2月3日\n因篇幅问题不能全部显示');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 2, dateIndex: 3, organs: ['xx市公安局'], date: null });
  });
  it('takes the organ over a date that lost its 日 (2024年2月27): the date is read', () => {
    const lines = linesOf('请大家相互监督，共同营造安全的居住环境。\n某某镇人民政府\n2024年2月27\n电动自行车违规充电');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 1, dateIndex: 2, organs: ['某某镇人民政府'], date: '2024-02-27' });
  });
  it('takes an organ on the text\'s last line, under a 附 note, with no date: its date is null', () => {
    const lines = linesOf('请各单位切实做好安全生产工作。\n附:某县人民政府办公室《关于加强某事的通知》\n某县建设局');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ first: 2, organs: ['某县建设局'], date: null });
  });
  it.each([
    ['an organ in a list (no sentence end above)', '参加单位：\n某县财政局\n某县建设局'],
    ['an organ line that is not the last', '工作完成。\n某县建设局\n另有说明如下'],
  ])('must not take %s for an undated signature', (_name, text) => {
    const lines = linesOf(text);
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
  it('a signature with a full date wins over a month earlier in the text', () => {
    const lines = linesOf('第一阶段工作结束。\n某某局\n2023年5月\n第二阶段工作如下。\n某某局\n2023年6月8日');
    expect(findSignature(lines, 0, lines.length)).toMatchObject({ dateIndex: 5, date: '2023-06-08' });
  });
  it.each([
    // must not: a table saved one cell a line (the organ and its deadline, no sentence end above)
    ['a table row', '牵头单位\n市财政局\n2023年6月\n配合单位'],
    // must not: a month alone under a sentence (a heading's date, no organ)
    ['no organ', '现将有关情况报告如下。\n2023年6月'],
    // must not: a month with more after it
    ['a month in a phrase', '工作完成。\n市财政局\n2023年6月底前'],
    // must not: a number that reads as no date (a month 13) under an organ
    ['a number', '工作完成。\n市财政局\n2019134567'],
    // must not: a masked date under an organ in a table saved one cell a line (no sentence end or closing formula above)
    ['a masked table row', '牵头单位\nxx市公安局\n20xx年6月1日'],
  ])('must not take %s for a signature', (_name, text) => {
    const lines = linesOf(text);
    expect(findSignature(lines, 0, lines.length)).toBeNull();
  });
});
