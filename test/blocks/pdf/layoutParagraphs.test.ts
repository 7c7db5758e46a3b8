import { describe, expect, it } from 'vitest';
import { layoutParagraphs } from '../../../src/blocks/pdf/layoutParagraphs.js';
import type { PdfLine } from '../../../src/blocks/pdf/pdfTypes.js';
import { line } from './runs.js';

const FULL = '某'.repeat(28); // 448 pt: left edge 79 to right edge 527
const texts = (lines: PdfLine[], skip: number[] = []) => layoutParagraphs(lines, new Set(skip)).map((l) => [l.text.length, l.parts ?? [l.line]]);
/** Body lines on consecutive baselines. */
const body = (...specs: [string, number][]): PdfLine[] => specs.map(([t, x], i) => line(t, x, 150 + i * 28));

describe('layoutParagraphs', () => {
  it('joins a line that runs to the right edge with the unindented line below it', () => {
    expect(texts(body(['某'.repeat(26), 111], [FULL, 79], ['某某。', 79], ['某'.repeat(26), 111], ['某。', 79]))).toEqual([[57, [1, 2, 3]], [28, [4, 5]]]);
  });
  it('runs a paragraph on across a page break and over the page number set apart', () => {
    const ls = [...body(['某'.repeat(26), 111], [FULL, 79]), line('— 1 —', 260, 790, { size: 14 }), line('某某。', 79, 120, { page: 2 }), ...body([FULL, 79]).map((l) => ({ ...l, page: 2, top: 400 }))];
    expect(texts(ls, [2])).toEqual([[57, [1, 2, 4]], [28, [5]]]);
  });
  it.each([
    ['an indented first line (a new paragraph)', body([FULL, 79], ['某'.repeat(26), 111])],
    ['a line that stops short of the right edge', body(['某'.repeat(20), 111], [FULL, 79])],
    ['centred title lines', body([FULL, 79], ['某某市人民政府关于某某某某', 190], ['某某某的通知', 250])],
    ['a right-aligned signature and its date', body([FULL, 79], ['某某市人民政府', 351], ['2023年1月5日', 359])],
    ['a 目录 entry ending in leaders and a page number', body(['关于某某的通知' + '.'.repeat(36) + '3', 79], ['关于某某的决定', 79])],
    ['a line after a gap (a new block)', [line(FULL, 79, 150), line(FULL, 79, 230)]],
    ['a line in another size', [line(FULL, 79, 150), line('某某某某', 79, 178, { size: 22 })]],
  ])('must not join: %s', (_, ls) => {
    expect(layoutParagraphs(ls, new Set()).length).toBe(ls.length);
  });
});

describe('layoutParagraphs: headings', () => {
  it('a line set larger than the body is a heading; body lines and slightly larger ones are not', () => {
    const ls = [line('某某条例', 250, 100, { size: 22 }), line('第一章 总则', 260, 150, { size: 17 }), ...body([FULL, 79], ['某。', 79], [FULL, 79]).map((l) => ({ ...l, top: l.top + 60 }))];
    expect(layoutParagraphs(ls, new Set()).map((l) => [l.text.slice(0, 4), l.heading])).toEqual([['某某条例', 1], ['第一章 ', 0], ['某某某某', 0], ['某某某某', 0]]);
  });
});
