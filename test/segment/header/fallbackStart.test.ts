import { describe, expect, it } from 'vitest';
import { fallbackStart } from '../../../src/segment/header/fallbackStart.js';
import { parseGazette } from '../../../src/parse.js';
import { linesOf } from '../../helpers/lines.js';

function title(text: string): string | null {
  const lines = linesOf(text);
  return fallbackStart(lines, 0, lines.length)?.title.title ?? null;
}

describe('fallbackStart', () => {
  it.each([
    ['a title-like line naming a kind of text', '发布时间：2023-01-05\n\n某市关于做好冬季供暖工作的几点意见\n\n各单位要高度重视。', '某市关于做好冬季供暖工作的几点意见'],
    // a plan's years on the line under its title
    ['a title with its years on the next line', '日前，某市印发《某市某事行动计划(2018—2020年)》。全文如下:\n某市某事行动计划\n(2018-2020年)\n为加强某事工作，特制定本行动计划。', '某市某事行动计划(2018-2020年)'],
    ['a title with its status note on the next line', '某市某事管理办法\n（征求意见稿）\n为加强某事管理，制定本办法。', '某市某事管理办法（征求意见稿）'],
    // must not: a bracketed line that is no note stays out of the title
    ['a bracketed line that is no note', '某市某事管理办法\n（某市人民政府办公室）\n为加强某事管理，制定本办法。', '某市某事管理办法'],
    ['a site\'s column named in brackets before a title-like line', '[应急知识]关于禁止楼道堆放杂物的紧急提示\n\n近期多地发生火灾。', '关于禁止楼道堆放杂物的紧急提示'],
    ['a title a page typed a colon after, over a salutation', '最后更新:22-09-12 04:41:45\n关于清明期间暂停某某活动的通告:\n广大市民朋友:\n当前，为维护人民生命安全，现通告如下:', '关于清明期间暂停某某活动的通告'],
    ['the first title-like line', '某市2023年第一季度经济运行情况\n\n今年以来，全市经济运行平稳。', '某市2023年第一季度经济运行情况'],
    ['no title-like line: the opening of the first line', '今年以来，全市经济运行平稳，主要指标好于预期，各项工作有序推进，形势总体向好。', '今年以来，全市经济运行平稳，主要指标好于预期，各项工作有序推进，形势总体向好。'.slice(0, 40)],
    ['a label line is never the title: the first line without one', '发布时间：2023-01-05\n\n今年以来，全市经济运行平稳，主要指标好于预期，各项工作有序推进。', '今年以来，全市经济运行平稳，主要指标好于预期，各项工作有序推进。'],
    // a report's headline naming the texts in book brackets: the title of the text printed below it
    ['a headline naming texts over a title', '某市印发《关于加强某事工作的实施意见》和《关于加强某事工作的实施方案》\n发布时间:2022-02-23\n\n关于加强某事工作的实施意见\n\n为做好某事工作，现提出如下实施意见。', '关于加强某事工作的实施意见'],
    ['a title-like line after label lines', '主办单位：某市人民政府办公室\n\n某市2023年第一季度经济运行情况\n\n今年以来，全市经济运行平稳。', '某市2023年第一季度经济运行情况'],
    // a page saved on one line, opening like a label (第一篇:): its sentences make it running text
    ['a line of sentences that opens like a label', '第一篇:某某省关于推进某事的通知 某某省某某厅文件 为认真贯彻落实某某精神,现就有关问题通知如下。一、某某。', '第一篇:某某省关于推进某事的通知某某省某某厅文件为认真贯彻落实某某精神,现就有关'],
  ])('%s', (_name, text, expected) => expect(title(text)).toBe(expected));
  it.each([
    ['a stamp line between', '某市关于重污染天气实施机动车单双号限行通告\n\n2019-01-12 23:01:14 来源:某市新闻网\n\n关于重污染天气期间实施机动车单双号限行交通管制的通告\n\n为改善空气质量，现通告如下：'],
    ['right under it', '某市关于重污染天气实施机动车单双号限行通告\n\n关于重污染天气期间实施机动车单双号限行交通管制的通告\n\n为改善空气质量，现通告如下：'],
  ])('a page\'s headline over the document\'s own title of the same kind (%s): the own title', (_name, text) => {
    const lines = linesOf(text);
    expect(fallbackStart(lines, 0, lines.length)?.title.title).toBe('关于重污染天气期间实施机动车单双号限行交通管制的通告');
  });
  it.each([
    ['another text\'s title below', '某市关于重污染天气实施机动车单双号限行通告\n\n关于做好春节期间烟花爆竹安全管理的通告\n\n为做好安全管理，现通告如下：'],
    ['a title of another kind below', '某市关于重污染天气实施机动车单双号限行通告\n\n关于重污染天气期间实施机动车单双号限行交通管制的通知\n\n为改善空气质量，现通知如下：'],
    ['a copy below damaged by stray letters', '某市关于重污染天气实施机动车单双号限行通告\n\n时间:2025-08-01 14:48:10\n\n X 某市关于重污染天气实施机动车单双号限行通告\n\n为改善空气质量，现通告如下：'],
  ])('must keep the headline when %s', (_name, text) => {
    const lines = linesOf(text);
    expect(fallbackStart(lines, 0, lines.length)?.title.title).toBe('某市关于重污染天气实施机动车单双号限行通告');
  });
  it('a page\'s headline over the same title printed again with its 题注: the copy starts the document, dated by its note', () => {
    const text = '某市第五届人民代表大会第三次会议关于某事的决议\n\n2021年03月11日23:31   来源:某某网\n\n某市第五届人民代表大会第三次会议关于某事的决议\n\n(2021年3月11日某市第五届人民代表大会第三次会议通过)\n\n会议同意某事。';
    const docs = parseGazette({ text, path: 't.txt' }).issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.signDate])).toEqual([['某市第五届人民代表大会第三次会议关于某事的决议', '2021-03-11']]);
  });
  it('an encyclopedia\'s header: the title again, the organ\'s byline and the date under it', () => {
    const lines = linesOf('某市某事工作领导小组办公室通告\n\n某市某事工作领导小组办公室通告\n\n作者:某市某事工作领导小组办公室\n\n2020年1月27日\n\n为做好某事工作，特作以下通告：');
    expect(fallbackStart(lines, 0, lines.length)).toMatchObject({ first: 0, headerEnd: 3 });
  });
  it.each([
    ['no date under the byline', '某市某事通告\n\n作者:某市某事办公室\n\n为做好某事工作，特作以下通告：'],
    ['a byline naming no organ', '某市某事通告\n\n作者:张三\n\n2020年1月27日\n\n为做好某事工作，特作以下通告：'],
  ])('must not take the byline into the header: %s', (_name, text) => {
    const lines = linesOf(text);
    expect(fallbackStart(lines, 0, lines.length)?.headerEnd).toBe(0);
  });
  it.each([
    ['the heading right above', '某县人民政府森林防火禁火令\n\n某县人民政府\n\n森林防火禁火令\n\n为有效防范森林火灾，特发布如下禁火令：\n\n一、严禁炼山。'],
    ['a registration number between them', '某县人民政府森林防火禁火令\n\nABDR-2012-00006\n\n某县人民政府\n\n森林防火禁火令\n\n为有效防范森林火灾，特发布如下禁火令：'],
  ])('a page\'s heading over the title printed again, organ line and matter: the printed copy names the issuer (%s)', (_name, text) => {
    const lines = linesOf(text);
    const s = fallbackStart(lines, 0, lines.length);
    expect(s && { title: s.title.title, issuer: s.title.issuer, first: s.first }).toEqual({ title: '某县人民政府森林防火禁火令', issuer: '某县人民政府', first: 0 });
  });
  it('must not take a different title below for a copy', () => {
    const lines = linesOf('某县人民政府森林防火禁火令\n\n某县人民政府\n\n森林防火工作方案\n\n为有效防范森林火灾，制定本方案。');
    expect(fallbackStart(lines, 0, lines.length)?.title.issuer ?? null).toBeNull();
  });
  it.each([
    ['an organ and what it decided', '某某院:9月3日至5日调休放假3天\n\n各区人民政府,市政府各部门:\n\n为做好某事工作，特作如下安排。\n\n某某院 2015年5月13日', '某某院:9月3日至5日调休放假3天'],
    ['a headline without a colon', '某市今年春节放假7天\n各区人民政府,市政府各部门:\n经研究，现将有关事项通知如下。', '某市今年春节放假7天'],
  ])('a post\'s headline right over the 主送 its text opens with titles it: %s', (_name, text, want) => expect(title(text)).toBe(want));
  it.each([
    ['a time stamp over the 主送', '2015-05-13 21:01'],
    ['a field line over the 主送', '发布时间：2015年5月13日'],
    ['a sentence over the 主送', '现将有关事项转发给你们。'],
    ['a date over the 主送', '2015年5月13日'],
  ])('must not take for a headline: %s (the title-like line above it titles the text)', (_name, line) =>
    expect(title(`某市某事工作情况\n${line}\n各区人民政府,市政府各部门:\n为做好某事工作，特作如下安排。`)).toBe('某市某事工作情况'));
  it.each([
    ['a column over the title', '重要通告\n\n某市某某局关于实行某某制度的通告\n\n为做好某事工作，现通告如下。', '某市某某局关于实行某某制度的通告'],
    ['a column and widget lines between', '通知公告\n推荐图文\n某市人民政府关于某事的通知\n为做好某事工作，现通知如下。', '某市人民政府关于某事的通知'],
    ['a column over a title wrapped over two lines', '重要通告\n推荐图文\n某市某某局关于实行某某流域禁渔期\n制度的通告\n为做好某事工作，现通告如下。', '某市某某局关于实行某某流域禁渔期制度的通告'],
    ['a section of the page over a title in book brackets', '相关法律规定\n\n《关于敦促某某人员投案自首的通告》\n\n为做好某事工作，特通告如下：', '关于敦促某某人员投案自首的通告'],
  ])('a site\'s column named by a kind of text gives way to a formal title below it: %s', (_name, text, want) => expect(title(text)).toBe(want));
  it.each([
    ['no formal title below', '紧急通告\n\n为做好某事工作，现通告如下。\n\n某市人民政府', '紧急通告'],
    ['a title below that is no formal title', '紧急通告\n\n某事工作情况\n\n为做好某事工作，现通告如下。', '紧急通告'],
  ])('must keep a short title: %s', (_name, text, want) => expect(title(text)).toBe(want));
  it('a report\'s long lead, then 全文如下 and the text: the text\'s title, however far down', () => {
    const lead = Array.from({ length: 14 }, (_, n) => `某某部门近日联合发布通告，要求各地做好第${n + 1}项工作。`).join('\n');
    expect(title(`某某联合发布通告 敦促某事\n发布日期: 2021-09-18 19:51\n${lead}\n《通告》全文如下:\n\n关于敦促某某人员投案自首的通告\n为做好某事工作，特通告如下：`)).toBe('关于敦促某某人员投案自首的通告');
  });
  it('must keep a title above 全文如下: a text printing another', () => {
    const body = Array.from({ length: 14 }, (_, n) => `各单位要做好第${n + 1}项工作。`).join('\n');
    expect(title(`关于转发某某办法的通知\n${body}\n现将《某某办法》全文如下：\n某某管理办法\n第一条 为了加强管理，制定本办法。`)).toBe('关于转发某某办法的通知');
  });
  it('a note\'s reference mark after the title\'s word is no part of the title', () => {
    expect(title('某市第七次人口普查公报[1]（第二号）\n某市统计局\n2021年5月11日\n现将有关情况公布如下：\n一、总人口\n注释：\n[1]本公报数据均为初步汇总数据。')).toBe('某市第七次人口普查公报（第二号）');
  });
  it('a text of colophon lines only (主办单位：… 编辑出版：… 电话：…) has nothing to title', () => {
    expect(title('主办单位：某市人民政府办公室\n编辑出版：某市人民政府公报编辑部\n地址：某市某某路1号\n电话：0123-4567890')).toBeNull();
  });
  it('nothing to title', () => expect(fallbackStart([], 0, 0)).toBeNull());
});

describe('never zero documents', () => {
  it('a text without any document header is one document, with a warning', () => {
    const r = parseGazette({ text: '某市关于做好冬季供暖工作的几点意见\n\n各单位要高度重视，确保群众温暖过冬。\n\n一、加强组织领导\n\n二、做好应急保障', path: 'x.txt', format: 'text' });
    const docs = r.issues.flatMap((i) => i.documents);
    expect(docs.map((d) => d.title)).toEqual(['某市关于做好冬季供暖工作的几点意见']);
    expect(docs[0].body.filter((n) => n.type === 'item').map((n) => n.label)).toEqual(['一、', '二、']);
    expect(r.warnings.map((w) => w.code)).toContain('document-without-header');
  });
  it('a file of gazette colophon lines only holds no document and says so', () => {
    const r = parseGazette({ text: '主办单位：某市人民政府办公室\n编辑出版：某市人民政府公报编辑部\n地址：某市某某路1号\n电话：0123-4567890\n', path: 'x.txt' });
    expect(r.issues.flatMap((i) => i.documents)).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('no-documents');
    // (its lines are the issue's front matter: none is lost)
    expect(r.issues[0].frontMatter.map((m) => [m.kind, m.lines])).toEqual([['front', { start: 1, end: 4 }]]);
  });
  it('a file of front matter and comments only yields no document and says so', () => {
    const r = parseGazette({ text: '---\n标题: 某某\n---\n<!-- 注释 -->\n', path: 'x.md' });
    expect(r.issues.flatMap((i) => i.documents)).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-documents']);
  });
});

describe('headerless shapes that are still documents', () => {
  it('a joint 通告: organ line + title, body, joint signature — a document without a warning', () => {
    const text = ['某某市公安局 某某市交通运输局', '关于对部分路段实施交通管制的通告', '为保障道路交通安全，决定实施交通管制。现通告如下：', '一、管制时间：2023年5月1日至5月5日。', '二、管制路段：某某路。', '特此通告。', '某某市公安局　　　　某某市交通运输局', '2023年4月25日'].join('\n\n');
    const r = parseGazette({ text, path: 'x.txt', format: 'text' });
    const d = r.issues[0].documents[0];
    expect([d.title, d.issuer, d.signDate, d.docType]).toEqual(['某某市公安局某某市交通运输局关于对部分路段实施交通管制的通告', '某某市公安局、某某市交通运输局', '2023-04-25', '通告']);
    expect(r.warnings).toEqual([]);
  });
  it('a signature organ is never the title of a text without one', () => {
    const text = ['各设区市教育局，各高等学校：', '根据工作安排，决定开展检查工作。', '一、检查内容', '某某省教育厅', '2023年3月1日'].join('\n\n');
    const d = parseGazette({ text, path: 'x.txt', format: 'text' }).issues[0].documents[0];
    expect([d.recipients, d.issuer, d.signDate]).toEqual(['各设区市教育局，各高等学校', '某某省教育厅', '2023-03-01']);
  });
});
