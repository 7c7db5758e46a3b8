import { describe, expect, it } from 'vitest';
import { findBodyToc } from '../../src/structure/bodyToc.js';
import { buildTree } from '../../src/structure/buildTree.js';
import { linesOf } from '../helpers/lines.js';

describe('findBodyToc', () => {
  it('a statute chapter list ends where its first chapter begins', () => {
    const lines = linesOf('目　　录\n第一章　总　　则\n第二章　业主大会\n第三章　附　　则\n第一章　总　　则\n第一条　为了规范物业管理活动，制定本条例。');
    expect(findBodyToc(lines, 0)).toEqual({ last: 3, rows: [['第一章 总则', ''], ['第二章 业主大会', ''], ['第三章 附则', '']], headed: true });
  });
  it('entries with page leaders', () => {
    const lines = linesOf('目录\n一、总体要求.....................2\n二、主要任务……………………5\n三、保障措施 ·········· 31\n一、总体要求\n（一）指导思想。');
    expect(findBodyToc(lines, 0)).toEqual({ last: 3, rows: [['一、总体要求', '2'], ['二、主要任务', '5'], ['三、保障措施', '31']], headed: true });
  });
  it('entries exported one span a line: title, leaders, page on lines of their own', () => {
    const lines = linesOf('目 录\n一、总体要求\n..........\n1\n二、主要任务\n..........3\n一、总体要求\n为推动某事工作，制定本方案。');
    expect(findBodyToc(lines, 0)).toEqual({ last: 5, rows: [['一、总体要求', '1'], ['二、主要任务', '3']], headed: true });
  });
  it('an entry wrapped before its leaders; a separator between two runs of entries', () => {
    const lines = linesOf('目录\n第一章 规划背景 ..... 68\n第一节 加强社区体育建设开展全民健身活\n动 ..... 88\n--\t--\n第二章 总体要求 ..... 90\n第一章 规划背景\n“十三五”以来，全市发展良好。');
    expect(findBodyToc(lines, 0)).toEqual({ last: 5, rows: [['第一章规划背景', '68'], ['第一节加强社区体育建设开展全民健身活动', '88'], ['第二章总体要求', '90']], headed: true });
  });
  it('an entry printed without leaders or page after paged ones (五、附则) belongs to the 目录 until the first entry repeats', () => {
    const lines = linesOf('目  录\n一、发展基础 .......1\n二、总体要求...5\n三、保障措施...10\n四、附则\n一、发展基础\n某市数字经济快速发展。');
    expect(findBodyToc(lines, 0)).toEqual({ last: 4, rows: [['一、发展基础', '1'], ['二、总体要求', '5'], ['三、保障措施', '10'], ['四、附则', '']], headed: true });
  });
  it.each([
    ['a sentence after the entries', '目录\n一、发展基础 .......1\n二、总体要求...5\n一、各地要加强组织领导。', 2],
    ['a line without a number after the entries', '目录\n一、发展基础 .......1\n二、总体要求...5\n序言\n一、发展基础', 2],
  ])('must not take an unpaged line: %s', (_what, text, last) => {
    expect(findBodyToc(linesOf(text), 0)?.last).toBe(last);
  });
  it.each([
    ['not a 目录 heading', '第一章 总则\n第二章 附则'],
    ['chapters with their text', '第一章 总则\n第一条 为了规范某事，制定本条例。\n第二章 管理\n第二条 某事由某部门管理。\n第三章 附则'],
    ['a part, its chapter and its section (units of three kinds)', '第一编 总则\n第一章 基本规定\n第一节 一般规定\n第一条 为了规范某事，制定本法。'],
    ['a 目录 heading with no entries under it', '目录\n本办法所称目录，是指……。'],
    ['a 目录 of a catalogue in running text', '目录\n各单位应当按照以下要求编制。'],
  ])('must not fire: %s', (_name, text) => expect(findBodyToc(linesOf(text), 0)).toBeNull());
});

describe('a chapter list printed without a 目录 heading', () => {
  it('runs until its first chapter begins again', () => {
    const lines = linesOf('第一章  \n第二章 某事信息归集\n第三章 激励与惩戒\n第四章 法律责任\n第一章 总则\n第一条 为了规范某事，制定本条例。');
    expect(findBodyToc(lines, 0)).toEqual({ last: 3, rows: [['第一章', ''], ['第二章 某事信息归集', ''], ['第三章 激励与惩戒', ''], ['第四章 法律责任', '']], headed: false });
  });
  it('or until text does (a decision under the chapter list of the statute it amends)', () => {
    const lines = linesOf('第一章 总则\n第二章 监测预报\n第三章 附则\n某某省人民代表大会常务委员会决定对《某某省某事条例》作如下修改：\n一、第三条修改为：“……。”');
    const tree = buildTree(lines, []);
    expect(tree.map((n) => n.type)).toEqual(['toc', 'paragraph', 'item']);
    expect(tree[0].title).toBeNull();
  });
});

describe('a plan with its own 目录', () => {
  it('the 目录 is one node and the real items keep their levels', () => {
    const text = '目录\n一、总体要求......2\n（一）指导思想......2\n（二）基本原则......3\n二、主要任务......5\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n（二）基本原则。坚持统筹推进。\n二、主要任务\n（一）强化产业支撑。';
    const tree = buildTree(linesOf(text));
    expect(tree.map((n) => [n.type, n.label, n.children.map((c) => c.label)])).toEqual([
      ['toc', null, []],
      ['item', '一、', ['（一）', '（二）']],
      ['item', '二、', ['（一）']],
    ]);
    expect(tree[0].rows).toHaveLength(4);
  });
});
