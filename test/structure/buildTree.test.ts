import { describe, expect, it } from 'vitest';
import { buildTree } from '../../src/structure/buildTree.js';
import type { Node } from '../../src/types.js';
import { linesOf } from '../helpers/lines.js';

const shape = (nodes: Node[]): unknown[] => nodes.map((n) => (n.children.length ? [n.label ?? n.type, shape(n.children)] : n.label ?? n.type));

describe('buildTree', () => {
  it('nests chapters, articles and items by numbering', () => {
    const tree = buildTree(linesOf('第一章 总则\n\n第一条 为了规范。\n\n第二条 本办法适用于：\n\n（一）甲；\n\n（二）乙。\n\n第二章 附则\n\n第三条 本办法自印发之日起施行。'));
    expect(shape(tree)).toEqual([
      ['第一章', ['第一条', ['第二条', ['（一）', '（二）']]]],
      ['第二章', ['第三条']],
    ]);
  });

  it('puts the closing formula (特此公告。) at the top level, after the items it follows', () => {
    const tree = buildTree(linesOf('根据有关规定，公告如下：\n\n一、征收范围。\n\n二、补偿标准按有关规定执行。\n\n特此公告。'));
    expect(shape(tree)).toEqual(['paragraph', '一、', '二、', 'paragraph']);
    expect(tree[3].text).toBe('特此公告。');
  });

  it('nests items in the order their kinds first appear', () => {
    const tree = buildTree(linesOf('一、总体要求\n\n（一）指导思想。正文。\n\n1.第一项。\n\n2.第二项。\n\n（二）目标。正文。\n\n二、主要任务\n\n正文段落。'));
    expect(shape(tree)).toEqual([
      ['一、', [['（一）', ['1.', '2.']], '（二）']],
      ['二、', ['paragraph']],
    ]);
    expect(tree[0].level).toBe(1);
    expect(tree[0].children[0].level).toBe(2);
    expect(tree[0].children[0].title).toBe('指导思想');
  });

  it('joins a paragraph cut by a page break, removing a repeated fragment', () => {
    const tree = buildTree(linesOf('以习近平新时代中国特色社会主义思想为指导，深入学习贯彻中国特色社会主义思想\n\n主义思想、习近平总书记重要讲话精神。'));
    expect(tree).toHaveLength(1);
    expect(tree[0].text).toBe('以习近平新时代中国特色社会主义思想为指导，深入学习贯彻中国特色社会主义思想、习近平总书记重要讲话精神。');
    expect(tree[0].lines).toEqual({ start: 1, end: 3 });
  });

  it('does not join after a short heading', () => {
    const tree = buildTree(linesOf('工作要求\n\n各单位要高度重视。'));
    expect(tree).toHaveLength(2);
  });

  it('keeps a 专栏 box apart and joins the paragraph it cut', () => {
    const tree = buildTree(linesOf('加强残疾人就业，合理认定按比例安排残疾\n\n专栏2 残疾人社会保障重点项目\n\n1. 基本生活救助。将符合条件的纳入。\n\n2. 困难残疾人补贴。落实动态调整。\n\n人就业形式，实现联网认证。'));
    expect(tree.map((n) => n.type)).toEqual(['paragraph', 'box']);
    expect(tree[0].text).toBe('加强残疾人就业，合理认定按比例安排残疾人就业形式，实现联网认证。');
    expect(tree[1].children).toHaveLength(2);
  });

  it('turns tab-separated rows into one table node', () => {
    const tree = buildTree(linesOf('类别\t指标\t属性\n收入\t增速\t预期性'));
    expect(tree).toHaveLength(1);
    expect(tree[0].type).toBe('table');
    expect(tree[0].rows).toEqual([['类别', '指标', '属性'], ['收入', '增速', '预期性']]);
  });

  it('never throws on unknown shapes', () => {
    expect(() => buildTree(linesOf('###\n\n）））\n\n\t\t\n\n①'))).not.toThrow();
  });
});

describe('buildTree line ranges', () => {
  it('a chapter range covers its articles', () => {
    const tree = buildTree(linesOf('第一章 总则\n\n第一条 为了规范。\n\n第二条 适用范围。'));
    expect(tree[0].lines).toEqual({ start: 1, end: 5 });
    expect(tree[0].children[1].lines).toEqual({ start: 5, end: 5 });
  });
});

describe('item levels follow the GB/T 9704 order', () => {
  it('a 1. list before the first 一、 does not take the 一、 items as its children', () => {
    const text = '依据以下文件：\n1.《某某省安全生产条例》；\n2.《某市安全生产办法》。\n一、总体要求\n（一）指导思想。坚持安全第一。\n二、主要任务\n（一）压实责任。\n1.落实企业主体责任。';
    const tree = buildTree(linesOf(text));
    expect(tree.filter((n) => n.type === 'item').map((n) => [n.label, n.level])).toEqual([['1.', 1], ['2.', 1], ['一、', 1], ['二、', 1]]);
    expect(tree.find((n) => n.label === '二、')!.children.map((c) => [c.label, c.children.map((g) => g.label)])).toEqual([['（一）', ['1.']]]);
  });
  it('（1） under 1. under （一） still nests', () => {
    const tree = buildTree(linesOf('（一）压实责任。\n1.落实企业主体责任。\n（1）建立制度。\n（2）落实培训。\n2.落实部门监管责任。'));
    expect(tree.map((n) => [n.label, n.children.map((c) => [c.label, c.children.map((g) => g.label)])])).toEqual([['（一）', [['1.', ['（1）', '（2）']], ['2.', []]]]]);
  });
});

describe('an article has a title only where it prints one', () => {
  const mdLines = async (text: string) => (await import('../../src/blocks/toLines.js')).toLines(text, 'markdown').lines;
  it.each([
    ['a caption in brackets', '第三条（适用范围）本条例适用于本市行政区域内的某某管理活动。', '适用范围'],
    ['a caption in square brackets', '第三条【适用范围】本条例适用于本市行政区域内的某某管理活动。', '适用范围'],
    // must not fire: the first visual line of a two-column page, cut mid-sentence, is the start of the text
    ['a line cut mid-sentence', '第十二条 市科技行政主管部门对申报材料\n形式审查后，组织相关专家开展评审。', null],
    ['a whole sentence', '第一条 为了规范某某管理，制定本条例。', null],
  ])('%s', (_, text, title) => {
    const [article] = buildTree(linesOf(text));
    expect([article.type, article.title]).toEqual(['article', title]);
  });
  it.each([
    ['a heading line', '### 第五条 监督检查\n\n市人民政府应当加强监督检查。', '监督检查'],
    ['a bold run', '**第六条 法律责任** 违反本条例规定的，依法处理。', '法律责任'],
  ])('%s (markdown)', async (_, text, title) => {
    const [article] = buildTree(await mdLines(text));
    expect([article.type, article.title]).toEqual(['article', title]);
  });
  it('the cut line is the article\'s text, the rest of the sentence stays in the article', () => {
    const [article] = buildTree(linesOf('第十二条 市科技行政主管部门对申报材料\n形式审查后，组织相关专家开展评审。'));
    expect([article.text, ...article.children.map((c) => c.text)].join('')).toBe('第十二条 市科技行政主管部门对申报材料形式审查后，组织相关专家开展评审。');
  });
});
