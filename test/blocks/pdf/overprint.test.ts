import { describe, expect, it } from 'vitest';
import { removeOverprint } from '../../../src/blocks/pdf/overprint.js';
import { run } from './runs.js';

const texts = (runs: ReturnType<typeof removeOverprint>) => runs.map((r) => [r.text, !!r.bold]);

describe('removeOverprint', () => {
  it.each([
    ['the same text drawn again 0.4 pt to the right', [run('关于某某的通知', 100, 200), run('关于某某的通知', 100.4, 200)], [['关于某某的通知', true]]],
    ['a copy that runs on into the text after it', [run('第三条', 100, 200), run('第三条 本办法所称', 100.35, 200)], [['第三条', true], [' 本办法所称', false]]],
    ['a copy of the start of a longer run', [run('一、总体要求。各地要', 100, 200), run('一、总体要求。', 100.3, 200.2)], [['一、总体要求。', true], ['各地要', false]]],
  ])('%s: the copy goes, what it copied is bold', (_, runs, want) => {
    expect(texts(removeOverprint(runs))).toEqual(want);
  });

  it.each([
    ['the same text on the next line', [run('各区人民政府：', 100, 200), run('各区人民政府：', 100, 228)]],
    ['the same text a character to the right', [run('是', 100, 200), run('是', 116, 200)]],
    ['the same text in another size', [run('某市', 100, 200, 16), run('某市', 100, 200, 22)]],
    ['different text on the same spot', [run('甲', 100, 200), run('乙', 100.2, 200)]],
  ])('must not fire: %s', (_, runs) => {
    expect(removeOverprint(runs).map((r) => r.text)).toEqual(runs.map((r) => r.text));
    expect(removeOverprint(runs).some((r) => r.bold)).toBe(false);
  });
});
