import { describe, expect, it } from 'vitest';
import { splitTrailingDocNumber } from '../../../src/segment/header/titleWithNumber.js';
import { findDocumentStarts } from '../../../src/segment/header/documentStarts.js';
import { linesOf } from '../../helpers/lines.js';

describe('splitTrailingDocNumber', () => {
  it.each([
    ['某市人民政府关于做好某某工作的通知（某政发〔2023〕4号）', '某市人民政府关于做好某某工作的通知', '某政发〔2023〕4号'],
    ['国务院关于某事的通知 国发〔2023〕1号', '国务院关于某事的通知', '国发〔2023〕1号'],
    ['某市人民政府办公室关于印发《某某办法》的通知(某政办发[2022]7号)', '某市人民政府办公室关于印发《某某办法》的通知', '某政办发〔2022〕7号'],
    // a 关于 title of a formal kind with its serial after it (and a page's note of the place after that)
    ['关于加强某事管理的通告(第6号)', '关于加强某事管理的通告', '第6号'],
    ['关于加强某事管理的通告（第6号） （某某市）', '关于加强某事管理的通告', '第6号'],
    ['关于某事的公告（2025年第2号）', '关于某事的公告', '2025年第2号'],
  ])('%s', (line, title, number) => {
    expect(splitTrailingDocNumber(line)).toMatchObject({ title, number: { normalized: number } });
  });
  it.each([
    ['根据《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）'],
    ['《某省人民政府关于某事的通知》（某政发〔2022〕3号）'],
    ['按照要求，做好工作（某政发〔2022〕3号）'],
    ['某政发〔2023〕4号'],
    ['经济普查（某政发〔2022〕3号）'],
    ['1.某市企业投资项目承诺制办法（某政发〔2023〕4号）'],
    ['（二）某市政务数据管理办法（某政办发〔2021〕9号）'],
    // must not: a serial after a title that is no formal kind, or no 关于 title, or after a sentence
    ['关于某事的实施方案(第2号)'],
    ['根据本市关于某事的通告(第6号)，现作如下安排'],
    ['关于某事的通告(第6号) (某某单位)'],
  ])('%s is not a title with its number', (line) => expect(splitTrailingDocNumber(line)).toBeNull());
});

describe('documents whose title line carries the number', () => {
  it('a title with its serial over a labelled line is a page\'s link to another text of the series, no document', () => {
    const lines = linesOf(['某市某事指挥部通告', '第1号', '发布机关:某市某事指挥部', '关于在公共场所佩戴口罩的通告 (第2号)', '原文地址:某市某事指挥部通告(第1号)', '为做好某事，现将有关事项通告如下：', '一、暂停营运。'].join('\n\n'));
    expect(findDocumentStarts(lines, 0, lines.length).map((s) => [s.title.title, s.number?.normalized])).toEqual([['某市某事指挥部通告', '某市某事指挥部通告第1号']]);
  });
  it('start there, with a wrapped title above', () => {
    const lines = linesOf(['上一文件结束。', '某市人民政府', '关于做好某某工作的通知（某政发〔2023〕4号）', '各区人民政府：', '现将有关事项通知如下。'].join('\n\n'));
    expect(findDocumentStarts(lines, 0, lines.length).map((s) => [s.title.title, s.title.issuer, s.number?.normalized, lines[s.first].line])).toEqual([
      ['某市人民政府关于做好某某工作的通知', '某市人民政府', '某政发〔2023〕4号', 3],
    ]);
  });
});
