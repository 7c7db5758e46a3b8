import { describe, expect, it } from 'vitest';
import { findDocumentStarts } from '../../../src/segment/header/documentStarts.js';
import { mergeRepeatedHeaders } from '../../../src/segment/header/repeatedHeader.js';
import { linesOf } from '../../helpers/lines.js';
import { parseGazette } from '../../../src/parse.js';

function merged(text: string): { first: number; title: string; number: string | null; noteAt: number | undefined }[] {
  const lines = linesOf(text);
  return mergeRepeatedHeaders(lines, findDocumentStarts(lines, 0, lines.length)).map((s) => ({ first: s.first, title: s.title.title, number: s.number?.normalized ?? null, noteAt: s.noteAt }));
}

describe('mergeRepeatedHeaders', () => {
  it('a title + 题注, then the same title printed with its 版头 and 发文字号, is one document', () => {
    const text = ['最高人民法院关于审理某类案件若干问题的规定', '2021年12月27日 最高人民法院审判委员会第1858次会议通过', '2022年5月1日 施行',
      '最高人民法院', '关于审理某类案件若干问题的规定', '法释〔2022〕13号', '第一条 为了……'].join('\n\n');
    expect(merged(text)).toEqual([{ first: 0, title: '最高人民法院关于审理某类案件若干问题的规定', number: '法释〔2022〕13号', noteAt: 1 }]);
  });
  it('two documents of the same title with a body between them stay two', () => {
    const text = ['某市物业管理条例', '（2010年1月1日某市人大常委会通过）', '第一条 为了规范物业管理，制定本条例。',
      '某市物业管理条例', '（2020年1月1日某市人大常委会修订通过）', '第一条 为了规范物业管理活动，制定本条例。'].join('\n\n');
    expect(merged(text).map((s) => s.first)).toEqual([0, 3]);
  });
  it('a page heading and the number under it, then the title again over the 主送: one document keeping the number', () => {
    const text = ['某市卫生健康委关于印发 2023年全市某某工作要点的通知', '某卫健发〔2023〕1号', '某市卫生健康委关于印发', '2023年全市某某工作要点的通知', '各区县卫生健康局,委属各单位:', '现将有关事项通知如下。'].join('\n\n');
    expect(merged(text)).toEqual([{ first: 0, title: '某市卫生健康委关于印发2023年全市某某工作要点的通知', number: '某卫健发〔2023〕1号', noteAt: undefined }]);
  });
  it('a page headline with the number beside it, a stamp line, then the document with the same number: one document', () => {
    const text = ['某县关于禁止某事的通告 某政通〔2017〕6号', '2017年10月23日 09:24来源:某县人民政府点击量:0', '某政通〔2017〕6号', '某县人民政府', '关于禁止某事的通告', '为做好某事工作，现将有关事项通告如下：'].join('\n\n');
    expect(merged(text).map((s) => [s.first, s.title, s.number])).toEqual([[0, '某县人民政府关于禁止某事的通告', '某政通〔2017〕6号']]);
  });
  it('must not merge two documents of one number with a body between them', () => {
    const text = ['某县关于禁止某事的通告 某政通〔2017〕6号', '为做好某事工作，现将有关事项通告如下。', '某政通〔2017〕6号', '某县人民政府', '关于禁止某事的通告', '为做好某事工作，现将有关事项通告如下：'].join('\n\n');
    expect(merged(text).length).toBe(2);
  });
  it('a page heading with the serial, the site\'s tagline, then the title and its serial: one document', () => {
    const text = ['某市某事指挥部通告 (第1号)', '某某文库,自由的图书馆', '某市某事指挥部通告', '第1号', '为做好某事，现将有关事项通告如下：', '一、暂停营运。'].join('\n\n');
    expect(merged(text).map((s) => [s.first, s.title, s.number])).toEqual([[0, '某市某事指挥部通告', '某市某事指挥部通告第1号']]);
  });
  it('must not merge over a sentence between the copies', () => {
    const text = ['某市某事指挥部通告', '第1号', '现将有关事项通告如下。', '某市某事指挥部通告', '第2号', '现将有关事项通告如下：'].join('\n\n');
    expect(merged(text).map((s) => s.number)).toEqual(['某市某事指挥部通告第1号', '某市某事指挥部通告第2号']);
  });
  it('different titles are not merged', () => {
    const text = ['某市物业管理条例', '（2010年1月1日某市人大常委会通过）', '某市养犬管理条例', '（2011年1月1日某市人大常委会通过）', '第一条 为了……'].join('\n\n');
    expect(merged(text).map((s) => s.title)).toEqual(['某市物业管理条例', '某市养犬管理条例']);
  });
});

describe('a title printed twice in a web export', () => {
  const head = ['---', '发布单位: 某某省人民政府办公厅', '文号: 某政办发〔2023〕12号', '---', '# 某某省人民政府办公厅关于加强某某工作的通知', '', '> 本文转载自某某省人民政府网站，内容以原件为准。', ''];
  const doc = ['某某省人民政府办公厅关于加强某某工作的通知', '', '某政办发〔2023〕12号', '', '各市、县人民政府：', '', '现就有关事项通知如下。', '', '某某省人民政府办公厅', '', '2023年5月6日'];
  it('the heading copy and the quoted note under it belong to the document', () => {
    const r = parseGazette({ text: [...head, ...doc].join('\n'), path: 'x.md' });
    const docs = r.issues.flatMap((i) => i.documents);
    expect(docs.map((d) => [d.title, d.lines.start, d.docNumber])).toEqual([['某某省人民政府办公厅关于加强某某工作的通知', 5, '某政办发〔2023〕12号']]);
  });
  it('a different heading above stays out of the document', () => {
    const other = [...head.slice(0, 4), '# 政策文件', '', ...doc];
    const r = parseGazette({ text: other.join('\n'), path: 'x.md' });
    expect(r.issues[0].documents[0].lines.start).toBe(7);
  });
  it('front matter titles a document found without a header', () => {
    const r = parseGazette({ text: ['---', '标题: 某市2023年第一季度经济运行情况', '---', '今年以来，全市经济运行平稳。', '', '下一步继续努力。'].join('\n'), path: 'x.md' });
    expect(r.issues[0].documents.map((d) => d.title)).toEqual(['某市2023年第一季度经济运行情况']);
  });
});
