import { describe, expect, it } from 'vitest';
import { pageFurniture } from '../../../src/blocks/pdf/pageFurniture.js';
import type { PdfLine } from '../../../src/blocks/pdf/pdfTypes.js';
import { line } from './runs.js';

/** Pages of body lines with the given top and bottom lines. */
function pages(n: number, top: (p: number) => string | null, bottom: (p: number) => string | null): PdfLine[] {
  const out: PdfLine[] = [];
  for (let p = 1; p <= n; p++) {
    const t = top(p);
    if (t) out.push(line(t, 200, 60, { page: p, size: 10.5 }));
    for (let i = 0; i < 10; i++) out.push(line(`正文第${p}页第${i}行某某某某某某`, 79, 150 + i * 28, { page: p }));
    const b = bottom(p);
    if (b) out.push(line(b, 260, 790, { page: p, size: 14 }));
  }
  return out;
}
const reasons = (lines: PdfLine[]) => [...pageFurniture(lines)].map(([i, r]) => [lines[i].text, r]);

describe('pageFurniture', () => {
  it('finds page numbers at the foot of each page and a header that recurs', () => {
    const ls = pages(3, () => '某某省人民政府公报 2023年第5期', (p) => `— ${p} —`);
    expect(reasons(ls)).toEqual([
      ['某某省人民政府公报 2023年第5期', 'running-header'], ['— 1 —', 'page-number'],
      ['某某省人民政府公报 2023年第5期', 'running-header'], ['— 2 —', 'page-number'],
      ['某某省人民政府公报 2023年第5期', 'running-header'], ['— 3 —', 'page-number'],
    ]);
  });
  it('takes a header whose number changes from page to page as the same header', () => {
    expect(reasons(pages(4, (p) => `某市政报 第${p + 10}页`, () => null)).map(([, r]) => r)).toEqual(['running-header', 'running-header', 'running-header', 'running-header']);
  });
  it.each([
    ['a title at the top of one page only', pages(3, (p) => (p === 2 ? '某市人民政府关于某某的通知' : null), () => null)],
    ['body lines in the middle of the page, repeated', pages(3, () => null, () => null)],
    ['a year alone at the foot of a page', pages(1, () => null, () => '2023')],
  ])('must not fire: %s', (_, ls) => {
    expect(reasons(ls)).toEqual([]);
  });
});
