import { describe, expect, it } from 'vitest';
import { pageLines } from '../../../src/blocks/pdf/pageLines.js';
import { page, run } from './runs.js';

const col = (x: number, label: string, from: number, n: number) => Array.from({ length: n }, (_, i) => run(`${label}${i + 1}某某某某某某某某某某某`, x, from + i * 28));

describe('pageLines', () => {
  it('joins the runs of one baseline left to right, without a space inside CJK text', () => {
    expect(pageLines(page([run('人民政府', 143, 200), run('某市', 111, 200.4)])).map((l) => l.text)).toEqual(['某市人民政府']);
  });
  it('keeps a space between Latin words and a wide gap as two spaces', () => {
    expect(pageLines(page([run('GB', 100, 200), run('9704', 120, 200), run('附件', 300, 200)])).map((l) => l.text)).toEqual(['GB 9704  附件']);
  });
  it('reads a two-column page band by band: left column, right column, then the full-width line below', () => {
    const runs = [...col(310, 'R', 120, 10), ...col(79, 'L', 120, 10), run('第二章某某某某某某某某某某某某某某某某', 150, 420), ...col(79, 'M', 450, 8), ...col(310, 'N', 450, 8)];
    const lines = pageLines(page(runs));
    expect(lines.map((l) => l.text.slice(0, 3))).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `L${i + 1}`.padEnd(3, '某')),
      ...Array.from({ length: 10 }, (_, i) => `R${i + 1}`.padEnd(3, '某')),
      '第二章',
      ...Array.from({ length: 8 }, (_, i) => `M${i + 1}`.padEnd(3, '某')),
      ...Array.from({ length: 8 }, (_, i) => `N${i + 1}`.padEnd(3, '某')),
    ]);
    expect(lines.find((l) => l.text.startsWith('第二章'))!.column).toBe('full');
  });
  it('counts the characters drawn bold at the start of a line', () => {
    const [l] = pageLines(page([run('第一条', 111, 200), run('第一条', 111.4, 200), run('为了规范某某工作', 159, 200)]));
    expect([l.text, l.boldChars]).toEqual(['第一条为了规范某某工作', 3]);
  });
});
