import { describe, expect, it } from 'vitest';
import { findGutter } from '../../../src/blocks/pdf/columns.js';
import type { PdfRun } from '../../../src/blocks/pdf/pdfTypes.js';
import { run } from './runs.js';

// a column of 13 characters of 16 pt (208 pt) at x
const column = (x: number, lines: number, from = 120): PdfRun[] => Array.from({ length: lines }, (_, i) => run('某某某某某某某某某某某某某', x, from + i * 28));
// one glyph per run, on the grid of a one-column page (every glyph boundary at the same x on every line)
const glyphGrid = (): PdfRun[] => Array.from({ length: 20 }, (_, i) => Array.from({ length: 28 }, (_, k) => run('某', 79 + 16 * k, 120 + i * 28))).flat();

describe('findGutter', () => {
  it.each([
    ['two columns of text', [...column(79, 20), ...column(310, 20)], [290, 310]],
    ['two columns under a title across both', [run('某某省某某条例的标题很长很长很长很长', 150, 90), ...column(79, 20), ...column(310, 20)], [290, 310]],
    ['a last page whose right column holds three lines', [...column(79, 20), ...column(310, 3)], [290, 310]],
  ])('%s: the gutter between them', (_, runs, [lo, hi]) => {
    const g = findGutter(runs, 595);
    expect(g).not.toBeNull();
    expect(g!).toBeGreaterThanOrEqual(lo);
    expect(g!).toBeLessThanOrEqual(hi);
  });

  it.each([
    ['one column of full lines', Array.from({ length: 20 }, (_, i) => run('某'.repeat(28), 79, 120 + i * 28))],
    ['one column drawn glyph by glyph', glyphGrid()],
    ['a table of narrow cells', Array.from({ length: 20 }, (_, i) => [run('序号', 90, 120 + i * 28), run('某某单位', 330, 120 + i * 28)]).flat()],
    ['too few runs', [run('某市人民政府', 79, 120), run('某区', 400, 120)]],
  ])('must not fire: %s', (_, runs) => {
    expect(findGutter(runs, 595)).toBeNull();
  });
});
